-- What the central payment reads: the settlement totals added up per member and provider, raised
-- in the transaction that stores a claim, beside wmo_settlement_total. A month's payment then reads
-- one row per member and provider, however many categories and products the totals hold.
CREATE TABLE wmo_settlement_sum (
  settled_month  DATE     NOT NULL,
  member         CHAR(4)  NOT NULL,
  provider       CHAR(8)  NOT NULL,
  debits_cents   BIGINT   NOT NULL CHECK (debits_cents >= 0),
  credits_cents  BIGINT   NOT NULL CHECK (credits_cents >= 0),
  line_count     BIGINT   NOT NULL CHECK (line_count > 0),
  PRIMARY KEY (settled_month, member, provider)
);

INSERT INTO wmo_settlement_sum (settled_month, member, provider, debits_cents, credits_cents, line_count)
SELECT settled_month, member, provider, CAST(SUM(debits_cents) AS BIGINT), CAST(SUM(credits_cents) AS BIGINT),
       CAST(SUM(line_count) AS BIGINT)
FROM wmo_settlement_total
GROUP BY settled_month, member, provider;
