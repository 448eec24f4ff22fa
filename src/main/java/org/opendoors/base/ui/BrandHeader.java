package org.opendoors.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.opendoors.base.brand.Brand;

/** The brand's logo and name, linking home, plus optional actions on the right (e.g. "Sign in"). */
public class BrandHeader extends Header {

    public BrandHeader(Brand brand, Component... actions) {
        addClassName("brand-header");
        Image logo = new Image("brand/logo", "");
        Anchor home = new Anchor("", logo, new Span(brand.serviceName()));
        home.addClassName("brand-name");
        home.getElement().setAttribute("aria-label", brand.serviceName() + ", " + brand.councilName() + ": home");
        Span council = new Span(brand.councilName());
        Div spacer = new Div();
        spacer.addClassName("spacer");
        add(home, council, spacer);
        add(actions);
    }
}
