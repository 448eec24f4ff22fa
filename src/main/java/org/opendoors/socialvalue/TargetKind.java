package org.opendoors.socialvalue;

/** How procurement gave a KPI's target: the same in every period, or one total over the contract. */
public enum TargetKind {
    EACH_PERIOD("Same target each period"), TOTAL("Total over the contract, profiled across the periods");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
