package org.opendoors.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.base.ui.UserAction;
import org.opendoors.base.ui.Formats;
import org.opendoors.base.ui.SummaryList;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.opendoors.socialvalue.Grade;
import org.opendoors.strategy.ActionPlanService;
import org.opendoors.strategy.ProgressEntry;
import org.opendoors.strategy.ProgressRound;
import org.opendoors.strategy.ProgressService;
import org.opendoors.strategy.Recommendation;
import org.opendoors.strategy.StrategyReports;

/**
 * A progress round. A draft, for the engagement team: for each recommendation the figures as of the round's date,
 * evidence of progress (pre-filled), the grade with the suggestion, its explanation and evidence of impact; save,
 * update the figures, publish. A published round (and any round, for leadership) is read only.
 */
@Route("strategy/rounds/:roundId(\\d+)")
@RolesAllowed({AppRoles.ENGAGEMENT, AppRoles.ADMIN, AppRoles.LEADERSHIP})
@AccessDeniedErrorRouter
class RoundView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressService progress;
    private final ActionPlanService plans;
    private final StrategyReports reports;
    private final CurrentUser currentUser;
    final Map<Long, TextArea> evidence = new HashMap<>();
    final Map<Long, Select<Grade>> grades = new HashMap<>();
    final Map<Long, TextArea> explanations = new HashMap<>();
    final Map<Long, TextArea> impacts = new HashMap<>();
    private long roundId;
    private long version;
    private String title = "Progress round";

    RoundView(ProgressService progress, ActionPlanService plans, StrategyReports reports, CurrentUser currentUser) {
        this.progress = progress;
        this.plans = plans;
        this.reports = reports;
        this.currentUser = currentUser;
        addClassName("form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        ProgressRound round = progress.round(roundId).orElseThrow(NotFoundException::new);
        removeAll();
        evidence.clear();
        grades.clear();
        explanations.clear();
        impacts.clear();
        version = round.getVersion();
        title = "Progress update: " + round.getLabel();
        boolean editable = !round.isPublished() && StrategyUi.canEdit(currentUser);
        String planTitle = plans.plan(round.getPlanId()).map(p -> p.getTitle()).orElse("");
        add(new Anchor("strategy?plan=" + round.getPlanId(), "Back to the plan"), new H1(title), new SummaryList()
                .row("Review", planTitle)
                .row("Reports up to", Formats.longDate(round.getAsOf()))
                .row("Status", round.isPublished() ? "Published " + Formats.dateTime(round.getPublishedAt()) + " by "
                        + round.getPublishedBy() + ": frozen as published" : "Draft"));
        add(new Paragraph(StrategyView.download("Download the progress update with every published round (PDF)",
                "progress-update-" + round.getPlanId() + ".pdf", () -> reports.progressUpdatePdf(round.getPlanId()))));
        Map<Long, ProgressEntry> entries = progress.entries(roundId);
        FieldErrors errors = new FieldErrors();
        for (Recommendation r : plans.recommendations(round.getPlanId())) {
            ProgressEntry e = entries.get(r.getId());
            add(new H2("Recommendation " + r.getNumber()), new Paragraph(r.getText()));
            if (e == null) {
                add(new Paragraph("Added after this round was opened."));
                continue;
            }
            if (e.getFigures() != null) {
                Paragraph figures = new Paragraph(e.getFigures());
                figures.addClassName("inset-text");
                add(figures);
            }
            if (editable) {
                addFields(r, e, errors);
            } else {
                add(StrategyUi.gradeTag(e.getGrade()), new SummaryList()
                        .row("Evidence of progress (" + round.getLabel() + ")", e.getEvidenceOfProgress())
                        .row("Explanation", e.getExplanation())
                        .row("Evidence of impact (" + round.getLabel() + ")", e.getEvidenceOfImpact()));
            }
        }
        if (editable) {
            Button save = new Button("Save draft", e -> act(() -> progress.save(roundId, version, inputs()), errors, "Draft saved"));
            Button refresh = new Button("Update the figures from Open Doors", e -> act(() -> progress.refreshFigures(roundId, version, inputs()),
                    errors, "Figures updated as of " + Formats.longDate(round.getAsOf())));
            Button publish = new Button("Publish this round", e -> act(() -> progress.publish(roundId, version, inputs()), errors,
                    round.getLabel() + " published: it is now frozen"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph("Updating the figures saves what you typed first. Once published, a round no longer changes."),
                    new Div(save, refresh, publish));
        }
    }

    private void addFields(Recommendation r, ProgressEntry e, FieldErrors errors) {
        long id = r.getId();
        TextArea progressText = area("Evidence of progress", e.getEvidenceOfProgress());
        Select<Grade> grade = new Select<>();
        grade.setLabel("Assessment of progress");
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : g.label());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption("Not graded yet");
        grade.setValue(e.getGrade());
        grade.setHelperText(e.getSuggestedGrade() == null ? "No suggestion: this recommendation has no live measure with milestones"
                : "Suggested from the measures as of the round's date: " + e.getSuggestedGrade().label()
                        + ". Another grade needs an explanation.");
        TextArea explanation = area("Explanation (required if you give a grade other than the suggested one)", e.getExplanation());
        TextArea impact = area("Evidence of impact", e.getEvidenceOfImpact());
        evidence.put(id, progressText);
        grades.put(id, grade);
        explanations.put(id, explanation);
        impacts.put(id, impact);
        errors.bind("progress-" + id, progressText).bind("grade-" + id, grade).bind("explanation-" + id, explanation)
                .bind("impact-" + id, impact);
        add(progressText, grade, explanation, impact);
    }

    private static TextArea area(String label, String value) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setMaxLength(ProgressEntry.TEXT_MAX_LENGTH);
        area.setValue(value == null ? "" : value);
        return area;
    }

    private Map<Long, ProgressService.EntryInput> inputs() {
        Map<Long, ProgressService.EntryInput> inputs = new HashMap<>();
        for (Long id : evidence.keySet()) {
            inputs.put(id, new ProgressService.EntryInput(evidence.get(id).getValue(), grades.get(id).getValue(),
                    explanations.get(id).getValue(), impacts.get(id).getValue()));
        }
        return inputs;
    }

    private void act(Runnable command, FieldErrors errors, String success) {
        UserAction.thenRefresh(this::render).errorsAt(errors).whenStaleKeepTyping(StrategyUi.stale("round")).run(command, success);
    }

    @Override
    public String getPageTitle() {
        return title + " – Open Doors";
    }
}
