package org.opendoors.organisation;

/** One line of an organisation CSV import: what it would create, or why it cannot. */
public record ImportRow(long line, String organisationName, String contactEmail, String error, boolean alreadyExists) {

    public boolean isImportable() {
        return error == null && !alreadyExists;
    }
}
