package org.opendoors.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;

/** "How we use and keep your details": a link to the public privacy notice for forms that collect personal data. */
public final class PrivacyNoticeLink {

    public static final String ROUTE = "privacy";

    private PrivacyNoticeLink() {
    }

    /** Opens in a new tab, so nothing typed in the form is lost. */
    public static Paragraph paragraph() {
        Anchor link = new Anchor(ROUTE, "privacy notice (opens in a new tab)");
        link.setTarget(AnchorTarget.BLANK);
        return new Paragraph(new Text("How we use your details and how long we keep them: see our "), link, new Text("."));
    }
}
