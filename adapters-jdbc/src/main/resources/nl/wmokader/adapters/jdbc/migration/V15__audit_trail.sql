-- The audit trail (NEN 7513, ADR 13): every access to personal data, one row per entry, appended
-- and never changed. Entries are chained per party, day and person shard (chain); each holds the
-- previous entry's hash and its own (SHA-256, lower-case hex). wmo_audit_chain keeps each chain's
-- head: appends lock that row, so appends to one chain wait for each other and to others do not,
-- and entries cut off a chain's end show against it. The client is a BSN, as in wmo_indication.
CREATE TABLE wmo_audit_chain (
  chain      VARCHAR(40) NOT NULL PRIMARY KEY,
  chain_day  DATE        NOT NULL,
  last_seq   BIGINT      NOT NULL,
  last_hash  CHAR(64)    NOT NULL
);

CREATE INDEX wmo_audit_chain_day ON wmo_audit_chain (chain_day);

CREATE TABLE wmo_audit_entry (
  chain          VARCHAR(40)              NOT NULL,
  seq            BIGINT                   NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_role     VARCHAR(20)              NOT NULL,
  organisation   VARCHAR(8),
  person         VARCHAR(255),
  client         CHAR(9),
  action         VARCHAR(10)              NOT NULL,
  resource       VARCHAR(40)              NOT NULL,
  resource_id    VARCHAR(100)             NOT NULL,
  outcome        VARCHAR(10)              NOT NULL,
  previous_hash  CHAR(64)                 NOT NULL,
  hash           CHAR(64)                 NOT NULL,
  PRIMARY KEY (chain, seq)
);

-- "who looked at my data": a client's entries, newest first
CREATE INDEX wmo_audit_entry_client ON wmo_audit_entry (client, recorded_at);
-- the privacy officer's search needs no index of its own: a period's entries are those of the
-- chains of its days (wmo_audit_chain by day, then the primary key by chain), so that a claim's
-- thousands of entries maintain two indexes, not three
