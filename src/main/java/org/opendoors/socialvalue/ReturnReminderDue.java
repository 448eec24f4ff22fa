package org.opendoors.socialvalue;

import java.time.LocalDate;
import java.util.List;

/** A return is due soon ({@code overdue} false) or overdue; the contract's named reporters are told. */
public record ReturnReminderDue(long contractId, String contractTitle, String contractReference, int periodNumber,
                                LocalDate dueOn, boolean overdue, List<String> reporterEmails) {
}
