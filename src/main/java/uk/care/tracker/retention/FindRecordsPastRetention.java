package uk.care.tracker.retention;

import static uk.care.tracker.retention.RetentionVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.retention.RetentionCandidates.Candidate;
import uk.care.tracker.retention.RetentionCandidates.Found;

/**
 * Retention run, step 1: finds the items past their retention today (not held, workflow ended), keeps the list for
 * the run and tells the Registered Manager what it holds: counts per kind and rule, and the business keys.
 */
@Component
class FindRecordsPastRetention implements JavaDelegate {

    /** The summary is a process variable shown in the form; PostgreSQL's history keeps 4,000 characters of it. */
    static final int MAX_SUMMARY = 3800;

    private final RetentionCandidates candidates;
    private final Clock clock;

    public FindRecordsPastRetention(RetentionCandidates candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String runKey = (String) execution.getVariable(RUN_KEY);
        Found found = candidates.find(clock.today());
        candidates.save(runKey, found.due());
        List<Candidate> due = candidates.ofRun(runKey);
        execution.setVariable(CANDIDATE_COUNT, due.size());
        execution.setVariable(HELD_COUNT, found.held());
        execution.setVariable(CANDIDATE_SUMMARY, summary(due, found.held()));
    }

    static String summary(List<Candidate> due, int held) {
        StringBuilder s = new StringBuilder();
        Map<RecordKind, Integer> counts = RetentionCandidates.countByKind(due);
        s.append(due.size()).append(" item(s) past retention: ");
        s.append(counts.getOrDefault(RecordKind.SUPERVISION_ACTIONS, 0)).append(" supervision actions, ")
                .append(counts.getOrDefault(RecordKind.ESCALATED_CASES, 0)).append(" escalated cases, ")
                .append(counts.getOrDefault(RecordKind.PROBATION_ACTIONS, 0)).append(" probation actions. ");
        s.append(held).append(" more are past retention but under a legal hold and are not listed.\n\n");
        for (Candidate c : due) {
            // business keys only: this variable stays in the run's history, which outlives the erased names
            String line = "- " + c.businessKey() + " (closed " + c.closedOn() + ", kept until "
                    + c.retainUntil() + ")\n";
            if (s.length() + line.length() > MAX_SUMMARY) {
                s.append("- ... and more: GET /api/retention/runs/{run}/candidates lists them all\n");
                break;
            }
            s.append(line);
        }
        return s.toString();
    }
}
