package uk.care.tracker.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The asynchronous service task after a user task that writes what the person entered into a register (ADR 0001,
 * decisions 2 and 3): one row, named after the completed task and written as the person who completed it. Most of
 * these steps need nothing more, so a workflow declares them as beans of a few lines each, side by side.
 */
public final class TaskRecorder implements JavaDelegate {

    /** The row for one completion of the task, from the task and what the process knows. */
    @FunctionalInterface
    public interface Row {
        RegisterRow of(CompletedTask task, ProcessFacts facts);
    }

    private final RegisterWriter registers;
    private final String taskDefinitionKey;
    private final Row row;
    private final List<String> answeredAfresh;

    private TaskRecorder(RegisterWriter registers, String taskDefinitionKey, Row row, List<String> answeredAfresh) {
        this.registers = registers;
        this.taskDefinitionKey = taskDefinitionKey;
        this.row = row;
        this.answeredAfresh = answeredAfresh;
    }

    public static TaskRecorder of(RegisterWriter registers, String taskDefinitionKey, Row row) {
        return new TaskRecorder(registers, taskDefinitionKey, row, List.of());
    }

    /** After writing, removes these form fields, so that the next round of the task is answered afresh. */
    public TaskRecorder thenAnswerAfresh(String... variables) {
        return new TaskRecorder(registers, taskDefinitionKey, row, List.of(variables));
    }

    @Override
    public void execute(DelegateExecution execution) {
        registers.append(row.of(CompletedTask.of(execution, taskDefinitionKey), ProcessFacts.of(execution)).build());
        if (!answeredAfresh.isEmpty()) {
            execution.removeVariables(answeredAfresh);
        }
    }
}
