package org.opendoors.socialvalue;

import java.util.List;
import java.util.Locale;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The measure catalogue, kept by ADMIN. A retired measure stays on the contracts that have it. */
@Service
public class MeasureService {

    private final MeasureRepository measures;

    MeasureService(MeasureRepository measures) {
        this.measures = measures;
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public List<Measure> all() {
        return measures.findAllByOrderByCode();
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public Measure add(String code, String name, MeasureUnit unit, String evidenceRequired, Long proxyPence, boolean ringfenced) {
        String cleanCode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!cleanCode.matches("[A-Z0-9]{1,10}")) {
            throw new FieldValidationException("code", "Enter a short code of letters and digits, like CL7");
        }
        if (measures.existsByCode(cleanCode)) {
            throw new FieldValidationException("code", "There is already a measure " + cleanCode);
        }
        if (name == null || name.isBlank()) {
            throw new FieldValidationException("name", "Enter what the measure counts");
        }
        if (unit == null) {
            throw new FieldValidationException("unit", "Select the unit");
        }
        return measures.save(new Measure(cleanCode, name.trim(), unit, evidenceRequired, proxyPence, ringfenced));
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void setActive(long id, boolean active) {
        measures.findById(id).orElseThrow().setActive(active);
    }
}
