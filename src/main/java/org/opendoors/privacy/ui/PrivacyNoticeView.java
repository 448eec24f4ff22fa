package org.opendoors.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.brand.Brand;
import org.opendoors.base.ui.DataTable;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.privacy.RetentionPeriod;
import org.opendoors.privacy.RetentionSchedule;

/**
 * The public privacy notice: the council (from the brand pack) as data controller, its contact and purposes, and
 * the retention periods as the schedule stands today.
 */
@Route(value = "privacy", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Privacy notice – Open Doors")
@AnonymousAllowed
class PrivacyNoticeView extends Div {

    final DataTable retention = new DataTable("How long we keep personal data", "Personal data", "Kept for",
            "Counted from", "Then");

    PrivacyNoticeView(Brand brand, RetentionSchedule schedule) {
        addClassName("form-page");
        for (RetentionPeriod period : schedule.periods()) {
            retention.row(period.getKind().label(), period.describe(), period.getKind().countedFrom(),
                    period.getKind().thenWhat());
        }
        UnorderedList purposes = new UnorderedList();
        brand.privacyPurposes().forEach(purpose -> purposes.add(new ListItem(purpose)));
        add(new H1("Privacy notice"),
                new Paragraph(brand.councilName() + " runs " + brand.serviceName() + " and is the data controller for "
                        + "the personal data it holds: about people at employers and partner organisations, council "
                        + "staff and people who sign up for events."),
                new H2("What we use personal data for"), purposes,
                new H2("Young people"),
                new Paragraph(brand.serviceName() + " never holds a young person's name or contact details: only a "
                        + "reference, an age band and an area."),
                new H2("How long we keep it"),
                new Paragraph("Every night, personal data that has passed its period is deleted or anonymised. Counts "
                        + "(such as how many people attended an event) are kept."),
                retention,
                new H2("Your rights"),
                new Paragraph("You can ask for a copy of the personal data we hold about you, and ask us to correct "
                        + "or erase it. You can change your organisation's consent to contact and to the pledge wall "
                        + "at any time on your organisation's profile, or by asking us."),
                new H2("Contact"),
                new Paragraph(brand.privacyContact()),
                new Paragraph(new com.vaadin.flow.component.Text("If you are unhappy with how we use your data, you "
                        + "can complain to the Information Commissioner's Office: "),
                        new Anchor("https://ico.org.uk/make-a-complaint/", "ico.org.uk/make-a-complaint")));
    }
}
