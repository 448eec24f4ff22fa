package org.opendoors.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation list's filtered rows as CSV, read a page at a time. The import reads the same columns. */
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
    public byte[] csv(OrganisationFilter filter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (int page = 0; ; page++) {
                List<Organisation> rows = organisations.search(filter, PageRequest.of(page, PAGE, Sort.by("name", "id")));
                for (Organisation o : rows) {
                    csv.printRecord(o.getName(), o.getType(), o.getSector(), o.getSizeBand(), o.getPostcode(), o.getArea(),
                            o.getWebsite(), o.getCompaniesHouseNumber(), o.getStatus());
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
