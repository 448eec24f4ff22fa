package org.opendoors.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.opendoors.base.brand.Brand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sorry, there is a problem with the service" (500) for anything unexpected while opening a page. The
 * reference shown is also in the log, next to the exception, so support can find what happened.
 */
@AnonymousAllowed
public class ServiceProblemView extends ErrorPage<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProblemView.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private String reference = "";

    public ServiceProblemView(Brand brand) {
        super(brand);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference = newReference();
        LOG.error("Problem {} opening /{}", reference, event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        return show(HttpStatusCode.INTERNAL_SERVER_ERROR.getCode(), "Sorry, there is a problem with the service",
                "Try again later. Anything you saved before this page is kept.",
                "If you contact us about this, quote the reference " + reference + ".");
    }

    /** The reference shown on the page and written to the log. */
    public String reference() {
        return reference;
    }

    static String newReference() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "ERR-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
