package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/**
 * Checks the Mentor's weekly support log (article example 3, step 2): how many support sessions, the competency
 * area practised, the new starter's confidence now (1 to 5), and what was done, or why no session took place.
 */
@Component
public class ValidateMentorSupportLog extends FormCheck {

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The support log");
        Integer sessions = check.wholeNumber(facts.raw(SUPPORT_SESSIONS), "number of support sessions completed", 0, 20);
        CompetencyArea area = check.choice(facts.raw(AREA_PRACTISED), CompetencyArea.class,
                "Choose the competency area practised.");
        Integer rating = check.wholeNumber(facts.raw(CONFIDENCE_RATING), "confidence rating", 1, 5);
        check.requireText(facts.string(SUPPORT_NOTES), 10, 2000,
                "Describe what was practised, or why no support session took place");
        check.orRefuse();
        execution.setVariable(SUPPORT_SESSIONS, sessions);
        execution.setVariable(AREA_PRACTISED, area.name());
        execution.setVariable(CONFIDENCE_RATING, rating);
        execution.setVariable(SUPPORT_NOTES, facts.string(SUPPORT_NOTES));
    }
}
