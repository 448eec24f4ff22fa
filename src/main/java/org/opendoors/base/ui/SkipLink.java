package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** "Skip to main content": the first thing a keyboard user reaches on every page (WCAG 2.4.1). */
public final class SkipLink {

    public static final String TARGET_ID = "main-content";

    private SkipLink() {
    }

    public static Anchor create() {
        Anchor skip = new Anchor("#" + TARGET_ID, "Skip to main content");
        skip.addClassName("skip-link");
        // Vaadin's <base href> would turn "#main-content" into a link to the root page, so the link
        // moves focus itself instead of navigating.
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    const target = document.getElementById($0);
                    target.focus();
                    target.scrollIntoView();
                });""", TARGET_ID);
        return skip;
    }
}
