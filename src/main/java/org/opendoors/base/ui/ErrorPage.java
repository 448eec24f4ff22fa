package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import org.opendoors.base.brand.Brand;

/**
 * The application's own error pages, in the brand's frame with a way back: never Vaadin's exception text.
 * Each subclass names the exception it handles and the HTTP status it answers with.
 */
public abstract class ErrorPage<E extends Exception> extends Div implements HasErrorParameter<E>, HasDynamicTitle {

    private final Main main = new Main();
    private String title = "";

    protected ErrorPage(Brand brand) {
        main.setId(SkipLink.TARGET_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("page");
        add(SkipLink.create(), new BrandHeader(brand), main);
    }

    protected int show(int status, String heading, String... paragraphs) {
        title = heading;
        main.removeAll();
        main.add(new H1(heading));
        for (String paragraph : paragraphs) {
            main.add(new Paragraph(paragraph));
        }
        main.add(new Paragraph(new Anchor("home", "Go to your home page")));
        return status;
    }

    @Override
    public abstract int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter);

    @Override
    public String getPageTitle() {
        return title;
    }
}
