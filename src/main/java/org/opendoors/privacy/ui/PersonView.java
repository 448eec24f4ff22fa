package org.opendoors.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.personal.PersonQuery;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.privacy.PersonErasure;
import org.opendoors.privacy.SubjectAccessService;
import org.opendoors.security.AppRoles;

/**
 * One person, chosen in {@link PeopleView}: what is held about them, a download of all of it, and erasure (a page
 * that says what will happen, then a confirmation with a reference).
 */
@Route("admin/people/person")
@PageTitle("A person's data – Open Doors")
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class PersonView extends Div {

    private final SubjectAccessService subjectAccess;

    PersonView(SubjectAccessService subjectAccess) {
        this.subjectAccess = subjectAccess;
        SelectedPerson.email().ifPresentOrElse(this::showPerson, () -> add(new H1("A person's data"),
                new Paragraph("Choose a person first."), backToSearch("Find a person")));
    }

    private void showPerson(String email) {
        removeAll();
        SummaryList held = new SummaryList();
        subjectAccess.count(PersonQuery.byEmail(email)).forEach(kind -> held.row(kind.kind(), String.valueOf(kind.count())));
        Anchor download = new Anchor(DataDownload.zip("open-doors-data.zip", out -> subjectAccess.export(email, out)),
                "Download everything we hold (ZIP)");
        Button erase = new Button("Erase this person", click -> showErasureCheck(email));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H1(email), new H2("What we hold"), held,
                new Paragraph("The download has a CSV and a JSON file for each kind of record, with the records' audit "
                        + "history. Send it to the person securely."),
                download, new H2("Erase"), erase, backToSearch("Back to search"));
    }

    private void showErasureCheck(String email) {
        removeAll();
        Button confirm = new Button("Yes, erase this person", click -> erase(email));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> showPerson(email));
        add(new H1("Are you sure you want to erase " + email + "?"),
                new Paragraph("This is what will happen, in every record and in the audit trail's copies of them:"),
                new UnorderedList(
                        new ListItem("names become \"Erased person\" and e-mail addresses erased-<number>@erased.invalid"),
                        new ListItem("phone numbers, job titles, dietary and access needs and answers are removed"),
                        new ListItem("e-mails to them are deleted from the outbox"),
                        new ListItem("their user account, if they have one, is disabled and signed out everywhere")),
                new Paragraph("The records themselves stay, so counts and figures do not change. Erasure cannot be "
                        + "undone: download their data first if they asked for it."),
                new HorizontalLayout(confirm, cancel));
    }

    private void erase(String email) {
        try {
            PersonErasure erasure = subjectAccess.erase(email);
            showErased(erasure);
        } catch (FieldValidationException problem) {
            FieldErrors.showProblem(problem.getMessage());
        }
    }

    private void showErased(PersonErasure erasure) {
        removeAll();
        SelectedPerson.choose(null);
        Div panel = new Div(new H1("Person erased"), new Paragraph("Your reference is"), new Span(erasure.getReference()));
        panel.addClassName("confirmation-panel");
        SummaryList changed = new SummaryList();
        erasure.getKinds().forEach(kind -> changed.row(kind.kind(),
                kind.records() + " records, " + kind.historyRows() + " audit copies"));
        add(panel, new H2("What was changed"), changed,
                new H2("What happens next"),
                new Paragraph("The erasure is recorded with who did it, the time and these counts, and nothing about "
                        + "the person. If they asked for it, tell them it is done and quote the reference. Copies in "
                        + "database backups go when those backups expire."),
                backToSearch("Find another person"));
    }

    private static Anchor backToSearch(String text) {
        return new Anchor("admin/people", text);
    }
}
