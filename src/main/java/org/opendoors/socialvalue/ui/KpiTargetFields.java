package org.opendoors.socialvalue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opendoors.base.ui.Formats;
import org.opendoors.socialvalue.KpiTarget;
import org.opendoors.socialvalue.Measure;
import org.opendoors.socialvalue.PeriodDates;
import org.opendoors.socialvalue.TargetKind;
import org.opendoors.socialvalue.TargetProfiles;

/**
 * One measure's target on the set-up form: an amount, whether it is per period or a total, and for a total its
 * profile over the periods, spread evenly until the officer changes it.
 */
class KpiTargetFields extends Div {

    final BigDecimalField amount;
    final RadioButtonGroup<TargetKind> kind;
    final List<BigDecimalField> profile = new ArrayList<>();
    private final Div profileFields = new Div();
    private final Measure measure;

    KpiTargetFields(Measure measure) {
        this.measure = measure;
        addClassName("kpi-target");
        amount = new BigDecimalField(measure.getCode() + " target");
        amount.setHelperText(measure.getEvidenceRequired() == null ? null : "Evidence: " + measure.getEvidenceRequired());
        kind = new RadioButtonGroup<>("Is the " + measure.getCode() + " target per period or a total?");
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(TargetKind::label);
        kind.setValue(TargetKind.EACH_PERIOD);
        amount.addValueChangeListener(e -> spreadEvenly());
        kind.addValueChangeListener(e -> {
            profileFields.setVisible(e.getValue() == TargetKind.TOTAL);
            spreadEvenly();
        });
        profileFields.setVisible(false);
        add(new H2(measure.label()), amount, kind, profileFields);
    }

    /** One field per reporting period for the profile of a total. */
    void showPeriods(List<PeriodDates> periods) {
        profileFields.removeAll();
        profile.clear();
        profileFields.add(new Paragraph("How the " + measure.getCode() + " total is spread over the periods "
                + "(spread evenly to start with; change any period, the periods must add up to the total):"));
        for (int i = 0; i < periods.size(); i++) {
            PeriodDates p = periods.get(i);
            BigDecimalField share = new BigDecimalField(measure.getCode() + " period " + (i + 1) + " ("
                    + Formats.date(p.startsOn()) + " to " + Formats.date(p.endsOn()) + ")");
            profile.add(share);
            profileFields.add(share);
        }
        spreadEvenly();
    }

    private void spreadEvenly() {
        if (kind.getValue() != TargetKind.TOTAL || amount.getValue() == null || amount.getValue().signum() <= 0 || profile.isEmpty()) {
            return;
        }
        List<BigDecimal> shares = TargetProfiles.even(amount.getValue(), profile.size());
        for (int i = 0; i < shares.size(); i++) {
            profile.get(i).setValue(shares.get(i));
        }
    }

    boolean isChosen() {
        return amount.getValue() != null;
    }

    KpiTarget target(long measureId) {
        if (kind.getValue() == TargetKind.TOTAL) {
            return KpiTarget.total(measureId, amount.getValue(), profile.stream().map(BigDecimalField::getValue).toList());
        }
        return KpiTarget.eachPeriod(measureId, amount.getValue());
    }

    String describe() {
        String figure = ContractView.plain(amount.getValue());
        return kind.getValue() == TargetKind.TOTAL ? figure + " over the contract" : figure + " per period";
    }
}
