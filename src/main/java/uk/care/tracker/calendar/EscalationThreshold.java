package uk.care.tracker.calendar;

import java.util.Map;

/**
 * "Escalate when overdue by more than n calendar (or working) days", as the process owners' escalation decisions
 * (escalation-rules.dmn) answer it in their outputs {@code thresholdDays} and {@code thresholdDayType}.
 */
public record EscalationThreshold(int days, ThresholdDayType dayType) {

    public static EscalationThreshold from(Map<String, Object> decisionOutput) {
        return new EscalationThreshold(((Number) decisionOutput.get("thresholdDays")).intValue(),
                ThresholdDayType.valueOf(decisionOutput.get("thresholdDayType").toString()));
    }
}
