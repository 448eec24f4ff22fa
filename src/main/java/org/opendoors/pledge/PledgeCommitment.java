package org.opendoors.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A commitment chosen in a pledge, with an optional yearly quantity and a note. */
@Entity
@Table(name = "pledge_commitment")
@Audited
public class PledgeCommitment extends AbstractEntity {

    public static final int NOTE_MAX_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id", nullable = false)
    private Pledge pledge;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false)
    private Commitment commitment;

    @Column(name = "yearly_quantity")
    private Integer yearlyQuantity;

    @Column(name = "note", length = NOTE_MAX_LENGTH)
    private String note;

    protected PledgeCommitment() {
    }

    PledgeCommitment(Pledge pledge, Commitment commitment, Integer yearlyQuantity, String note) {
        this.pledge = pledge;
        this.commitment = commitment;
        this.yearlyQuantity = yearlyQuantity;
        this.note = note;
    }

    void update(Integer yearlyQuantity, String note) {
        this.yearlyQuantity = yearlyQuantity;
        this.note = note;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public Integer getYearlyQuantity() {
        return yearlyQuantity;
    }

    public String getNote() {
        return note;
    }

    /** e.g. "Paid and unpaid work experience – 4 placements a year". */
    public String describe() {
        return describe(commitment.getTitle(), commitment.getQuantityUnit(), yearlyQuantity);
    }

    /** "Work experience – 4 placements a year", or the title alone without a number. */
    static String describe(String title, String quantityUnit, Integer yearlyQuantity) {
        if (yearlyQuantity == null) {
            return title;
        }
        return title + " – " + yearlyQuantity + (quantityUnit == null ? "" : " " + quantityUnit) + " a year";
    }
}
