package org.opendoors.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.opendoors.base.AbstractEntity;

/** How long one kind of personal data is kept: a whole number of days, months or years. One row per kind. */
@Entity
@Table(name = "retention_period")
@Audited
public class RetentionPeriod extends AbstractEntity {

    /** The longest period ADMIN may set, in any unit: a typing slip (3000 years) is refused. */
    public static final int MAX_AMOUNT = 999;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 40, unique = true)
    private RetentionKind kind;

    @Column(name = "amount", nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "unit", nullable = false, length = 10)
    private RetentionUnit unit;

    protected RetentionPeriod() {
    }

    public RetentionKind getKind() {
        return kind;
    }

    public int getAmount() {
        return amount;
    }

    public RetentionUnit getUnit() {
        return unit;
    }

    /** e.g. "30 days". */
    public String describe() {
        return unit.describe(amount);
    }

    /** The last day whose records are past this period on {@code today}. */
    LocalDate cutoff(LocalDate today) {
        return unit.lastDayEndedBy(today, amount);
    }

    void change(int amount, RetentionUnit unit) {
        this.amount = amount;
        this.unit = unit;
    }
}
