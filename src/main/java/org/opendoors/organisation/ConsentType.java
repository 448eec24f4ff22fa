package org.opendoors.organisation;

/** The two consents an organisation gives. */
public enum ConsentType {
    CONTACT("Contact from the engagement team"),
    PLEDGE_WALL("On the public pledge wall and open data");

    private final String label;

    ConsentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
