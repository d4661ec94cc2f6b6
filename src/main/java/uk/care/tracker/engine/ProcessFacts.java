package uk.care.tracker.engine;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.care.tracker.calendar.IsoDates;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;

/**
 * Reads what a process instance knows, for delegates and listeners: typed variables, who completed a task,
 * and register rows pre-filled with the instance's header (process, business key, staff member).
 */
public final class ProcessFacts {

    private final VariableScope scope;

    private ProcessFacts(VariableScope scope) {
        this.scope = scope;
    }

    public static ProcessFacts of(VariableScope scope) {
        return new ProcessFacts(scope);
    }

    /** The variable as trimmed text; null when missing or blank. */
    public String string(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    public Object raw(String name) {
        return scope.getVariable(name);
    }

    public LocalDate date(String name) {
        return IsoDates.parseOrNull(scope.getVariable(name));
    }

    public boolean flag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public Integer integer(String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().trim());
    }

    /** Who completed the latest instance of a user task (recorded by {@link TaskCompletionRecorder}). */
    public String completedBy(String taskDefinitionKey) {
        return string(TaskCompletionRecorder.completedByVariable(taskDefinitionKey));
    }

    /** The id of the latest completed instance of a user task: names the event in register keys. */
    public String completedTaskId(String taskDefinitionKey) {
        String id = string(TaskCompletionRecorder.completedTaskVariable(taskDefinitionKey));
        if (id == null) {
            throw new IllegalStateException("No completed " + taskDefinitionKey + " is recorded in this process");
        }
        return id;
    }

    /**
     * A counter kept in the process (a review cycle, a support week): answers its value now and moves it on by
     * one for the next round.
     */
    public int advance(String counter) {
        int value = integer(counter);
        scope.setVariable(counter, value + 1);
        return value;
    }

    /** A row of the register for this instance's event, written as {@code actingUser}, with its entry type. */
    public RegisterRow row(Register register, String event, String actingUser, String entryType) {
        return new RegisterRow(this, entry(register, event).actingUser(actingUser)).set("entry_type", entryType);
    }

    /** A row that no person wrote: a timer or a rule did ({@link RegisterEntry#SYSTEM}). */
    public RegisterRow systemRow(Register register, String event, String entryType) {
        return row(register, event, RegisterEntry.SYSTEM, entryType);
    }

    /** A register row for this instance; the event key is prefixed with the business key. */
    public RegisterEntry.Builder entry(Register register, String event) {
        DelegateExecution execution = (DelegateExecution) scope;
        return RegisterEntry.in(register)
                .event(execution.getProcessBusinessKey() + ":" + event)
                .process(execution.getProcessInstanceId(), execution.getProcessBusinessKey())
                .staff(string(StaffVariables.STAFF_ID));
    }
}
