package org.opendoors.socialvalue;

/** Where Open Doors itself holds figures for a measure, shown beside the supplier's own. */
public enum MeasureSource {
    NONE, HIRES, PLACEMENTS, DELIVERY_HOURS, DELIVERIES
}
