package org.opendoors.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.opendoors.base.AbstractEntity;

/**
 * A recommendation of a plan: its number and words, the agreed actions (one per line), who is responsible (council
 * officers by name: staff, never young people) and the dates, as the plan writes them and as a date to track.
 */
@Entity
@Table(name = "recommendation")
@Audited
public class Recommendation extends AbstractEntity {

    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int ACTIONS_MAX_LENGTH = 5000;
    public static final int RESPONSIBILITY_MAX_LENGTH = 300;
    public static final int DATE_TEXT_MAX_LENGTH = 500;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "actions", nullable = false, columnDefinition = "text")
    private String actions;

    @Column(name = "responsibility", nullable = false, length = RESPONSIBILITY_MAX_LENGTH)
    private String responsibility;

    @Column(name = "date_text", length = DATE_TEXT_MAX_LENGTH)
    private String dateText;

    @Column(name = "due_on")
    private LocalDate dueOn;

    protected Recommendation() {
    }

    Recommendation(long planId, RecommendationDetails details) {
        this.planId = planId;
        update(details);
    }

    void update(RecommendationDetails d) {
        this.number = d.number();
        this.text = d.text();
        this.actions = String.join("\n", d.actions());
        this.responsibility = d.responsibility();
        this.dateText = d.dateText();
        this.dueOn = d.dueOn();
    }

    public long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    /** The agreed actions, one per line as entered. */
    public List<String> getActions() {
        return Arrays.stream(actions.split("\n")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    public String getResponsibility() {
        return responsibility;
    }

    public String getDateText() {
        return dateText;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public RecommendationDetails details() {
        return new RecommendationDetails(number, text, getActions(), responsibility, dateText, dueOn);
    }
}
