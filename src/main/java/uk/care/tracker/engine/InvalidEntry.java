package uk.care.tracker.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A person's entry cannot be accepted. Thrown while a form is submitted, it rolls back the whole submission
 * (nothing is half-written) and reaches the person: Camunda's REST API answers 400 with this message for a
 * form validation failure, and Tasklist shows it beside the form. Write the message for a care manager.
 * <p>
 * Some engine endpoints (a plain start, for one) report any engine exception as a 500; the last refusal on the
 * request's thread is kept so that the engine API's gate can answer 400 with the message instead.
 */
public class InvalidEntry extends FormFieldValidationException {

    private static final ThreadLocal<InvalidEntry> LAST_ON_THIS_THREAD = new ThreadLocal<>();

    public InvalidEntry(String message) {
        super(null, message);
        LAST_ON_THIS_THREAD.set(this);
    }

    /** The last entry refused on this thread since {@link #forget()}, or null. */
    public static InvalidEntry lastOnThisThread() {
        return LAST_ON_THIS_THREAD.get();
    }

    public static void forget() {
        LAST_ON_THIS_THREAD.remove();
    }
}
