package org.opendoors.socialvalue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A new contract as procurement sets it up. {@code officerUserId} null makes the person setting it up the
 * responsible officer; {@code reporterUserIds} are the supplier's users who fill in its returns.
 */
public record ContractDetails(Long supplierId, String reference, String title, Long valuePence, LocalDate startsOn,
                              LocalDate endsOn, ReportingFrequency frequency, Long officerUserId, List<KpiTarget> targets,
                              Set<Long> reporterUserIds) {
}
