package org.opendoors.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.brand.Brand;

/**
 * "Page not found" (404): no such address, or an id that does not exist or that this user may not see. The
 * same words in every case, so a page never tells an outsider that another organisation's record exists.
 */
@AnonymousAllowed
public class PageNotFoundView extends ErrorPage<NotFoundException> {

    public PageNotFoundView(Brand brand) {
        super(brand);
    }

    static int notFound(ErrorPage<?> page) {
        return page.show(HttpStatusCode.NOT_FOUND.getCode(), "Page not found",
                "If you typed the web address, check it is correct.",
                "If you pasted the web address, check you copied the entire address.",
                "If the web address is correct or you selected a link or button, the page may have been removed or "
                        + "you may not have access to it.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return notFound(this);
    }

    /** A record looked up by an id from the address that is not there ({@code Optional.orElseThrow()}). */
    @AnonymousAllowed
    public static class NoSuchRecord extends ErrorPage<java.util.NoSuchElementException> {

        public NoSuchRecord(Brand brand) {
            super(brand);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<java.util.NoSuchElementException> parameter) {
            return notFound(this);
        }
    }

    /** A JPA reference to a row that is not there. */
    @AnonymousAllowed
    public static class NoSuchEntity extends ErrorPage<jakarta.persistence.EntityNotFoundException> {

        public NoSuchEntity(Brand brand) {
            super(brand);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<jakarta.persistence.EntityNotFoundException> parameter) {
            return notFound(this);
        }
    }

    /**
     * A service refused the record to this user (another organisation's contract, pledge or offer): shown as
     * not found, since the user may not know it exists.
     */
    @AnonymousAllowed
    public static class NotYours extends ErrorPage<org.springframework.security.access.AccessDeniedException> {

        public NotYours(Brand brand) {
            super(brand);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
            return notFound(this);
        }
    }

    /**
     * A service's refusal while a page opens ("This pledge does not exist" for an id from the address): the
     * record cannot be shown, so the page is not found.
     */
    @AnonymousAllowed
    public static class RefusedRecord extends ErrorPage<org.opendoors.base.FieldValidationException> {

        public RefusedRecord(Brand brand) {
            super(brand);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<org.opendoors.base.FieldValidationException> parameter) {
            return notFound(this);
        }
    }
}
