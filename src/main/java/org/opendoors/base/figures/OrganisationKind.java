package org.opendoors.base.figures;

/** Whose records count: any organisation's, the council's own (and other public bodies'), or external employers'. */
public enum OrganisationKind {
    ANY("Any organisation"),
    OWN("The council and other public bodies"),
    EXTERNAL("External employers and partners");

    /** The organisation type that marks the council's own organisations. */
    public static final String OWN_TYPE = "PUBLIC_BODY";

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
