package org.opendoors.socialvalue;

public enum MeasureUnit {
    PEOPLE_FTE("people (FTE)"), WEEKS("weeks"), HOURS("hours"), PLACEMENTS("placements"), VISITS("visits"), POUNDS("£");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
