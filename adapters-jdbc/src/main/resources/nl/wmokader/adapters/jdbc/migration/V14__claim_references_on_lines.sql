-- A provider's references are registered on the claim line that first used them (ADR 6, "references
-- on the lines"): the line keeps its reference in registered_reference, and a unique index on
-- (provider, registered_reference) refuses a second registration, also a concurrent one. A line
-- rejected as a duplicate (retourcode 8021), or a second line of the same reference in its claim,
-- registers nothing (NULL: a unique index holds any number of them). Storing a claim then writes
-- its lines only, not a row per reference in a table of its own.

ALTER TABLE wmo_claim_line ADD COLUMN registered_reference VARCHAR(12);

UPDATE wmo_claim_line SET registered_reference = reference
WHERE EXISTS (SELECT 1 FROM wmo_claim_reference r
              WHERE r.provider = wmo_claim_line.provider AND r.reference = wmo_claim_line.reference)
  AND rejections NOT LIKE '%8021%'
  AND NOT EXISTS (SELECT 1 FROM wmo_claim_line e
                  WHERE e.claim_id = wmo_claim_line.claim_id AND e.reference = wmo_claim_line.reference
                    AND e.position < wmo_claim_line.position AND e.rejections NOT LIKE '%8021%');

CREATE UNIQUE INDEX wmo_claim_line_reference ON wmo_claim_line (provider, registered_reference);

DROP TABLE wmo_claim_reference;
