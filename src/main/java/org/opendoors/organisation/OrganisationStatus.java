package org.opendoors.organisation;

public enum OrganisationStatus {
    PROSPECT, ENGAGED, PLEDGED, LAPSED
}
