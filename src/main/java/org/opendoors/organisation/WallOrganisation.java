package org.opendoors.organisation;

/** An organisation on the public pledge wall: only what it agreed to show. */
public record WallOrganisation(long id, String name, String sector, String area) {
}
