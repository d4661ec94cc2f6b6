package uk.care.tracker.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A person's entry cannot be accepted. Thrown while a form is submitted, it rolls back the whole submission
 * (nothing is half-written) and reaches the person: Camunda's REST API answers 400 with this message for a
 * form validation failure, and Tasklist shows it beside the form. Write the message for a care manager.
 */
public class InvalidEntry extends FormFieldValidationException {

    public InvalidEntry(String message) {
        super(null, message);
    }
}
