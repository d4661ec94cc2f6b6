package uk.care.tracker.engine;

import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/**
 * Whether a completed user task was done by its due date, read from the engine's history: the moment the person
 * submitted the form, not the later moment a (possibly retried) job writes the register row.
 */
@Component
public class TaskTimeliness {

    private final HistoryService history;
    private final Clock clock;

    public TaskTimeliness(HistoryService history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The provider's calendar date the task was due, and whether it was completed after that moment. */
    public Timeliness of(String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null || task.getEndTime() == null) {
            throw new IllegalStateException("Task " + taskId + " is not completed");
        }
        if (task.getDueDate() == null) {
            return new Timeliness(null, false);
        }
        return new Timeliness(clock.dateOf(task.getDueDate().toInstant()), task.getEndTime().after(task.getDueDate()));
    }

    public record Timeliness(LocalDate dueOn, boolean late) {
    }
}
