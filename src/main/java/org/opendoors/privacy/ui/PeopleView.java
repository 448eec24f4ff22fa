package org.opendoors.privacy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.opendoors.base.FieldValidationException;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.personal.PersonMatch;
import org.opendoors.base.ui.CsvDownload;
import org.opendoors.base.personal.PersonQuery;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.privacy.SubjectAccessService;
import org.opendoors.security.AppRoles;

/** ADMIN finds a person by e-mail address or name in every kind of record Open Doors holds. */
@Route("admin/people")
@PageTitle("People and their data – Open Doors")
@Menu(title = "People and their data", order = 95)
@RolesAllowed(AppRoles.ADMIN)
@AccessDeniedErrorRouter
class PeopleView extends Div {

    final TextField search = new TextField("E-mail address or name");
    private final Div results = new Div();
    private final SubjectAccessService subjectAccess;

    PeopleView(SubjectAccessService subjectAccess) {
        this.subjectAccess = subjectAccess;
        search.setHelperText("An e-mail address finds that address exactly; a name finds every record containing it");
        search.setWidthFull();
        FieldErrors errors = new FieldErrors().bind(PersonQuery.FIELD, search);
        Button find = new Button("Search", click -> {
            try {
                show(PersonQuery.of(search.getValue()));
                errors.clear();
            } catch (FieldValidationException problem) {
                errors.show(problem);
            }
        });
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        add(new H1("People and their data"),
                new Paragraph("Find everything Open Doors holds about a person, download it for them (subject access) "
                        + "or erase it."),
                search, find, results);
    }

    private static final CsvColumns<PersonMatch> MATCH_COLUMNS = CsvColumns.of(PersonMatch.class)
            .add("Name", PersonMatch::name).add("E-mail address", PersonMatch::email);

    private void show(PersonQuery query) {
        results.removeAll();
        var counts = subjectAccess.count(query).stream().filter(kind -> kind.count() > 0).toList();
        if (counts.isEmpty()) {
            results.add(new Paragraph("No records match. Check the spelling, or try the e-mail address."));
            return;
        }
        for (SubjectAccessService.KindCount kind : counts) {
            Grid<PersonMatch> grid = new Grid<>();
            grid.addColumn(PersonMatch::name).setHeader("Name");
            grid.addColumn(PersonMatch::email).setHeader("E-mail address");
            grid.addComponentColumn(this::viewButton).setHeader("Person").setKey("person");
            grid.setItems(page -> subjectAccess.find(kind.kind(), query, page.getOffset(), page.getLimit()).stream(),
                    page -> (int) kind.count());
            grid.setAllRowsVisible(kind.count() <= 10);
            grid.setAriaLabel(kind.kind());
            results.add(new H2(kind.kind() + " (" + kind.count() + ")"), grid, new Div(new CsvDownload("these "
                    + kind.kind().toLowerCase(java.util.Locale.UK), "people-" + kind.kind().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-") + ".csv", out -> MATCH_COLUMNS.write(out,
                    subjectAccess.find(kind.kind(), query, 0, (int) kind.count())))));
        }
    }

    private Button viewButton(PersonMatch match) {
        Button view = new Button("View person", click -> open(match.email()));
        view.setAriaLabel("View " + match.email());
        return view;
    }

    private void open(String email) {
        SelectedPerson.choose(email);
        getUI().ifPresent(ui -> ui.navigate(PersonView.class));
    }
}
