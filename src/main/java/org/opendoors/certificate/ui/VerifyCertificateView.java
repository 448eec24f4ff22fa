package org.opendoors.certificate.ui;

import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.certificate.CertificateService;
import org.opendoors.certificate.CertificateVerification;

/** Where a certificate's QR code leads: anyone can see whether it is valid, revoked or expired. */
@Route(value = "verify/:code", layout = PublicLayout.class, autoLayout = false)
@AnonymousAllowed
class VerifyCertificateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateService certificates;
    private String title = "Check a pledge certificate";

    VerifyCertificateView(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        certificates.verify(code).ifPresentOrElse(this::show, () -> {
            title = "Certificate not found";
            add(new H1(title), new Paragraph("There is no pledge certificate with the code " + code
                    + ". Check the code on the certificate and try again."));
        });
    }

    private void show(CertificateVerification v) {
        title = switch (v.status()) {
            case VALID -> "This certificate is valid";
            case REVOKED -> "This certificate has been revoked";
            case EXPIRED -> "This certificate has expired";
        };
        add(new H1(title));
        add(new Paragraph(switch (v.status()) {
            case VALID -> v.organisation() + " has a pledge in force to support young people leaving care, valid until "
                    + Formats.longDate(v.validUntil()) + ".";
            case REVOKED -> v.organisation() + "'s pledge has ended, so this certificate no longer stands.";
            case EXPIRED -> v.organisation() + "'s certificate ran until " + Formats.longDate(v.validUntil())
                    + " and has not been replaced by this one.";
        }));
        add(new Paragraph("Issued " + Formats.longDate(v.issuedOn()) + "."));
        add(new H2("Commitments"));
        UnorderedList list = new UnorderedList();
        v.commitments().forEach(c -> list.add(new ListItem(c)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
