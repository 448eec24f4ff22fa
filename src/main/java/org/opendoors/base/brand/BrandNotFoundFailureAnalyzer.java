package org.opendoors.base.brand;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class BrandNotFoundFailureAnalyzer extends AbstractFailureAnalyzer<BrandNotFoundException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BrandNotFoundException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set OPEN_DOORS_BRAND to the name of a folder under themes/ (default: 'default'), "
                        + "holding brand.properties, brand.css and a logo. See 'Adding a brand' in the README.",
                cause);
    }
}
