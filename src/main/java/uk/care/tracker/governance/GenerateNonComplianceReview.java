package uk.care.tracker.governance;

import uk.care.tracker.reports.ManagerNonCompliance;
import uk.care.tracker.reports.ReportScope;

import static uk.care.tracker.governance.GovernanceVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/** Article governance, quarterly: the review of persistent manager non-compliance for the senior leaders. */
@Component
class GenerateNonComplianceReview implements JavaDelegate {

    private final ManagerNonCompliance nonCompliance;
    private final RegisterWriter registers;
    private final ObjectMapper json;

    public GenerateNonComplianceReview(ManagerNonCompliance nonCompliance, RegisterWriter registers, ObjectMapper json) {
        this.nonCompliance = nonCompliance;
        this.registers = registers;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        ProcessFacts facts = ProcessFacts.of(execution);
        ManagerNonCompliance.Report report = nonCompliance.report(ReportScope.of(facts.date(QUARTER_FROM), facts.date(QUARTER_TO)));
        String persistent = report.managers().stream().filter(ManagerNonCompliance.ManagerRecord::persistent)
                .map(ManagerNonCompliance.ManagerRecord::manager).collect(Collectors.joining(", "));
        registers.append(facts.entry(Register.MANAGER_NON_COMPLIANCE_REVIEW, "quarter:" + facts.string(QUARTER_FROM))
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "REPORT")
                .set("period_from", facts.date(QUARTER_FROM))
                .set("period_to", facts.date(QUARTER_TO))
                .set("persistent_managers", persistent)
                .set("figures", json.writeValueAsString(report))
                .build());
        execution.setVariable(NON_COMPLIANCE_TEXT, report.managers().isEmpty()
                ? "No manager missed a supervision action deadline this quarter."
                : report.managers().stream().map(m -> "- **%s**: %d missed deadlines %s%s".formatted(m.manager(), m.missed(),
                        m.missedByMonth(), m.persistent() ? " (every month: persistent)" : ""))
                .collect(Collectors.joining("\n")));
    }
}
