package uk.care.tracker.retention;

/** Variable names of the retention-run process and its form (forms/retention-confirmation.form). */
final class RetentionVariables {

    static final String RUN_DUE = "runDue";
    static final String RUN_KEY = "retentionRunKey";
    static final String CANDIDATE_COUNT = "candidateCount";
    static final String HELD_COUNT = "heldCount";
    static final String CANDIDATE_SUMMARY = "candidateSummary";
    /** Form: ERASE or REFUSE. */
    static final String DECISION = "erasureDecision";
    /** Form: staff ids or business keys to put under a legal hold, separated by commas, spaces or lines. */
    static final String HOLD_SUBJECTS = "holdSubjects";
    static final String HOLD_REASON = "holdReason";
    static final String ERASE = "ERASE";
    static final String REFUSE = "REFUSE";
    static final String CONFIRM_TASK = RetentionRunProcess.TASK_CONFIRM_ERASURE;

    private RetentionVariables() {
    }
}
