package uk.care.tracker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a form check reads choices and numbers, and that it refuses with every problem at once. */
class EntryCheckTest {

    @Test
    void a_choice_is_read_as_people_and_programs_write_it() {
        EntryCheck check = new EntryCheck("The entry");
        assertThat(check.choice("WEDNESDAY", DayOfWeek.class, "day")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(check.choice(" wednesday ", DayOfWeek.class, "day")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(check.ok()).isTrue();
        assertThat(check.choice("Someday", DayOfWeek.class, "Choose a day.")).isNull();
        assertThat(check.choice(null, DayOfWeek.class, "Choose a day.")).isNull();
        assertThat(check.ok()).isFalse();
    }

    @Test
    void a_whole_number_may_arrive_as_a_number_or_text_but_not_as_a_fraction() {
        EntryCheck check = new EntryCheck("The entry");
        assertThat(check.wholeNumber(3, "rating", 1, 5)).isEqualTo(3);
        assertThat(check.wholeNumber(3.0d, "rating", 1, 5)).isEqualTo(3);
        assertThat(check.wholeNumber("3", "rating", 1, 5)).isEqualTo(3);
        assertThat(check.ok()).isTrue();
        assertThat(check.wholeNumber(2.5d, "rating", 1, 5)).isNull();
        assertThat(check.wholeNumber("lots", "rating", 1, 5)).isNull();
        assertThat(check.wholeNumber(6, "rating", 1, 5)).isNull();
        assertThat(check.wholeNumber(null, "rating", 1, 5)).isNull();
        assertThatThrownBy(check::orRefuse).isInstanceOf(InvalidEntry.class)
                .hasMessage("The entry was not saved. The rating '2.5' is not a whole number. The rating 'lots' is not a "
                        + "whole number. The rating must be between 1 and 5, not 6. Enter the rating.");
    }

    @Test
    void text_made_only_of_invisible_characters_counts_as_empty() {
        EntryCheck check = new EntryCheck("The entry");
        check.requireText("\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B", 10, 4000, "Describe the evidence");
        check.requireText(" \u200C\u200D\u2060\uFEFF\u00AD\u3164\u2800\u202E\t\n ", 1, 4000, "Describe the reason");
        assertThat(check.problemCount()).isEqualTo(2);
        assertThat(EntryCheck.visibleLength("a\u200Bb\u200Bc")).isEqualTo(3);
        assertThat(EntryCheck.isBlank("\u200B \u00A0")).isTrue();
        assertThat(EntryCheck.isBlank("Seen on 3 Dec")).isFalse();
    }

    @Test
    void ten_visible_characters_padded_with_invisible_ones_are_still_too_few() {
        EntryCheck check = new EntryCheck("The entry");
        check.requireText("Seen\u200B\u200B\u200B\u200B\u200B\u200B\u200B", 10, 4000, "Describe the evidence");
        assertThat(check.ok()).isFalse();
        EntryCheck good = new EntryCheck("The entry").requireText("Audit sheet seen and filed", 10, 4000, "Describe the evidence");
        assertThat(good.ok()).isTrue();
    }

    @Test
    void a_nul_character_is_refused_with_a_reason() {
        EntryCheck check = new EntryCheck("The entry");
        check.requireText("Audit sheet\u0000 seen and filed", 10, 4000, "Describe the evidence");
        assertThatThrownBy(check::orRefuse).isInstanceOf(InvalidEntry.class).hasMessageContaining("NUL character")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000"));
        assertThat(new EntryCheck("x").optionalText("a\u0000b", 100, "notes")).isNull();
    }

    @Test
    void text_longer_than_its_column_is_refused() {
        EntryCheck check = new EntryCheck("The entry");
        check.requireText("x".repeat(2001), 10, 2000, "Describe the action");
        assertThat(check.ok()).isFalse();
        assertThat(new EntryCheck("x").requireText("x".repeat(2000), 10, 2000, "Describe the action").ok()).isTrue();
        EntryCheck optional = new EntryCheck("The entry");
        assertThat(optional.optionalText("y".repeat(201), 200, "notes")).isNull();
        assertThat(optional.optionalText("\u200B", 200, "notes")).isNull();
        assertThat(optional.optionalText("  fine  ", 200, "notes")).isEqualTo("fine");
        assertThat(optional.problemCount()).isEqualTo(1);
    }

    @Test
    void dates_are_read_strictly() {
        EntryCheck check = new EntryCheck("The entry");
        assertThat(check.date("2026-02-28", "deadline", true)).isEqualTo(java.time.LocalDate.of(2026, 2, 28));
        assertThat(check.ok()).isTrue();
        assertThat(check.date("2026-02-31", "deadline", true)).isNull();
        assertThat(check.date("2026-02-29", "deadline", true)).isNull();
        assertThat(check.date("2026-13-01", "deadline", true)).isNull();
        assertThat(check.date("31/02/2026", "deadline", true)).isNull();
        assertThat(check.problemCount()).isEqualTo(4);
    }

    @Test
    void a_value_quoted_back_is_short_and_printable() {
        assertThat(EntryCheck.shown("a\u0000b")).isEqualTo("a?b");
        assertThat(EntryCheck.shown("z".repeat(300))).hasSize(43).endsWith("...");
    }

    @Test
    void a_date_still_to_come_and_a_date_that_has_happened_are_read_against_today() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        EntryCheck check = new EntryCheck("The entry");
        assertThat(check.dateNotPast("2026-12-02", "review date", today)).isEqualTo(today);
        assertThat(check.dateNotFuture("2026-12-02", "date checked", today)).isEqualTo(today);
        check.level("MEDIUM", "a priority");
        assertThat(check.ok()).isTrue();
        check.dateNotPast("2026-12-01", "review date", today);
        check.dateNotFuture("2026-12-03", "date checked", today);
        check.dateNotPast(null, "next check date", today);
        check.level("URGENT", "a priority");
        assertThatThrownBy(check::orRefuse).isInstanceOf(InvalidEntry.class)
                .hasMessage("The entry was not saved. The review date 2026-12-01 has already passed. The date checked "
                        + "2026-12-03 is in the future. Enter the next check date. Choose a priority: low, medium or high.");
    }
}
