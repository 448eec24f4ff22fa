package org.opendoors.strategy;

import java.time.LocalDate;

/** What the plan form edits. */
public record PlanDetails(String title, String committee, String linkOfficers, LocalDate agreedOn) {
}
