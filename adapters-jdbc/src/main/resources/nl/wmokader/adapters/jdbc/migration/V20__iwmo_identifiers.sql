-- iWmo identifiers (issue 14, ADR 18). An assignment carries its ToewijzingNummer (the
-- basisschema's LDT_Nummer: 0 to 999,999,999), unique per responsible municipality (retourcode
-- 9332); a claim line's references get the 20 characters of LDT_ReferentieNummer (were 12).
ALTER TABLE wmo_assignment ADD COLUMN assignment_number BIGINT;
ALTER TABLE wmo_assignment ADD CONSTRAINT wmo_assignment_number_range
  CHECK (assignment_number IS NULL OR (assignment_number >= 0 AND assignment_number <= 999999999));

-- The assignments stored before are numbered per municipality in the order they were issued.
-- A keyed scratch table, so that the update looks each row up once (H2 and PostgreSQL alike).
CREATE TABLE wmo_assignment_numbering (
  id      UUID    NOT NULL PRIMARY KEY,
  number  BIGINT  NOT NULL
);
INSERT INTO wmo_assignment_numbering (id, number)
SELECT id, ROW_NUMBER() OVER (PARTITION BY responsible ORDER BY assigned_on, id) FROM wmo_assignment;
UPDATE wmo_assignment SET assignment_number =
  (SELECT n.number FROM wmo_assignment_numbering n WHERE n.id = wmo_assignment.id);
DROP TABLE wmo_assignment_numbering;

-- Refuses a second assignment with a municipality's number, a concurrent one included; also what
-- a claim's numbers are looked up by, and the sequence's MAX.
CREATE UNIQUE INDEX wmo_assignment_number ON wmo_assignment (responsible, assignment_number);

-- Each municipality's sequence: the last number it gave. A row lock serializes concurrent issues
-- of one municipality only.
CREATE TABLE wmo_assignment_number_sequence (
  municipality  CHAR(4)  NOT NULL PRIMARY KEY,
  last_number   BIGINT   NOT NULL
);
INSERT INTO wmo_assignment_number_sequence (municipality, last_number)
SELECT responsible, MAX(assignment_number) FROM wmo_assignment GROUP BY responsible;

ALTER TABLE wmo_claim_line ALTER COLUMN reference SET DATA TYPE VARCHAR(20);
ALTER TABLE wmo_claim_line ALTER COLUMN previous_reference SET DATA TYPE VARCHAR(20);
ALTER TABLE wmo_claim_line ALTER COLUMN registered_reference SET DATA TYPE VARCHAR(20);
