package org.opendoors.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.opendoors.certificate.CertificateService;
import org.opendoors.organisation.OrganisationPanel;

/**
 * On the engagement team's organisation page: a valid certificate still shows the name it was issued to, so
 * a rename since approval is pointed out (renewal issues a certificate with the current name).
 */
@org.springframework.stereotype.Component
class CertificateNamePanel implements OrganisationPanel {

    private final CertificateService certificates;

    CertificateNamePanel(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Component create(long organisationId) {
        List<CertificateService.RenamedSinceIssue> renamed = certificates.renamedSinceIssue(organisationId);
        Div panel = new Div();
        if (renamed.isEmpty()) {
            panel.setVisible(false);
            return panel;
        }
        panel.add(new H2("Renamed since its certificate was issued"));
        for (CertificateService.RenamedSinceIssue r : renamed) {
            panel.add(new Paragraph("Certificate " + r.code() + " was issued to \u201c" + r.nameOnCertificate()
                    + "\u201d and still shows that name. The organisation is now called \u201c" + r.currentName()
                    + "\u201d. Renewing the pledge issues a certificate with the current name."));
        }
        return panel;
    }
}
