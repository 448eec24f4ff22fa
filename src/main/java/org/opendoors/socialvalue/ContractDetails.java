package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A new contract as procurement sets it up; {@code targets}: measure id → target per period. */
public record ContractDetails(Long supplierId, String reference, String title, Long valuePence, LocalDate startsOn,
                              LocalDate endsOn, ReportingFrequency frequency, Map<Long, BigDecimal> targets) {
}
