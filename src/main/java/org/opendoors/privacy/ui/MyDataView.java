package org.opendoors.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.opendoors.base.ui.MainLayout;
import org.opendoors.privacy.SubjectAccessService;

/** Any signed-in user downloads what Open Doors holds about them (UK GDPR Article 15). */
@Route(MainLayout.YOUR_DATA_ROUTE)
@PageTitle("Your data – Open Doors")
@PermitAll
class MyDataView extends Div {

    MyDataView(SubjectAccessService subjectAccess) {
        add(new H1("Your data"),
                new Paragraph("Download everything Open Doors holds about you under your e-mail address: your "
                        + "account, your organisation contact and registration details, event sign-ups, e-mails we "
                        + "keep and the changes you made, each as a CSV and a JSON file."),
                new Anchor(DataDownload.zip("my-open-doors-data.zip", subjectAccess::exportMine),
                        "Download your data (ZIP)"),
                new Paragraph("To have your data corrected or erased, contact the council's Open Doors team."));
    }
}
