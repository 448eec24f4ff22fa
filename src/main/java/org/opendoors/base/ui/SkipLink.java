package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;

/** "Skip to main content": the first thing a keyboard user reaches on every page (WCAG 2.4.1). */
public final class SkipLink {

    public static final String TARGET_ID = "main-content";

    private SkipLink() {
    }

    public static Anchor create() {
        Anchor skip = new Anchor("#" + TARGET_ID, "Skip to main content");
        skip.addClassName("skip-link");
        // a same-page link: the browser moves focus, Vaadin's router must not treat it as navigation
        skip.getElement().setAttribute("router-ignore", true);
        return skip;
    }
}
