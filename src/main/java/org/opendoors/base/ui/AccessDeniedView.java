package org.opendoors.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.brand.Brand;

/** "You do not have permission" (403): a signed-in user opens a page their role may not use. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage<AccessDeniedException> {

    public AccessDeniedView(Brand brand) {
        super(brand);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(HttpStatusCode.FORBIDDEN.getCode(), "You do not have permission to see this page",
                "Your account does not include access to this part of Open Doors. "
                        + "If you think it should, ask your Open Doors administrator.");
    }
}
