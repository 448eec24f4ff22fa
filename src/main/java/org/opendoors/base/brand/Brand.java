package org.opendoors.base.brand;

/**
 * The brand pack in use: who runs this Open Doors, how it looks, who signs its certificates.
 * Loaded once at start from {@code themes/<OPEN_DOORS_BRAND>/}. PDFs cannot use the web logo (SVG) or
 * CSS, so the pack also names a PNG logo and a primary colour ({@code #rrggbb}) for certificates and reports. The
 * public privacy notice names the council as data controller, with the pack's contact for data protection questions
 * and the purposes it holds personal data for.
 */
public record Brand(
        String folder,
        String councilName,
        String serviceName,
        String signatoryName,
        String signatoryTitle,
        String emailFooter,
        byte[] stylesheet,
        byte[] logo,
        String logoContentType,
        byte[] certificateLogoPng,
        String primaryColour,
        String privacyContact,
        java.util.List<String> privacyPurposes) {

    /** e.g. "Open Doors – Anytown Council", for page titles and e-mail subjects. */
    public String title() {
        return serviceName + " – " + councilName;
    }
}
