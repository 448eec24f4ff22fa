package org.opendoors.socialvalue;

import java.time.LocalDate;

/** A return is due soon ({@code overdue} false) or overdue. */
public record ReturnReminderDue(long contractId, int periodNumber, LocalDate dueOn, boolean overdue) {
}
