-- Governance registers are append-only, like those of V2.
CREATE TRIGGER workforce_assurance_summary_append_only BEFORE UPDATE OR DELETE ON workforce_assurance_summary
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER workforce_development_assurance_report_append_only BEFORE UPDATE OR DELETE ON workforce_development_assurance_report
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER escalated_case_review_summary_append_only BEFORE UPDATE OR DELETE ON escalated_case_review_summary
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER governance_meeting_append_only BEFORE UPDATE OR DELETE ON governance_meeting
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
CREATE TRIGGER manager_non_compliance_review_append_only BEFORE UPDATE OR DELETE ON manager_non_compliance_review
    FOR EACH ROW EXECUTE FUNCTION refuse_register_change();
