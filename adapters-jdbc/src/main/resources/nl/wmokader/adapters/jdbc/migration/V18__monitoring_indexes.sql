-- Monitoring figures (ADR 16): the assignments of a period are those issued in it or whose validity,
-- cut at a stop, touches it. Issue dates and the two ends are ranges of their own; the start is
-- served by wmo_assignment_provider when a provider is asked for. Delivered volume joins the lines
-- by wmo_claim_line_ledger (assignment_id, period_start), which exists.
CREATE INDEX wmo_assignment_issued ON wmo_assignment (assigned_on);
CREATE INDEX wmo_assignment_stopped ON wmo_assignment (stop_date);
CREATE INDEX wmo_assignment_ends ON wmo_assignment (end_date);
