-- Supervision: signals, calamities and investigations with their findings, outcomes and the
-- members informed. Dates as DATE, money in cents. Providers, signals and members are referred to
-- by code or id only: no foreign key across aggregates or subdomains. Descriptions, summaries and
-- conclusions may hold personal data. Texts the domain bounds (4,000 characters) have that
-- length; those it does not (findings, outcome texts) are VARCHAR without one.

CREATE TABLE wmo_signal (
  id                UUID           NOT NULL PRIMARY KEY,
  provider          CHAR(8)        NOT NULL,
  source            VARCHAR(30)    NOT NULL,
  description       VARCHAR(4000)  NOT NULL,
  received_on       DATE           NOT NULL,
  severity          VARCHAR(10)    NOT NULL,
  status            VARCHAR(10)    NOT NULL,
  investigation_id  UUID,
  dismissal_reason  VARCHAR(4000),
  decided_on        DATE,
  version           BIGINT         NOT NULL CHECK (version > 0)
);

CREATE INDEX wmo_signal_provider ON wmo_signal (provider, received_on, id);
CREATE INDEX wmo_signal_received ON wmo_signal (received_on, id);

CREATE TABLE wmo_calamity (
  id           UUID           NOT NULL PRIMARY KEY,
  provider     CHAR(8)        NOT NULL,
  kind         VARCHAR(20)    NOT NULL,
  occurred_on  DATE           NOT NULL,
  reported_on  DATE           NOT NULL,
  summary      VARCHAR(4000)  NOT NULL,
  status       VARCHAR(20)    NOT NULL,
  conclusion   VARCHAR(4000),
  follow_up    VARCHAR(4000),
  step_on      DATE           NOT NULL,
  version      BIGINT         NOT NULL CHECK (version > 0)
);

CREATE INDEX wmo_calamity_provider ON wmo_calamity (provider, occurred_on, id);
CREATE INDEX wmo_calamity_occurred ON wmo_calamity (occurred_on, id);

CREATE TABLE wmo_investigation (
  id             UUID         NOT NULL PRIMARY KEY,
  provider       CHAR(8)      NOT NULL,
  -- SIGNAL_DRIVEN (its signals in wmo_investigation_signal) or PROACTIVE
  trigger_kind   VARCHAR(15)  NOT NULL CHECK (trigger_kind IN ('SIGNAL_DRIVEN', 'PROACTIVE')),
  scope          VARCHAR(12)  NOT NULL,
  delivery_form  VARCHAR(20)  NOT NULL,
  opened_on      DATE         NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  status_since   DATE         NOT NULL,
  response_due   DATE,
  final_report_on DATE,
  version        BIGINT       NOT NULL CHECK (version > 0)
);

CREATE INDEX wmo_investigation_provider ON wmo_investigation (provider, opened_on, id);
CREATE INDEX wmo_investigation_opened ON wmo_investigation (opened_on, id);

-- The signals a signal-driven investigation was opened on, in their order.
CREATE TABLE wmo_investigation_signal (
  investigation_id  UUID  NOT NULL REFERENCES wmo_investigation (id),
  position          INT   NOT NULL,
  signal_id         UUID  NOT NULL,
  PRIMARY KEY (investigation_id, position)
);

CREATE INDEX wmo_investigation_signal_signal ON wmo_investigation_signal (signal_id);

-- One finding per norm, in the order the norms were first recorded.
CREATE TABLE wmo_investigation_finding (
  investigation_id  UUID           NOT NULL REFERENCES wmo_investigation (id),
  position          INT            NOT NULL,
  norm_code         VARCHAR        NOT NULL,
  norm_name         VARCHAR        NOT NULL,
  verdict           VARCHAR(15)    NOT NULL,
  note              VARCHAR        NOT NULL,
  PRIMARY KEY (investigation_id, position)
);

-- The outcomes in the order they were decided (an improvement point is addressed by its position).
-- Which columns a kind fills:
--   IMPROVEMENT_POINT description, deadline, followed_up_on?   INSTRUCTION description, deadline
--   CLIENT_STOP / CONTRACT_SUSPENSION from_date, until_date?    CONTRACT_TERMINATION from_date
--   RECOVERY (parts in wmo_investigation_recovery_part)        FRAUD_REPORT reported_to
--   NO_FINDINGS none
CREATE TABLE wmo_investigation_outcome (
  investigation_id  UUID           NOT NULL REFERENCES wmo_investigation (id),
  position          INT            NOT NULL,
  kind              VARCHAR(20)    NOT NULL,
  description       VARCHAR,
  deadline          DATE,
  followed_up_on    DATE,
  from_date         DATE,
  until_date        DATE,
  reported_to       VARCHAR,
  -- A formal measure: the day it was decided and the day the provider reported it (DOMAIN.md §6).
  decided_on        DATE,
  measure_reported_on DATE,
  PRIMARY KEY (investigation_id, position),
  CONSTRAINT wmo_investigation_outcome_kind CHECK (kind IN ('NO_FINDINGS', 'IMPROVEMENT_POINT', 'INSTRUCTION',
      'CLIENT_STOP', 'CONTRACT_SUSPENSION', 'CONTRACT_TERMINATION', 'RECOVERY', 'FRAUD_REPORT')),
  CONSTRAINT wmo_investigation_outcome_decided CHECK ((kind IN ('NO_FINDINGS', 'IMPROVEMENT_POINT'))
      = (decided_on IS NULL)),
  CONSTRAINT wmo_investigation_outcome_reported CHECK (measure_reported_on IS NULL
      OR (decided_on IS NOT NULL AND measure_reported_on >= decided_on))
);

-- A recovery's part per member municipality, in their order.
CREATE TABLE wmo_investigation_recovery_part (
  investigation_id  UUID     NOT NULL,
  outcome_position  INT      NOT NULL,
  position          INT      NOT NULL,
  member            CHAR(4)  NOT NULL,
  amount_cents      BIGINT   NOT NULL,
  PRIMARY KEY (investigation_id, outcome_position, position),
  FOREIGN KEY (investigation_id, outcome_position) REFERENCES wmo_investigation_outcome (investigation_id, position)
);

-- Who was informed of the outcome, and when, in that order.
CREATE TABLE wmo_investigation_informed (
  investigation_id  UUID     NOT NULL REFERENCES wmo_investigation (id),
  position          INT      NOT NULL,
  member            CHAR(4)  NOT NULL,
  informed_on       DATE     NOT NULL,
  PRIMARY KEY (investigation_id, position)
);
