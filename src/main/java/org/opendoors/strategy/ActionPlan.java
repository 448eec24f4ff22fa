package org.opendoors.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/** A council action plan, e.g. "Review of Care Leavers EET", agreed by a committee on a date. */
@Entity
@Table(name = "action_plan")
@Audited
public class ActionPlan extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int COMMITTEE_MAX_LENGTH = 200;
    public static final int OFFICERS_MAX_LENGTH = 300;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "committee", length = COMMITTEE_MAX_LENGTH)
    private String committee;

    @Column(name = "link_officers", nullable = false, length = OFFICERS_MAX_LENGTH)
    private String linkOfficers;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionPlan() {
    }

    ActionPlan(PlanDetails details, Instant createdAt) {
        this.createdAt = createdAt;
        update(details);
    }

    void update(PlanDetails details) {
        this.title = details.title();
        this.committee = details.committee();
        this.linkOfficers = details.linkOfficers();
        this.agreedOn = details.agreedOn();
    }

    public String getTitle() {
        return title;
    }

    public String getCommittee() {
        return committee;
    }

    public String getLinkOfficers() {
        return linkOfficers;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public PlanDetails details() {
        return new PlanDetails(title, committee, linkOfficers, agreedOn);
    }
}
