package uk.care.tracker.escalation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Opening a case needs nothing more; declining needs the reason on record. */
@Component
public class ValidateOfferDecision extends FormCheck {

    enum Decision { OPEN_CASE, DECLINE }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("Your decision")
                .require(isOneOf(facts.string(OFFER_DECISION), Decision.class),
                        "Choose whether to open an escalated case.");
        if (Decision.DECLINE.name().equals(facts.string(OFFER_DECISION))) {
            check.requireText(facts.string(DECLINE_REASON), 10, 2000, "Say why no escalated case is needed");
        }
        check.orRefuse();
    }
}
