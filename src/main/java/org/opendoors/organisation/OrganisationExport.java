package org.opendoors.organisation;

import java.io.OutputStream;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation list's filtered rows as CSV, streamed. The import reads the same columns (it matches
 * "Size band" to size_band), so an exported file can be corrected and imported again.
 */
@Service
public class OrganisationExport {

    static final CsvColumns<Organisation> COLUMNS = CsvColumns.of(Organisation.class)
            .add("Name", Organisation::getName)
            .add("Type", Organisation::getType)
            .add("Sector", Organisation::getSector)
            .add("Size band", Organisation::getSizeBand)
            .add("Postcode", Organisation::getPostcode)
            .add("Area", Organisation::getArea)
            .add("Website", Organisation::getWebsite)
            .add("Companies House number", Organisation::getCompaniesHouseNumber)
            .add("Status", Organisation::getStatus);

    private final OrganisationListQuery list;
    private final KeysetCsv keyset;

    OrganisationExport(OrganisationListQuery list, KeysetCsv keyset) {
        this.list = list;
        this.keyset = keyset;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void csv(OrganisationFilter filter, OutputStream out) {
        keyset.write(out, COLUMNS, Organisation.class, (afterId, upToId) -> list.between(filter, afterId, upToId));
    }
}
