-- Contracting: the provider register, and contracts with their product lots and client stops.
-- A contract names its provider by AGB code without a foreign key: the two are separate ports,
-- and the use cases check that a provider is registered before contracting it.

CREATE TABLE wmo_provider (
  agb      CHAR(8)      NOT NULL PRIMARY KEY,
  name     VARCHAR(200) NOT NULL,
  version  BIGINT       NOT NULL
);

CREATE TABLE wmo_contract (
  id               UUID        NOT NULL PRIMARY KEY,
  provider         CHAR(8)     NOT NULL,
  period_start     DATE        NOT NULL,
  period_end       DATE,
  status           VARCHAR(20) NOT NULL,
  terminated_from  DATE,
  version          BIGINT      NOT NULL,
  CHECK (period_end IS NULL OR period_end >= period_start)
);

-- Delivery rights and contract lists look contracts up by provider.
CREATE INDEX wmo_contract_provider ON wmo_contract (provider, period_start);

CREATE TABLE wmo_contract_lot (
  contract_id   UUID       NOT NULL REFERENCES wmo_contract (id) ON DELETE CASCADE,
  position      INT        NOT NULL,
  product       VARCHAR(5) NOT NULL,
  valid_from    DATE       NOT NULL,
  valid_to      DATE,
  tariff_cents  BIGINT     CHECK (tariff_cents >= 0),
  PRIMARY KEY (contract_id, position),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE wmo_contract_client_stop (
  contract_id  UUID        NOT NULL REFERENCES wmo_contract (id) ON DELETE CASCADE,
  position     INT         NOT NULL,
  valid_from   DATE        NOT NULL,
  valid_to     DATE,
  reason       VARCHAR(20) NOT NULL,
  PRIMARY KEY (contract_id, position),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
