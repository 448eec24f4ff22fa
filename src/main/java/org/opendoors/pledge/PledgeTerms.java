package org.opendoors.pledge;

import java.time.LocalDate;
import java.util.List;

/** What a certificate for an approved or renewed pledge shows, as it stands at that moment. */
public record PledgeTerms(String organisationName, List<String> commitments, LocalDate validUntil) {
}
