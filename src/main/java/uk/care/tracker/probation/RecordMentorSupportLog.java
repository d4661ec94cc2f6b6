package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.TaskTimeliness;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 3, step 2: the Mentor's weekly entry in the probation support log. The confidence rating change
 * is worked out against the previous week's rating (none for the first log), and whether the log came in by its
 * Friday is taken from the task itself. The next week's log is then answered afresh.
 */
@Component
public class RecordMentorSupportLog implements JavaDelegate {

    private final RegisterWriter registers;
    private final TaskTimeliness timeliness;

    public RecordMentorSupportLog(RegisterWriter registers, TaskTimeliness timeliness) {
        this.registers = registers;
        this.timeliness = timeliness;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        CompletedTask log = CompletedTask.of(execution, TASK_MENTOR_SUPPORT_LOG);
        TaskTimeliness.Timeliness due = timeliness.of(log.id());
        int week = facts.integer(SUPPORT_WEEK);
        int rating = facts.integer(CONFIDENCE_RATING);
        Integer previous = facts.integer(LAST_CONFIDENCE_RATING);
        registers.append(log.row(Register.PROBATION_SUPPORT_LOG, "support-log", "LOG")
                .set("support_week", week).set("due_on", due.dueOn()).set("submitted_late", due.late())
                .set("support_sessions_completed", facts.integer(SUPPORT_SESSIONS)).texts(AREA_PRACTISED)
                .set("confidence_rating", rating).set("confidence_change", previous == null ? null : rating - previous)
                .texts(SUPPORT_NOTES).build());
        execution.setVariable(LAST_CONFIDENCE_RATING, rating);
        execution.setVariable(SUPPORT_WEEK, week + 1);
        execution.removeVariables(List.of(SUPPORT_SESSIONS, AREA_PRACTISED, CONFIDENCE_RATING, SUPPORT_NOTES));
    }
}
