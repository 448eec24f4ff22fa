package org.opendoors.organisation;

/** A previewed CSV import waiting in the database: its id, how many rows it has, and how many can be imported. */
public record StagedImport(String id, long rows, long importable) {
}
