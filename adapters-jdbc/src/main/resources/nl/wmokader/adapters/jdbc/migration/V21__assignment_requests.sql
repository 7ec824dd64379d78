-- Providers' requests for and to change assignments (iWmo 315/317) with the municipality's answer
-- (ADR 20). The client is personal data, as in wmo_assignment. A request names the assignment it
-- would change by its iWmo number, and the one issued or changed by its id: no foreign key across
-- aggregates. Codes and states are stored by their enum names; a volume whole or not at all.

CREATE TABLE wmo_assignment_request (
  id                 UUID          NOT NULL PRIMARY KEY,
  kind               VARCHAR(20)   NOT NULL,
  provider           CHAR(8)       NOT NULL,
  municipality       CHAR(4)       NOT NULL,
  client             CHAR(9)       NOT NULL,
  reference          VARCHAR(36)   NOT NULL,
  received_on        DATE          NOT NULL,
  category           VARCHAR(40),
  product            VARCHAR(5),
  volume_quantity    BIGINT,
  volume_unit        VARCHAR(20),
  volume_frequency   VARCHAR(20),
  start_date         DATE          NOT NULL,
  end_date           DATE,
  assignment_number  BIGINT,
  status             VARCHAR(20)   NOT NULL,
  refusal_reason     VARCHAR(40),
  answered_on        DATE,
  outcome            UUID,
  version            BIGINT        NOT NULL CHECK (version > 0),
  CONSTRAINT wmo_assignment_request_volume_whole CHECK (
    (volume_quantity IS NULL AND volume_unit IS NULL AND volume_frequency IS NULL)
    OR (volume_quantity > 0 AND volume_unit IS NOT NULL AND volume_frequency IS NOT NULL))
);

-- ReferentieAanbieder is unique per provider: refuses a second request under it, a concurrent one included.
CREATE UNIQUE INDEX wmo_assignment_request_reference ON wmo_assignment_request (provider, reference);
CREATE INDEX wmo_assignment_request_municipality ON wmo_assignment_request (municipality, received_on, id);
CREATE INDEX wmo_assignment_request_provider ON wmo_assignment_request (provider, received_on, id);
