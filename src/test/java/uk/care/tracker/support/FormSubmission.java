package uk.care.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.InvalidEntry;

/**
 * What a person submitted in a form, as a form check sees it: the process variables of a (mocked) execution. A
 * check either accepts the submission, possibly normalising it, or refuses it with the message the person sees.
 */
public final class FormSubmission {

    /** The day the tests are run on, as the application's clock tells it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    private final Map<String, Object> variables = new HashMap<>();
    private final DelegateExecution execution = mock(DelegateExecution.class);

    private FormSubmission(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(execution.hasVariable(anyString())).thenAnswer(call -> variables.containsKey(call.<String>getArgument(0)));
        doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
                .when(execution).setVariable(anyString(), any());
        when(execution.getProcessBusinessKey()).thenReturn("SA-2026-000001");
    }

    /** A submission of these variables: {@code name, value, ...}. */
    public static FormSubmission of(Object... namesAndValues) {
        return new FormSubmission(namesAndValues);
    }

    /** The same submission with one value changed (null takes it away). */
    public FormSubmission with(String name, Object value) {
        FormSubmission changed = new FormSubmission();
        changed.variables.putAll(variables);
        if (value == null) {
            changed.variables.remove(name);
        } else {
            changed.variables.put(name, value);
        }
        return changed;
    }

    /** A clock that says it is {@link #TODAY}. */
    public static Clock clockOnToday() {
        Clock clock = mock(Clock.class);
        when(clock.today()).thenReturn(TODAY);
        return clock;
    }

    /** Runs the check and fails unless it accepts; answers the variables afterwards (normalised by the check). */
    public Map<String, Object> acceptedBy(ExecutionListener check) {
        try {
            check.notify(execution);
        } catch (Exception e) {
            throw new AssertionError("Refused: " + e.getMessage(), e);
        }
        return variables;
    }

    /** Runs the check, which must refuse; answers an assertion on the message the person sees. */
    public AbstractStringAssert<?> refusedBy(ExecutionListener check) {
        String[] message = new String[1];
        assertThatThrownBy(() -> check.notify(execution)).isInstanceOfSatisfying(InvalidEntry.class,
                refusal -> message[0] = refusal.getMessage());
        return assertThat(message[0]);
    }
}
