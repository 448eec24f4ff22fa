package org.opendoors.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.opendoors.base.ui.DataTable;
import org.opendoors.base.ui.Formats;
import org.opendoors.base.ui.UserAction;
import org.opendoors.organisation.ConsentChange;
import org.opendoors.organisation.ConsentWording;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;

/**
 * The organisation page's consent section for the engagement team and ADMIN: every answer, newest first, with who,
 * when, how and the wording shown; and a way to record answers the organisation gave by phone or letter.
 */
final class ConsentSection extends Div {

    final Checkbox contact = new Checkbox(ConsentWording.CONTACT);
    final Checkbox wall = new Checkbox(ConsentWording.WALL_ON_PROFILE);
    final DataTable history = new DataTable("Consent history", "Consent", "Answer", "When", "Who", "How", "Wording shown");

    ConsentSection(Organisation organisation, List<ConsentChange> consents, OrganisationService organisations, UserAction action) {
        consents.forEach(change -> history.row(change.getType().label(),
                change.isGiven() ? "Yes" : "No", Formats.dateTime(change.getChangedAt()), change.getChangedBy(),
                change.getMethod().label(), change.getWording()));
        contact.setValue(organisation.profile().contactConsent());
        wall.setValue(organisation.profile().wallConsent());
        Button save = new Button("Record these answers", e -> action.run(() -> organisations.changeConsent(organisation.getId(),
                organisation.getVersion(), contact.getValue(), wall.getValue()), "Consent recorded for " + organisation.getName()));
        add(new H2("Consent"), history,
                new Paragraph("The pledge wall and open data follow the latest answer. To record an answer the "
                        + "organisation gave by phone or in writing, tick or untick and save:"),
                contact, wall, save);
    }
}
