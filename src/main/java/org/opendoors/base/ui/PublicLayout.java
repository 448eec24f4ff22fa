package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.brand.Brand;

/** Frame for pages anyone may see: landing, sign-in, public pages. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public PublicLayout(Brand brand) {
        setSizeFull();
        Anchor skip = SkipLink.create();
        Anchor events = new Anchor("events", "Events");
        Anchor wall = new Anchor("pledge-wall", "Pledge wall");
        Anchor signIn = new Anchor("login", "Sign in");
        main.setId(SkipLink.TARGET_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("page");
        Footer footer = new Footer(new Anchor(PrivacyNoticeLink.ROUTE, "Privacy notice"));
        footer.addClassName("public-footer");
        add(skip, new BrandHeader(brand, events, wall, signIn), main, footer);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
