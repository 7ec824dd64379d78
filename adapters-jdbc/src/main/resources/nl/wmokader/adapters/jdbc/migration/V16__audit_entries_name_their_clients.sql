-- An entry names its clients (ADR 13, "One entry per access"): none, one (a case) or all a claim
-- names, in one entry for the claim instead of one per client. clients holds their numbers in
-- order, joined by commas, as the entry's hash encodes them; one client is written as before, so
-- the stored hashes hold. wmo_audit_client finds a client's entries: a narrow row per client and
-- entry under a single index, in place of the entry's client column and its index.
ALTER TABLE wmo_audit_entry ADD COLUMN clients VARCHAR(1000000);
UPDATE wmo_audit_entry SET clients = client;

CREATE TABLE wmo_audit_client (
  client  CHAR(9)     NOT NULL,
  chain   VARCHAR(40) NOT NULL,
  seq     BIGINT      NOT NULL,
  PRIMARY KEY (client, chain, seq)
);

INSERT INTO wmo_audit_client (client, chain, seq) SELECT client, chain, seq FROM wmo_audit_entry WHERE client IS NOT NULL;

DROP INDEX wmo_audit_entry_client;
ALTER TABLE wmo_audit_entry DROP COLUMN client;
