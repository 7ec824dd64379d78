-- Settlement: answered claims (iWmo 323/325), the provider's used references, the ledger versions
-- that keep concurrent claims from spending the same assigned volume, recoveries and budgets.
-- Money in cents, months as the DATE of their first day. Assignments are referred to by id only:
-- no foreign key across subdomains.

CREATE TABLE wmo_claim (
  id                     UUID         NOT NULL PRIMARY KEY,
  provider               CHAR(8)      NOT NULL,
  municipality           CHAR(4)      NOT NULL,
  claim_month            DATE         NOT NULL,
  claim_number           VARCHAR(12)  NOT NULL,
  submitted_on           DATE         NOT NULL,
  -- the summary, kept with the claim so that lists read no lines
  line_count             INT          NOT NULL,
  approved_line_count    INT          NOT NULL,
  submitted_total_cents  BIGINT       NOT NULL,
  approved_total_cents   BIGINT       NOT NULL,
  CONSTRAINT wmo_claim_number UNIQUE (provider, claim_number)
);

-- Lists: by month, submission day and number, optionally for one provider or municipality.
CREATE INDEX wmo_claim_month ON wmo_claim (claim_month, submitted_on, claim_number);
CREATE INDEX wmo_claim_municipality ON wmo_claim (municipality, claim_month);

-- Every line with its answer. Claim month and provider are copied from the claim so that the
-- settlement and turnover aggregates read this table alone. client is personal data.
CREATE TABLE wmo_claim_line (
  claim_id            UUID          NOT NULL REFERENCES wmo_claim (id),
  position            INT           NOT NULL,
  reference           VARCHAR(12)   NOT NULL,
  previous_reference  VARCHAR(12),
  assignment_id       UUID          NOT NULL,
  client              CHAR(9)       NOT NULL,
  category            VARCHAR(60)   NOT NULL,
  product             VARCHAR(5),
  period_start        DATE          NOT NULL,
  period_end          DATE          NOT NULL,
  volume              BIGINT        NOT NULL,
  unit                VARCHAR(20)   NOT NULL,
  tariff_cents        BIGINT        NOT NULL,
  amount_cents        BIGINT        NOT NULL,
  direction           VARCHAR(6)    NOT NULL,
  -- the iWmo retourcodes, comma-separated; empty when approved
  rejections          VARCHAR(100)  NOT NULL,
  approved            BOOLEAN       NOT NULL,
  charged_to          CHAR(4),
  -- the first day of the month the claim was answered in: the settlement month of an approved line
  settled_month       DATE          NOT NULL,
  provider            CHAR(8)       NOT NULL,
  PRIMARY KEY (claim_id, position),
  CONSTRAINT wmo_claim_line_answer CHECK (approved = (rejections = '')),
  CONSTRAINT wmo_claim_line_charged CHECK (NOT approved OR charged_to IS NOT NULL),
  CONSTRAINT wmo_claim_line_amounts CHECK (volume > 0 AND tariff_cents >= 0 AND amount_cents >= 0)
);

-- Ledgers read the approved lines of assignments; settlement sums per member and month; turnover
-- per provider and period year.
CREATE INDEX wmo_claim_line_assignment ON wmo_claim_line (assignment_id);
CREATE INDEX wmo_claim_line_settlement ON wmo_claim_line (charged_to, settled_month, provider);
CREATE INDEX wmo_claim_line_turnover ON wmo_claim_line (provider, period_start);

-- A provider's references, registered on first use: the key refuses a concurrent second use.
CREATE TABLE wmo_claim_reference (
  provider   CHAR(8)      NOT NULL,
  reference  VARCHAR(12)  NOT NULL,
  PRIMARY KEY (provider, reference)
);

-- The version of each assignment's ledger; a row appears with the first claim approving on it.
CREATE TABLE wmo_claim_ledger (
  assignment_id  UUID    NOT NULL PRIMARY KEY,
  version        BIGINT  NOT NULL CHECK (version > 0)
);

CREATE TABLE wmo_recovery (
  id               UUID          NOT NULL PRIMARY KEY,
  provider         CHAR(8)       NOT NULL,
  member           CHAR(4)       NOT NULL,
  recovery_month   DATE          NOT NULL,
  amount_cents     BIGINT        NOT NULL CHECK (amount_cents > 0),
  reason           VARCHAR(500)  NOT NULL,
  reference        VARCHAR(100)  NOT NULL,
  registered_on    DATE          NOT NULL,
  CONSTRAINT wmo_recovery_reference UNIQUE (reference)
);

CREATE INDEX wmo_recovery_month ON wmo_recovery (recovery_month, member);

CREATE TABLE wmo_budget (
  member        CHAR(4)  NOT NULL,
  budget_year   INT      NOT NULL,
  amount_cents  BIGINT   NOT NULL CHECK (amount_cents >= 0),
  version       BIGINT   NOT NULL,
  PRIMARY KEY (member, budget_year)
);
