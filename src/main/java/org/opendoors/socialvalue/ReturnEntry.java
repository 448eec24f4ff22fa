package org.opendoors.socialvalue;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a reporter typed into a return: an actual and, where it differs from Open Doors' record, a reason for each
 * KPI (by KPI id), the narrative and, after a query, the answer to it.
 */
public record ReturnEntry(Map<Long, BigDecimal> actuals, Map<Long, String> reasons, String narrative, String queryAnswer) {
}
