package uk.care.tracker.retention;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.care.tracker.retention.RetentionProperties.CountedFrom;
import uk.care.tracker.retention.RetentionProperties.Rule;

/**
 * The kinds of record the retention schedule names. Evidence files, the audit entries about an item and the
 * reminders about it go with their item (they are part of its record); the audit log and reminders also have a rule
 * of their own for entries not about an item, and for reminders, which are copies of what the registers hold.
 */
public enum RecordKind {
    SUPERVISION_ACTIONS("supervision-action", "SA", List.of("action_tracker", "action_closure_log", "overdue_actions_register")),
    ESCALATED_CASES("escalated-case", "EC", List.of("formal_escalation_tracker", "escalation_action_plan",
            "escalated_case_monitoring_log", "escalated_workforce_case_review", "workforce_case_closure_register",
            "service_improvement_plan")),
    PROBATION_ACTIONS("probation-action", "PA", List.of("probation_action_tracker", "probation_support_log",
            "new_starter_oversight", "probation_escalation")),
    EVIDENCE_FILES(null, null, List.of("evidence_file")),
    AUDIT_LOG(null, null, List.of("audit_log")),
    REMINDERS_SENT(null, null, List.of("notification_outbox"));

    private final String workflow;
    private final String prefix;
    private final List<String> tables;

    RecordKind(String workflow, String prefix, List<String> tables) {
        this.workflow = workflow;
        this.prefix = prefix;
        this.tables = tables;
    }

    /** The process key of a tracked item's workflow; null for the kinds that are not items. */
    public String workflow() {
        return workflow;
    }

    public String prefix() {
        return prefix;
    }

    /** The register tables of an item, in the order they are erased (rows pointing at evidence first). */
    public List<String> tables() {
        return tables;
    }

    public boolean isItem() {
        return workflow != null;
    }

    public static RecordKind ofBusinessKey(String businessKey) {
        for (RecordKind kind : values()) {
            if (kind.prefix != null && businessKey != null && businessKey.startsWith(kind.prefix + "-")) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The defaults (README, "How long records are kept"): supervision, escalation and probation records are part of
     * the personnel file, kept 6 years after employment ends (the limitation period for contract claims, and the
     * usual CIPD and ICO guidance); evidence files go with their item (their own rule is the same); audit entries not
     * about an item 6 years after they were recorded; reminders, which are copies of what the registers hold,
     * 1 year after they were sent.
     */
    static Map<RecordKind, Rule> defaults() {
        Map<RecordKind, Rule> d = new LinkedHashMap<>();
        d.put(SUPERVISION_ACTIONS, new Rule(CountedFrom.LEAVING, Period.ofYears(6)));
        d.put(ESCALATED_CASES, new Rule(CountedFrom.LEAVING, Period.ofYears(6)));
        d.put(PROBATION_ACTIONS, new Rule(CountedFrom.LEAVING, Period.ofYears(6)));
        d.put(EVIDENCE_FILES, new Rule(CountedFrom.LEAVING, Period.ofYears(6)));
        d.put(AUDIT_LOG, new Rule(CountedFrom.RECORDED, Period.ofYears(6)));
        d.put(REMINDERS_SENT, new Rule(CountedFrom.RECORDED, Period.ofYears(1)));
        return d;
    }

    public static List<RecordKind> items() {
        return List.of(SUPERVISION_ACTIONS, ESCALATED_CASES, PROBATION_ACTIONS);
    }
}
