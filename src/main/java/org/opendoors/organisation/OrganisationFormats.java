package org.opendoors.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK formats for what employers type: postcodes, Companies House numbers, e-mail domains. */
public final class OrganisationFormats {

    /** The Royal Mail pattern, including GIR 0AA; spaces optional when typed. */
    private static final Pattern POSTCODE = Pattern.compile(
            "^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$");
    /** 8 digits, or 2 letters (SC, NI, OC, SO, NC, R0 …) and 6 digits. */
    private static final Pattern COMPANIES_HOUSE = Pattern.compile("^([0-9]{8}|[A-Z]{2}[0-9]{6}|R0[0-9]{6})$");
    /** Domains shared by many people: matching on them would flag strangers as duplicates. */
    private static final java.util.Set<String> PUBLIC_MAIL_DOMAINS = java.util.Set.of("gmail.com", "googlemail.com",
            "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com", "live.co.uk", "yahoo.com", "yahoo.co.uk",
            "icloud.com", "me.com", "aol.com", "btinternet.com", "sky.com", "virginmedia.com", "protonmail.com");

    private OrganisationFormats() {
    }

    /** "sw1a1aa" → "SW1A 1AA"; empty when it is not a UK postcode. */
    public static Optional<String> postcode(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!POSTCODE.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    /** "sc 123456" → "SC123456"; empty when it is not a Companies House number. */
    public static Optional<String> companiesHouseNumber(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return COMPANIES_HOUSE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** The organisation's own domain from a work e-mail address; empty for public mail services. */
    public static Optional<String> organisationDomain(String email) {
        if (email == null || !email.contains("@")) {
            return Optional.empty();
        }
        String domain = email.substring(email.indexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
        return domain.isEmpty() || PUBLIC_MAIL_DOMAINS.contains(domain) ? Optional.empty() : Optional.of(domain);
    }

    /** A name reduced for comparison: "The Harbourside Construction Ltd." → "harbourside construction". */
    public static String comparableName(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\b(the|ltd|limited|plc|llp|inc|co|company|group|uk)\\b", " ")
                .replaceAll("\\s+", " ").trim();
    }
}
