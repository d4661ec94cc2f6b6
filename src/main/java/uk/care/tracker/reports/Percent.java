package uk.care.tracker.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the reports show them: one decimal, half up; none when there is nothing to divide by. */
final class Percent {

    private Percent() {
    }

    static Double of(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
