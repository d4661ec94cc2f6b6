package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;
import static uk.care.tracker.engine.StaffVariables.STAFF_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.registers.RegisterEntry;

/** Gives an offer its own reference ({@code RC-2026-000001}) and audits its start. */
@Component
public class BeginRepeatConcernOffer implements ExecutionListener {

    private final ProcessStart processStart;

    public BeginRepeatConcernOffer(ProcessStart processStart) {
        this.processStart = processStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        processStart.begin(execution, "RC", RegisterEntry.SYSTEM, "%s %s actions for %s: %s".formatted(
                facts.integer(REPEAT_COUNT), facts.string(ACTION_CATEGORY), facts.string(STAFF_ID), facts.string(LINKED_ACTIONS)));
    }
}
