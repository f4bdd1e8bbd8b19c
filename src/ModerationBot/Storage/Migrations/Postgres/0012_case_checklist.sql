-- The employer's checklist on harassment reports: a checklist_step_recorded audit row names its step here
-- (talk_to_employee, assess_risk, ...); NULL for every other action.
ALTER TABLE case_audit ADD COLUMN checklist_step TEXT NULL;
