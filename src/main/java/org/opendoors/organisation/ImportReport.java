package org.opendoors.organisation;

import java.util.List;

/** The outcome of an import: how many organisations and contacts were created, and the rows refused. */
public record ImportReport(int organisationsCreated, int contactsCreated, int alreadyPresent, List<ImportRow> rejected) {
}
