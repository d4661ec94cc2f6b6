package uk.care.tracker.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.care.tracker.registers.Register;

/**
 * What a person entered in a user task, for the asynchronous service task after it that writes the register row:
 * the completed task (its id names the event, so a retried job writes one row), the person who completed it (the
 * row's acting user), and the form's fields, copied into the register columns of the same name in snake case
 * ({@code reviewMeetingDate} into {@code review_meeting_date}).
 */
public final class CompletedTask {

    private final ProcessFacts facts;
    private final String id;
    private final String completedBy;

    private CompletedTask(ProcessFacts facts, String taskDefinitionKey) {
        this.facts = facts;
        this.id = facts.completedTaskId(taskDefinitionKey);
        this.completedBy = facts.completedBy(taskDefinitionKey);
    }

    /** The latest completion of the user task in this process; fails when none is recorded. */
    public static CompletedTask of(DelegateExecution execution, String taskDefinitionKey) {
        return new CompletedTask(ProcessFacts.of(execution), taskDefinitionKey);
    }

    public String id() {
        return id;
    }

    public String completedBy() {
        return completedBy;
    }

    /** A row of the register for this task's event ({@code event:taskId}), written as the person who completed it. */
    public RegisterRow row(Register register, String event) {
        return new RegisterRow(facts, facts.entry(register, event + ":" + id).actingUser(completedBy));
    }

    /** A row of the register, with the entry type most registers keep. */
    public RegisterRow row(Register register, String event, String entryType) {
        return row(register, event).set("entry_type", entryType);
    }
}
