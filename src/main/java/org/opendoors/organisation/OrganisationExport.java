package org.opendoors.organisation;

import java.io.OutputStream;
import java.util.List;
import org.opendoors.base.csv.CsvWriter;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation list's filtered rows as CSV, read and streamed a page at a time. The import reads the same columns. */
@Service
public class OrganisationExport {

    static final String[] HEADER = {"name", "type", "sector", "size_band", "postcode", "area", "website",
            "companies_house_number", "status"};
    private static final int PAGE = 1000;

    private final OrganisationService organisations;

    OrganisationExport(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void csv(OrganisationFilter filter, OutputStream out) {
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (int page = 0; ; page++) {
                List<Organisation> rows = organisations.search(filter, PageRequest.of(page, PAGE, Sort.by("name", "id")));
                for (Organisation o : rows) {
                    csv.row(o.getName(), o.getType(), o.getSector(), o.getSizeBand(), o.getPostcode(), o.getArea(),
                            o.getWebsite(), o.getCompaniesHouseNumber(), o.getStatus());
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
    }
}
