package uk.care.tracker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The helpers a workflow's one-line steps are made of: a recorder writes one row named after the completed task and
 * as the person who completed it, a timer's row is the system's, a counter moves on, a form check skips a cancelled
 * task.
 */
class TaskRecorderTest {

    private final Map<String, Object> variables = new HashMap<>(Map.of(
            "staffId", "S042", "Task_Review_taskId", "task-7", "Task_Review_completedBy", "registered.manager",
            "reviewNotes", " Seen on two shifts ", "reviewDate", "2026-12-01", "reviewCycle", 3, "validExplanation", "true"));
    private final DelegateExecution execution = execution(variables);
    private final RegisterWriter registers = mock(RegisterWriter.class);

    @Test
    void a_recorder_writes_the_completed_tasks_row_as_its_user_and_clears_what_is_answered_afresh() throws Exception {
        TaskRecorder.of(registers, "Task_Review", (task, facts) -> task.row(Register.ACTION_TRACKER, "review", "REVIEW")
                .texts("reviewNotes").dates("reviewDate").flags("validExplanation").text("notes", "reviewNotes"))
                .thenAnswerAfresh("reviewNotes").execute(execution);

        RegisterEntry row = appended();
        assertThat(row.eventKey()).isEqualTo("SA-2026-000001:review:task-7");
        assertThat(row.actingUser()).isEqualTo("registered.manager");
        assertThat(row.staffId()).isEqualTo("S042");
        assertThat(row.columns()).containsEntry("entry_type", "REVIEW").containsEntry("review_notes", "Seen on two shifts")
                .containsEntry("review_date", LocalDate.of(2026, 12, 1)).containsEntry("valid_explanation", true)
                .containsEntry("notes", "Seen on two shifts");
        assertThat(variables).doesNotContainKey("reviewNotes").containsKey("reviewDate");
    }

    @Test
    void a_recorder_without_fields_to_clear_leaves_the_form_as_it_was() throws Exception {
        TaskRecorder.of(registers, "Task_Review", (task, facts) -> task.row(Register.ACTION_TRACKER, "review")).execute(execution);
        appended();
        verify(execution, never()).removeVariables(any());
    }

    @Test
    void a_timers_row_is_the_systems_and_a_counter_answers_this_round_and_moves_on() {
        ProcessFacts facts = ProcessFacts.of(execution);
        int cycle = facts.advance("reviewCycle");
        RegisterEntry row = facts.systemRow(Register.OVERDUE_ACTIONS_REGISTER, "missed:" + cycle, "MISSED_REVIEW").build();
        assertThat(cycle).isEqualTo(3);
        assertThat(variables).containsEntry("reviewCycle", 4);
        assertThat(row.actingUser()).isEqualTo(RegisterEntry.SYSTEM);
        assertThat(row.eventKey()).isEqualTo("SA-2026-000001:missed:3");
        assertThat(row.columns()).containsEntry("entry_type", "MISSED_REVIEW");
    }

    @Test
    void a_form_check_made_of_its_body_does_not_check_a_cancelled_task() {
        List<String> checked = new ArrayList<>();
        FormCheck check = FormCheck.of((facts, ex) -> checked.add(facts.string("reviewNotes")));
        check.notify(execution);
        when(execution.isCanceled()).thenReturn(true);
        check.notify(execution);
        assertThat(checked).containsExactly("Seen on two shifts");
    }

    private RegisterEntry appended() {
        ArgumentCaptor<RegisterEntry> row = ArgumentCaptor.forClass(RegisterEntry.class);
        verify(registers).append(row.capture());
        return row.getValue();
    }

    @SuppressWarnings("unchecked")
    private static DelegateExecution execution(Map<String, Object> variables) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn("SA-2026-000001");
        when(execution.getProcessInstanceId()).thenReturn("process-1");
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(execution).setVariable(anyString(), any());
        doAnswer(call -> {
            ((Collection<String>) call.getArgument(0)).forEach(variables::remove);
            return null;
        }).when(execution).removeVariables(any());
        return execution;
    }
}
