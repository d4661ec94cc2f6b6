-- Governance registers are append-only, like those of V2.
CREATE TRIGGER workforce_assurance_summary_append_only BEFORE UPDATE, DELETE ON workforce_assurance_summary
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER workforce_development_assurance_report_append_only BEFORE UPDATE, DELETE ON workforce_development_assurance_report
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER escalated_case_review_summary_append_only BEFORE UPDATE, DELETE ON escalated_case_review_summary
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER governance_meeting_append_only BEFORE UPDATE, DELETE ON governance_meeting
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
CREATE TRIGGER manager_non_compliance_review_append_only BEFORE UPDATE, DELETE ON manager_non_compliance_review
    FOR EACH ROW CALL 'uk.care.tracker.registers.AppendOnlyH2Trigger';
