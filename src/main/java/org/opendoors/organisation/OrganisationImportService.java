package org.opendoors.organisation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports organisations and contacts from CSV (Apache Commons CSV), with a preview first. A row whose
 * organisation (same name, or same Companies House number) already exists adds only a missing contact, so
 * importing the same file twice creates nothing new.
 */
@Service
public class OrganisationImportService {

    static final String[] COLUMNS = {"name", "type", "sector", "size_band", "postcode", "area", "website",
            "companies_house_number", "status", "contact_name", "contact_job_title", "contact_email", "contact_phone",
            "contact_consent", "wall_consent"};
    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5000;
    /** The largest CSV the import reads (enforced on the server while reading the upload). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final OrganisationService organisationService;
    private final ConsentHistory consents;
    private final java.time.Clock clock;
    private final ImportStaging staging;

    OrganisationImportService(OrganisationRepository organisations, ContactRepository contacts,
                              OrganisationService organisationService, ConsentHistory consents, java.time.Clock clock,
                              ImportStaging staging) {
        this.clock = clock;
        this.staging = staging;
        this.consents = consents;
        this.organisations = organisations;
        this.contacts = contacts;
        this.organisationService = organisationService;
    }

    /** Reads the file and says, row by row, what an import would do. Changes nothing. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<ImportRow> preview(String csv) {
        return parse(csv).stream().map(this::check).map(Checked::row).toList();
    }

    /**
     * Checks the file as {@link #preview} does and keeps it, with what each row would do, in the database until it
     * is imported (a day at most), so the page holds only the upload's id.
     */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public StagedImport stage(String csv) {
        List<ImportRow> rows = preview(csv);
        String id = staging.stage(ConsentHistory.actor(), clock.instant(), csv, rows);
        return new StagedImport(id, rows.size(), rows.stream().filter(ImportRow::isImportable).count());
    }

    /** A page of a staged upload's preview, for the person who uploaded it; {@code refusedOnly}: rows with an error. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<ImportRow> stagedRows(String uploadId, boolean refusedOnly, int offset, int limit) {
        return staging.rows(uploadId, ConsentHistory.actor(), refusedOnly, offset, limit);
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public int countStagedRows(String uploadId, boolean refusedOnly) {
        return staging.count(uploadId, ConsentHistory.actor(), refusedOnly);
    }

    /** Imports a staged upload's good rows, once. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public ImportReport importStaged(String uploadId) {
        String csv = staging.takeForImport(uploadId, ConsentHistory.actor(), clock.instant())
                .orElseThrow(() -> new FieldValidationException("", "This file has already been imported or is no longer "
                        + "kept (uploads are kept for a day): upload it again to see what it would do."));
        return importRows(csv);
    }

    /** Imports the good rows; refused rows are listed in the report. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public ImportReport importRows(String csv) {
        int organisationsCreated = 0;
        int contactsCreated = 0;
        int alreadyPresent = 0;
        List<ImportRow> rejected = new ArrayList<>();
        for (CSVRecord record : parse(csv)) {
            Checked checked = check(record);
            if (checked.row().error() != null) {
                rejected.add(checked.row());
                continue;
            }
            Organisation organisation = existing(checked.profile()).orElse(null);
            if (organisation == null) {
                organisation = organisations.save(newOrganisation(checked));
                consents.record(organisation.getId(), null, organisation.profile(), ConsentMethod.IMPORT,
                        ConsentHistory.actor(), clock.instant());
                organisationsCreated++;
            }
            String email = checked.row().contactEmail();
            if (email != null && !contacts.existsByOrganisationIdAndEmail(organisation.getId(), email)) {
                contacts.save(new Contact(organisation.getId(), value(record, "contact_name"),
                        value(record, "contact_job_title"), email, value(record, "contact_phone")));
                contactsCreated++;
            } else if (checked.row().alreadyExists()) {
                alreadyPresent++;
            }
        }
        return new ImportReport(organisationsCreated, contactsCreated, alreadyPresent, rejected);
    }

    private Organisation newOrganisation(Checked checked) {
        Organisation organisation = new Organisation(checked.profile().name(), checked.profile().sector(),
                checked.profile().area(), checked.status(), clock.instant());
        organisation.setProfile(checked.profile());
        organisation.setEmailDomain(OrganisationFormats.organisationDomain(checked.row().contactEmail()).orElse(null));
        return organisation;
    }

    private record Checked(ImportRow row, OrganisationProfile profile, OrganisationStatus status) {
    }

    private Checked check(CSVRecord record) {
        long line = record.getRecordNumber() + 1; // the header is line 1
        String name = value(record, "name");
        String email = value(record, "contact_email");
        try {
            OrganisationProfile profile = lenientProfile(record, name);
            OrganisationStatus status = value(record, "status") == null ? OrganisationStatus.PROSPECT
                    : enumValue(OrganisationStatus.class, value(record, "status"), "status");
            if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                throw new FieldValidationException("contact_email", "contact_email is not an e-mail address");
            }
            if (email != null && value(record, "contact_name") == null) {
                throw new FieldValidationException("contact_name", "contact_name is missing for " + email);
            }
            boolean exists = existing(profile).map(o -> email == null || contacts.existsByOrganisationIdAndEmail(o.getId(),
                    email.toLowerCase(Locale.ROOT))).orElse(false);
            return new Checked(new ImportRow(line, name, email == null ? null : email.toLowerCase(Locale.ROOT), null, exists),
                    profile, status);
        } catch (FieldValidationException problem) {
            return new Checked(new ImportRow(line, name, email, problem.getMessage(), false), null, null);
        }
    }

    /**
     * A CRM list often knows little more than a name: only the name is required, and whatever else is given
     * must be valid (postcode and Companies House formats, an area from the list).
     */
    private OrganisationProfile lenientProfile(CSVRecord record, String name) {
        if (name == null) {
            throw new FieldValidationException("name", "name is missing");
        }
        if (name.length() > Organisation.NAME_MAX_LENGTH) {
            throw new FieldValidationException("name", "name is longer than " + Organisation.NAME_MAX_LENGTH + " characters");
        }
        String postcode = value(record, "postcode");
        if (postcode != null) {
            postcode = OrganisationFormats.postcode(postcode).orElseThrow(() ->
                    new FieldValidationException("postcode", "postcode '" + value(record, "postcode") + "' is not a UK postcode"));
        }
        String companiesHouse = value(record, "companies_house_number");
        if (companiesHouse != null) {
            companiesHouse = OrganisationFormats.companiesHouseNumber(companiesHouse).orElseThrow(() ->
                    new FieldValidationException("companies_house_number", "companies_house_number '"
                            + value(record, "companies_house_number") + "' is not 8 characters like 01234567 or SC123456"));
        }
        String area = value(record, "area");
        if (area != null && !organisationService.activeAreaNames().contains(area)) {
            throw new FieldValidationException("area", "area '" + area + "' is not one of "
                    + String.join(", ", organisationService.activeAreaNames()));
        }
        return new OrganisationProfile(name, enumValue(OrganisationType.class, value(record, "type"), "type"),
                value(record, "sector"), enumValue(SizeBand.class, value(record, "size_band"), "size_band"), postcode, area,
                value(record, "website"), companiesHouse, yes(record, "contact_consent"), yes(record, "wall_consent"));
    }

    /** A consent column: yes or no (true/false, y/n); empty or missing is no, as nobody was asked. */
    private static boolean yes(CSVRecord record, String column) {
        String value = value(record, column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> throw new FieldValidationException(column, column + " '" + value + "' is not yes or no");
        };
    }

    private java.util.Optional<Organisation> existing(OrganisationProfile profile) {
        if (profile.companiesHouseNumber() != null) {
            java.util.Optional<Organisation> byNumber = organisations.findFirstByCompaniesHouseNumberAndMergedIntoIsNull(
                    profile.companiesHouseNumber());
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        return organisations.findFirstByNameAndMergedIntoIsNull(profile.name());
    }

    private static List<CSVRecord> parse(String csv) {
        String text = csv == null ? "" : csv.replace("\uFEFF", ""); // with or without Excel's byte order mark
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true);
        try {
            String[] headers = columnNames(text, format);
            if (!java.util.Arrays.asList(headers).contains("name")) {
                throw new FieldValidationException("file", "The file needs a header row with at least a 'name' column. "
                        + "Columns read: " + String.join(", ", COLUMNS));
            }
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                    .setFormat(format.setHeader(headers).setSkipHeaderRecord(true).get()).get()) {
                List<CSVRecord> records = parser.getRecords();
                if (records.size() > MAX_ROWS) {
                    throw new FieldValidationException("file", "The file has " + records.size() + " rows; import at most "
                            + MAX_ROWS + " at a time");
                }
                return records;
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new FieldValidationException("file", "This file could not be read as CSV: " + e.getMessage());
        }
    }

    /** The header row as column names: "Size band" or "SIZE_BAND" reads as size_band, as the export writes it. */
    private static String[] columnNames(String text, CSVFormat.Builder format) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format.get()).get()) {
            java.util.Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) {
                return new String[0];
            }
            return rows.next().stream().map(h -> h.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"))
                    .toArray(String[]::new);
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String column) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(column, column + " '" + value + "' is not one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
