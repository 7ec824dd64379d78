-- The contract model: provider details, open-house admission (checklist and evidence), the contract
-- lifecycle (admission date, suspension, the status a contract was terminated in), waiting-time
-- norms, tariff periods and claim moments of lots, and providers' client-stop requests.
-- Rows stored by V3 keep their meaning: a provider delivers in kind, a terminated contract was
-- active, a lot's own tariff becomes one tariff period over the lot's validity.

-- Providers: the Chamber of Commerce number, delivery forms and supervision contact. Absent only
-- for providers registered before they were recorded.
ALTER TABLE wmo_provider ADD COLUMN chamber_of_commerce CHAR(8);
ALTER TABLE wmo_provider ADD COLUMN in_kind BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE wmo_provider ADD COLUMN personal_budget BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE wmo_provider ADD COLUMN contact_name VARCHAR(200);
ALTER TABLE wmo_provider ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE wmo_provider ADD COLUMN contact_phone VARCHAR(40);
ALTER TABLE wmo_provider ADD CONSTRAINT wmo_provider_delivers CHECK (in_kind OR personal_budget);
ALTER TABLE wmo_provider ADD CONSTRAINT wmo_provider_contact CHECK (
  (contact_name IS NULL AND contact_email IS NULL AND contact_phone IS NULL)
  OR (contact_name IS NOT NULL AND contact_email IS NOT NULL AND contact_phone IS NOT NULL));

-- Contracts: lifecycle and norms.
ALTER TABLE wmo_contract ADD COLUMN admitted_on DATE;
ALTER TABLE wmo_contract ADD COLUMN suspended_since DATE;
ALTER TABLE wmo_contract ADD COLUMN suspension_reason VARCHAR(20);
ALTER TABLE wmo_contract ADD COLUMN waiting_time_max_days INT;
ALTER TABLE wmo_contract ADD COLUMN terminated_while VARCHAR(20);
UPDATE wmo_contract SET terminated_while = 'ACTIVE' WHERE status = 'TERMINATED';
ALTER TABLE wmo_contract ADD CONSTRAINT wmo_contract_suspension CHECK ((suspended_since IS NULL) = (suspension_reason IS NULL));
ALTER TABLE wmo_contract ADD CONSTRAINT wmo_contract_norm CHECK (waiting_time_max_days BETWEEN 1 AND 365);
ALTER TABLE wmo_contract ADD CONSTRAINT wmo_contract_termination CHECK ((terminated_from IS NULL) = (terminated_while IS NULL));

-- Lots: claim moments (the milestones beside them) and tariff periods instead of one own tariff.
ALTER TABLE wmo_contract_lot ADD COLUMN claim_kind VARCHAR(20);
ALTER TABLE wmo_contract_lot ADD COLUMN claim_period VARCHAR(20);

CREATE TABLE wmo_contract_lot_tariff (
  contract_id   UUID    NOT NULL REFERENCES wmo_contract (id) ON DELETE CASCADE,
  lot_position  INT     NOT NULL,
  position      INT     NOT NULL,
  valid_from    DATE    NOT NULL,
  valid_to      DATE,
  tariff_cents  BIGINT  NOT NULL CHECK (tariff_cents >= 0),
  PRIMARY KEY (contract_id, lot_position, position),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO wmo_contract_lot_tariff (contract_id, lot_position, position, valid_from, valid_to, tariff_cents)
  SELECT contract_id, position, 0, valid_from, valid_to, tariff_cents FROM wmo_contract_lot WHERE tariff_cents IS NOT NULL;

ALTER TABLE wmo_contract_lot DROP COLUMN tariff_cents;

CREATE TABLE wmo_contract_lot_milestone (
  contract_id   UUID          NOT NULL REFERENCES wmo_contract (id) ON DELETE CASCADE,
  lot_position  INT           NOT NULL,
  position      INT           NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  PRIMARY KEY (contract_id, lot_position, position)
);

-- Admission: the checklist as applied for, and the evidence submitted.
CREATE TABLE wmo_contract_condition (
  contract_id  UUID          NOT NULL REFERENCES wmo_contract (id) ON DELETE CASCADE,
  position     INT           NOT NULL,
  code         VARCHAR(50)   NOT NULL,
  description  VARCHAR(500)  NOT NULL,
  required     BOOLEAN       NOT NULL,
  PRIMARY KEY (contract_id, position),
  UNIQUE (contract_id, code)
);

CREATE TABLE wmo_contract_evidence (
  contract_id     UUID          NOT NULL REFERENCES wmo_contract (id) ON DELETE CASCADE,
  position        INT           NOT NULL,
  condition_code  VARCHAR(50)   NOT NULL,
  reference       VARCHAR(200)  NOT NULL,
  valid_from      DATE          NOT NULL,
  expires_on      DATE,
  submitted_on    DATE          NOT NULL,
  PRIMARY KEY (contract_id, position),
  CHECK (expires_on IS NULL OR expires_on >= valid_from)
);

-- Providers' requests for a client stop.
CREATE TABLE wmo_contract_client_stop_request (
  contract_id   UUID          NOT NULL REFERENCES wmo_contract (id) ON DELETE CASCADE,
  position      INT           NOT NULL,
  id            UUID          NOT NULL,
  valid_from    DATE          NOT NULL,
  valid_to      DATE,
  explanation   VARCHAR(500)  NOT NULL,
  requested_on  DATE          NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  decided_on    DATE,
  PRIMARY KEY (contract_id, position),
  UNIQUE (contract_id, id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
