-- Monitoring's delivered volume (ADR 16, ADR 17) as totals raised in the transaction that stores a
-- claim, not summed from the claim lines per question: per month of the lines' period (12 × year +
-- month − 1), the member, provider, category and product ('' for none) of the line's assignment and
-- the unit (HOUR kept as MINUTE, volume × 60), the volume of the active debits: approved debits
-- add, approved credits (which mirror their debit, ADR 6) take it back, so a month credited to 0
-- keeps a row of 0. Lines of assignments not stored or deleted count nowhere. An assignment's
-- member, provider, category and product never change, and one with approved lines is never
-- deleted, so the key taken when the claim is saved stays the key.
CREATE TABLE wmo_delivered_total (
  month_index  INT          NOT NULL,
  member       CHAR(4)      NOT NULL,
  provider     CHAR(8)      NOT NULL,
  category     VARCHAR(60)  NOT NULL,
  product      VARCHAR(5)   NOT NULL,
  unit         VARCHAR(20)  NOT NULL,
  quantity     BIGINT       NOT NULL,
  PRIMARY KEY (month_index, member, provider, category, product, unit)
);

-- the active debits of the stored lines, as the definition reads (V10's ledger totals alike)
INSERT INTO wmo_delivered_total (month_index, member, provider, category, product, unit, quantity)
SELECT d.month_index, d.member, d.provider, d.category, d.product, d.unit, CAST(SUM(d.quantity) AS BIGINT)
FROM (
  SELECT CAST(EXTRACT(YEAR FROM l.period_start) * 12 + EXTRACT(MONTH FROM l.period_start) - 1 AS INT) AS month_index,
         COALESCE(a.attributed_to, a.responsible) AS member, a.provider, a.category,
         COALESCE(a.product, '') AS product,
         CASE WHEN l.unit = 'HOUR' THEN 'MINUTE' ELSE l.unit END AS unit,
         CASE WHEN l.unit = 'HOUR' THEN l.volume * 60 ELSE l.volume END AS quantity
  FROM wmo_claim_line l
  JOIN wmo_assignment a ON a.id = l.assignment_id
  WHERE l.approved AND l.direction = 'DEBIT' AND a.status <> 'DELETED'
    AND NOT EXISTS (
      SELECT 1 FROM wmo_claim_line c
      WHERE c.assignment_id = l.assignment_id AND c.approved AND c.direction = 'CREDIT'
        AND c.previous_reference = l.reference
        AND EXTRACT(YEAR FROM c.period_start) = EXTRACT(YEAR FROM l.period_start)
        AND EXTRACT(MONTH FROM c.period_start) = EXTRACT(MONTH FROM l.period_start))
) d
GROUP BY d.month_index, d.member, d.provider, d.category, d.product, d.unit;
