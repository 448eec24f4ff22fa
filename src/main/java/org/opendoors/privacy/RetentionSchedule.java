package org.opendoors.privacy;

import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention schedule: how long each kind of personal data is kept. Anyone may read it (the public privacy
 * notice shows it); only ADMIN changes it. The daily {@link RetentionJob} applies it.
 */
@Service
public class RetentionSchedule {

    private final RetentionPeriodRepository periods;

    RetentionSchedule(RetentionPeriodRepository periods) {
        this.periods = periods;
    }

    /** Every kind's period, in the schedule's order. */
    @Transactional(readOnly = true)
    public List<RetentionPeriod> periods() {
        return periods.findAllByOrderByIdAsc();
    }

    /**
     * Changes one kind's period to a positive whole number of days, months or years; refused if someone else saved
     * it since {@code expectedVersion} was read. {@code amount} is as typed, so a bad entry is answered next to it.
     */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public RetentionPeriod change(RetentionKind kind, String amount, RetentionUnit unit, long expectedVersion) {
        int whole = wholeNumber(amount);
        if (unit == null) {
            throw new FieldValidationException("unit", "Choose days, months or years");
        }
        RetentionPeriod period = periods.findByKind(kind).orElseThrow();
        if (period.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RetentionPeriod.class, period.getId());
        }
        period.change(whole, unit);
        return periods.saveAndFlush(period);
    }

    private static int wholeNumber(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            throw new FieldValidationException("amount", "Enter how long to keep it, as a whole number");
        }
        if (!text.matches("\\d{1,9}")) {
            throw new FieldValidationException("amount", "Enter a whole number, like 30");
        }
        int amount = Integer.parseInt(text);
        if (amount < 1 || amount > RetentionPeriod.MAX_AMOUNT) {
            throw new FieldValidationException("amount", "Enter a whole number from 1 to " + RetentionPeriod.MAX_AMOUNT);
        }
        return amount;
    }
}
