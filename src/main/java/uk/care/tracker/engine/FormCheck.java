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

    /** A check given by its body alone, for the short checks a workflow declares as beans side by side. */
    public static FormCheck of(Body body) {
        return new FormCheck() {
            @Override
            protected void check(ProcessFacts submitted, DelegateExecution execution) {
                body.check(submitted, execution);
            }
        };
    }

    /** What a {@link FormCheck} does with a submission that was not cancelled. */
    @FunctionalInterface
    public interface Body {
        void check(ProcessFacts submitted, DelegateExecution execution);
    }
}
