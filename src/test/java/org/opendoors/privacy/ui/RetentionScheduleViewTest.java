package org.opendoors.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.base.SystemTask;
import org.opendoors.base.ui.AccessDeniedView;
import org.opendoors.privacy.RetentionKind;
import org.opendoors.privacy.RetentionPeriod;
import org.opendoors.privacy.RetentionSchedule;
import org.opendoors.privacy.RetentionUnit;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** ADMIN sees and changes the retention periods; the public notice follows; nobody else may change them. */
class RetentionScheduleViewTest extends KaribuTest {

    @Autowired
    RetentionSchedule schedule;

    @AfterEach
    void backToTheDocumentedDefault() {
        RetentionPeriod crm = period(RetentionKind.CRM_ACTIVITIES);
        SystemTask.run(() -> schedule.change(RetentionKind.CRM_ACTIVITIES, "6", RetentionUnit.YEARS, crm.getVersion()));
    }

    @Test
    void an_administrator_changes_a_period_after_a_wrong_entry_and_the_privacy_notice_shows_it() {
        signIn(users.create(Role.ADMIN));
        navigate("admin/retention");
        RetentionScheduleView.PeriodRow crm = _get(RetentionScheduleView.class).rows.get(RetentionKind.CRM_ACTIVITIES);
        assertThat(crm.amount.getValue()).isEqualTo("6");
        assertThat(crm.unit.getValue()).isEqualTo(RetentionUnit.YEARS);

        _setValue(crm.amount, "seven");
        _click(crm.save);
        assertThat(crm.amount.getErrorMessage()).isEqualTo("Enter a whole number, like 30");
        assertThat(crm.amount.getValue()).isEqualTo("seven");
        _setValue(crm.amount, "0");
        _click(crm.save);
        assertThat(crm.amount.getErrorMessage()).isEqualTo("Enter a whole number from 1 to 999");
        assertThat(period(RetentionKind.CRM_ACTIVITIES).describe()).isEqualTo("6 years");

        _setValue(crm.amount, "84");
        _setValue(crm.unit, RetentionUnit.MONTHS);
        _click(crm.save);
        assertThat(crm.amount.isInvalid()).isFalse();
        assertThat(period(RetentionKind.CRM_ACTIVITIES).describe()).isEqualTo("84 months");

        signOut();
        navigate("privacy");
        assertThat(_get(PrivacyNoticeView.class).retention.rows()).anySatisfy(row ->
                assertThat(row.subList(0, 2)).containsExactly(RetentionKind.CRM_ACTIVITIES.label(), "84 months"));
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_not_overwritten() {
        RetentionPeriod read = period(RetentionKind.CRM_ACTIVITIES);
        SystemTask.run(() -> schedule.change(RetentionKind.CRM_ACTIVITIES, "7", RetentionUnit.YEARS, read.getVersion()));
        assertThatThrownBy(() -> SystemTask.run(() -> schedule.change(RetentionKind.CRM_ACTIVITIES, "5",
                RetentionUnit.YEARS, read.getVersion()))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(period(RetentionKind.CRM_ACTIVITIES).describe()).isEqualTo("7 years");
    }

    @Test
    void someone_who_is_not_an_administrator_can_neither_open_the_page_nor_change_a_period() {
        String engagement = users.create(Role.ENGAGEMENT);
        signIn(engagement);
        navigate("admin/retention");
        _assertOne(AccessDeniedView.class);
        _assertNone(RetentionScheduleView.class);
        long version = period(RetentionKind.CRM_ACTIVITIES).getVersion();
        assertThatThrownBy(() -> schedule.change(RetentionKind.CRM_ACTIVITIES, "1", RetentionUnit.DAYS, version))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(period(RetentionKind.CRM_ACTIVITIES).describe()).isEqualTo("6 years");
    }

    private RetentionPeriod period(RetentionKind kind) {
        return schedule.periods().stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
    }
}
