package uk.care.tracker.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Checks what a person submitted in a user task's form. Wired in BPMN as the task's execution listener on
 * {@code end}: it runs in the completing transaction, and unlike a task listener (whose exceptions the engine
 * wraps) its {@link InvalidEntry} reaches Tasklist and the REST API as a 400 with the plain message.
 * A task that ends because its scope was cancelled (the action closed) is not checked.
 */
public abstract class FormCheck implements ExecutionListener {

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        check(ProcessFacts.of(execution), execution);
    }

    /** Refuses the submission with {@link EntryCheck#orRefuse()}; may normalise what was submitted. */
    protected abstract void check(ProcessFacts submitted, DelegateExecution execution);
}
