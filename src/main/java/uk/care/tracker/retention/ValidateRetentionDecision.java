package uk.care.tracker.retention;

import static uk.care.tracker.retention.RetentionVariables.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/**
 * The Registered Manager's decision on a retention run: erase or not, and any legal hold, which must name staff ids
 * or business keys of this run's list and give a reason.
 */
@Component
class ValidateRetentionDecision extends FormCheck {

    private final RetentionCandidates candidates;

    public ValidateRetentionDecision(RetentionCandidates candidates) {
        this.candidates = candidates;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The retention decision");
        String decision = facts.string(DECISION);
        check.require(EntryCheck.isOneOf(decision, List.of(ERASE, REFUSE)), "Choose whether the records listed are erased");
        List<String> subjects = subjects(facts.string(HOLD_SUBJECTS));
        Set<String> known = candidates.subjectsOfRun(facts.string(RUN_KEY));
        for (String subject : subjects) {
            check.require(known.contains(subject), "'" + EntryCheck.shown(subject)
                    + "' is not a staff id or business key of this run's list");
        }
        if (!subjects.isEmpty() || REFUSE.equals(decision)) {
            check.requireText(facts.string(HOLD_REASON), 10, 2000,
                    subjects.isEmpty() ? "Say why nothing is erased this month" : "Give the reason for the legal hold");
        }
        check.orRefuse();
    }

    static List<String> subjects(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
