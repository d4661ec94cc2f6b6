package uk.care.tracker.escalation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the HR Lead's close-or-advance decision (article example 2, step 5). */
@Component
public class ValidateCaseClosure extends FormCheck {

    enum Outcome { CLOSED, ADVANCED }

    enum Pathway { NONE, CAPABILITY, DISCIPLINARY, OTHER }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        String outcome = facts.string(CASE_OUTCOME);
        String pathway = facts.string(HR_PATHWAY);
        EntryCheck check = new EntryCheck("The case outcome")
                .require(isOneOf(outcome, Outcome.class), "Choose whether the case is closed or advanced to a formal HR pathway.")
                .require(isOneOf(pathway, Pathway.class), "Choose the formal HR pathway triggered (or none).")
                .requireText(facts.string(EVIDENCE_SUPPORTING_CLOSURE), 10, 4000, "Describe the evidence supporting the decision");
        if ("ADVANCED".equals(outcome) && "NONE".equals(pathway)) {
            check.problem("A case advanced by HR must name the formal HR pathway triggered.");
        }
        if ("CLOSED".equals(outcome) && pathway != null && !"NONE".equals(pathway)) {
            check.problem("A closed case triggers no HR pathway; choose 'advanced' if a pathway was triggered.");
        }
        check.orRefuse();
    }
}
