-- Claims at volume (ADR 0006): a claim reads the ledgers of its own months only, and settlement
-- reads totals kept per claim instead of summing a month's lines.
--
-- 1. Ledger totals over every month beside the version (LedgerTotals): approved lines (credits
--    included), active debits (approved debits no approved credit of the same assignment and month
--    names as previous_reference: a credit mirrors its debit's period), their measure (minutes for
--    a line in HOUR, else its volume) and that measure rounded to whole hours per month as an
--    hourly volume counts it (m <= 0 ? m : GREATEST(1, (m + 30) / 60), integer division). Saves
--    write them with every version.
-- 2. The lines of given assignments and months by index: (assignment_id, period_start) replaces
--    (assignment_id).
-- 3. Settlement totals per settled month, member, provider, category and product ('' for none),
--    and turnover per provider and period year, raised in the transaction that stores a claim;
--    the line indexes they replace go, so that storing a line maintains two indexes, not four.

ALTER TABLE wmo_claim_ledger ADD COLUMN line_count BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE wmo_claim_ledger ADD COLUMN active_debits BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE wmo_claim_ledger ADD COLUMN measure BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE wmo_claim_ledger ADD COLUMN rounded_hours BIGINT DEFAULT 0 NOT NULL;

CREATE INDEX wmo_claim_line_ledger ON wmo_claim_line (assignment_id, period_start);
DROP INDEX wmo_claim_line_assignment;

MERGE INTO wmo_claim_ledger g
USING (
  SELECT m.assignment_id,
         CAST(SUM(m.line_count) AS BIGINT) AS line_count,
         CAST(SUM(m.active_debits) AS BIGINT) AS active_debits,
         CAST(SUM(m.measure) AS BIGINT) AS measure,
         CAST(SUM(CASE WHEN m.measure <= 0 THEN m.measure ELSE GREATEST(1, (m.measure + 30) / 60) END) AS BIGINT)
           AS rounded_hours
  FROM (
    SELECT d.assignment_id, d.period_year, d.period_month,
           CAST(COUNT(*) AS BIGINT) AS line_count,
           CAST(SUM(CASE WHEN d.active THEN 1 ELSE 0 END) AS BIGINT) AS active_debits,
           CAST(SUM(CASE WHEN d.active THEN d.measure ELSE 0 END) AS BIGINT) AS measure
    FROM (
      SELECT l.assignment_id,
             EXTRACT(YEAR FROM l.period_start) AS period_year,
             EXTRACT(MONTH FROM l.period_start) AS period_month,
             CASE WHEN l.unit = 'HOUR' THEN l.volume * 60 ELSE l.volume END AS measure,
             (l.direction = 'DEBIT' AND NOT EXISTS (
               SELECT 1 FROM wmo_claim_line c
               WHERE c.assignment_id = l.assignment_id AND c.approved AND c.direction = 'CREDIT'
                 AND c.previous_reference = l.reference
                 AND EXTRACT(YEAR FROM c.period_start) = EXTRACT(YEAR FROM l.period_start)
                 AND EXTRACT(MONTH FROM c.period_start) = EXTRACT(MONTH FROM l.period_start))) AS active
      FROM wmo_claim_line l
      WHERE l.approved
    ) d
    GROUP BY d.assignment_id, d.period_year, d.period_month
  ) m
  GROUP BY m.assignment_id
) t ON g.assignment_id = t.assignment_id
WHEN MATCHED THEN UPDATE SET line_count = t.line_count, active_debits = t.active_debits, measure = t.measure,
  rounded_hours = t.rounded_hours;

ALTER TABLE wmo_claim_ledger ALTER COLUMN line_count DROP DEFAULT;
ALTER TABLE wmo_claim_ledger ALTER COLUMN active_debits DROP DEFAULT;
ALTER TABLE wmo_claim_ledger ALTER COLUMN measure DROP DEFAULT;
ALTER TABLE wmo_claim_ledger ALTER COLUMN rounded_hours DROP DEFAULT;

CREATE TABLE wmo_settlement_total (
  settled_month  DATE         NOT NULL,
  member         CHAR(4)      NOT NULL,
  provider       CHAR(8)      NOT NULL,
  category       VARCHAR(60)  NOT NULL,
  -- '' for lines without a product (a generic assignment)
  product        VARCHAR(5)   NOT NULL,
  debits_cents   BIGINT       NOT NULL CHECK (debits_cents >= 0),
  credits_cents  BIGINT       NOT NULL CHECK (credits_cents >= 0),
  line_count     BIGINT       NOT NULL CHECK (line_count > 0),
  PRIMARY KEY (settled_month, member, provider, category, product)
);

INSERT INTO wmo_settlement_total (settled_month, member, provider, category, product, debits_cents, credits_cents,
                                  line_count)
SELECT settled_month, charged_to, provider, category, COALESCE(product, ''),
       CAST(SUM(CASE WHEN direction = 'CREDIT' THEN 0 ELSE amount_cents END) AS BIGINT),
       CAST(SUM(CASE WHEN direction = 'CREDIT' THEN amount_cents ELSE 0 END) AS BIGINT),
       CAST(COUNT(*) AS BIGINT)
FROM wmo_claim_line
WHERE approved
GROUP BY settled_month, charged_to, provider, category, COALESCE(product, '');

DROP INDEX wmo_claim_line_settlement;

CREATE TABLE wmo_turnover_total (
  provider       CHAR(8)  NOT NULL,
  -- the year the lines' periods lie in
  period_year    INT      NOT NULL,
  debits_cents   BIGINT   NOT NULL CHECK (debits_cents >= 0),
  credits_cents  BIGINT   NOT NULL CHECK (credits_cents >= 0),
  PRIMARY KEY (provider, period_year)
);

INSERT INTO wmo_turnover_total (provider, period_year, debits_cents, credits_cents)
SELECT y.provider, y.period_year,
       CAST(SUM(CASE WHEN y.direction = 'CREDIT' THEN 0 ELSE y.amount_cents END) AS BIGINT),
       CAST(SUM(CASE WHEN y.direction = 'CREDIT' THEN y.amount_cents ELSE 0 END) AS BIGINT)
FROM (
  SELECT provider, CAST(EXTRACT(YEAR FROM period_start) AS INT) AS period_year, direction, amount_cents
  FROM wmo_claim_line
  WHERE approved
) y
GROUP BY y.provider, y.period_year;

DROP INDEX wmo_claim_line_turnover;
