package uk.care.tracker.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.care.tracker.retention.RetentionProperties.CountedFrom;
import uk.care.tracker.retention.RetentionProperties.Rule;

class RetentionScheduleTest {

    @Test
    void defaultsKeepPersonnelRecordsSixYearsAfterLeavingAndRemindersOneYear() {
        RetentionProperties schedule = new RetentionProperties(null);
        assertThat(schedule.rule(RecordKind.SUPERVISION_ACTIONS)).isEqualTo(new Rule(CountedFrom.LEAVING, Period.ofYears(6)));
        assertThat(schedule.rule(RecordKind.ESCALATED_CASES).period()).isEqualTo(Period.ofYears(6));
        assertThat(schedule.rule(RecordKind.REMINDERS_SENT)).isEqualTo(new Rule(CountedFrom.RECORDED, Period.ofYears(1)));
        assertThat(schedule.rules()).containsOnlyKeys(RecordKind.values());
    }

    @Test
    void aConfiguredRuleReplacesOnlyItsDefault() {
        RetentionProperties schedule = new RetentionProperties(Map.of(RecordKind.PROBATION_ACTIONS,
                new Rule(CountedFrom.CLOSURE, Period.ofMonths(18))));
        assertThat(schedule.rule(RecordKind.PROBATION_ACTIONS).describe()).isEqualTo("1 year 6 months after the item closed");
        assertThat(schedule.rule(RecordKind.SUPERVISION_ACTIONS).describe())
                .isEqualTo("6 years after the staff member left (or the item closed, if later)");
    }

    @Test
    void aRuleNeedsAnEventAndAPositivePeriod() {
        assertThatThrownBy(() -> new Rule(null, Period.ofYears(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule(CountedFrom.CLOSURE, Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessKeysNameTheirKindAndHoldsAreReadFromAnyListFormat() {
        assertThat(RecordKind.ofBusinessKey("SA-2026-000042")).isEqualTo(RecordKind.SUPERVISION_ACTIONS);
        assertThat(RecordKind.ofBusinessKey("EC-2026-000001")).isEqualTo(RecordKind.ESCALATED_CASES);
        assertThat(RecordKind.ofBusinessKey("PA-2026-000001")).isEqualTo(RecordKind.PROBATION_ACTIONS);
        assertThat(RecordKind.ofBusinessKey("S1001")).isNull();
        assertThat(ValidateRetentionDecision.subjects(" SA-2026-000042,S1001\n S1001 ; EC-2026-000001 "))
                .containsExactly("SA-2026-000042", "S1001", "EC-2026-000001");
        assertThat(ValidateRetentionDecision.subjects("  ")).isEmpty();
    }
}
