package uk.care.tracker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
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
}
