package uk.care.tracker.probation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the week-12 probation decision falls and how early it warns (SPEC section 4.3, step 4).
 *
 * @param decisionWeek            the decision is due this many weeks after the start date in the staff directory
 * @param earlyWarningWorkingDays an action still open this many working days before the decision raises a warning
 */
@ConfigurationProperties("tracker.probation")
public record ProbationProperties(int decisionWeek, int earlyWarningWorkingDays) {

    public ProbationProperties {
        if (decisionWeek <= 0) {
            decisionWeek = 12;
        }
        if (earlyWarningWorkingDays <= 0) {
            earlyWarningWorkingDays = 10;
        }
    }
}
