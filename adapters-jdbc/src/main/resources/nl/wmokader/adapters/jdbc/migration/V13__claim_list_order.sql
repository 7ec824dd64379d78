-- Claim lists are ordered by month, submission day, number and provider. The index of V8 held the
-- first three only, so neither database could read a first page straight off it: H2 gathered and
-- sorted the rows behind each run of equal keys, PostgreSQL sorts incrementally. With the fourth
-- column the page is the index's first rows.
CREATE INDEX wmo_claim_listed ON wmo_claim (claim_month, submitted_on, claim_number, provider);
DROP INDEX wmo_claim_month;
