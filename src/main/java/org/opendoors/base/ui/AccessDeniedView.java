package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.brand.Brand;

/** Shown when a signed-in user opens a page their role may not use. */
@PageTitle("You do not have permission to see this page")
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView(Brand brand) {
        Main main = new Main();
        main.setId(SkipLink.TARGET_ID);
        main.addClassName("page");
        main.add(new H1("You do not have permission to see this page"),
                new Paragraph("Your account does not include access to this part of Open Doors. "
                        + "If you think it should, ask your Open Doors administrator."),
                new Anchor("home", "Go to your home page"));
        add(SkipLink.create(), new BrandHeader(brand), main);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
