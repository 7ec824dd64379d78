-- Indications: a case from report to decision and the objection against it, one row per case;
-- the grant's goals beside it. Steps not taken yet are NULL. No keys into other subdomains' tables.
CREATE TABLE wmo_indication (
  id                          UUID          NOT NULL PRIMARY KEY,
  client                      CHAR(9)       NOT NULL,
  responsible_municipality    CHAR(4)       NOT NULL,
  attributed_to               CHAR(4),
  reported_on                 DATE          NOT NULL,
  application_without_report  BOOLEAN       NOT NULL,
  assessed_on                 DATE,
  applied_on                  DATE,
  decided_on                  DATE,
  refusal_reason              VARCHAR(2000),
  grant_category              VARCHAR(40),
  grant_product               VARCHAR(5),
  grant_form                  VARCHAR(20),
  grant_quantity              BIGINT,
  grant_unit                  VARCHAR(20),
  grant_frequency             VARCHAR(20),
  grant_valid_from            DATE,
  grant_valid_until           DATE,
  grant_evaluation_date       DATE,
  objection_filed_on          DATE,
  objection_late              BOOLEAN,
  objection_outcome           VARCHAR(20),
  objection_decided_on        DATE,
  version                     BIGINT        NOT NULL,
  CHECK (decided_on IS NULL OR (grant_category IS NULL) <> (refusal_reason IS NULL)),
  CHECK (objection_filed_on IS NULL OR decided_on IS NOT NULL)
);

CREATE INDEX wmo_indication_client ON wmo_indication (client);
CREATE INDEX wmo_indication_responsible ON wmo_indication (responsible_municipality, reported_on);
CREATE INDEX wmo_indication_attributed ON wmo_indication (attributed_to);

CREATE TABLE wmo_indication_goal (
  indication_id  UUID          NOT NULL REFERENCES wmo_indication (id) ON DELETE CASCADE,
  position       INT           NOT NULL,
  goal           VARCHAR(2000) NOT NULL,
  PRIMARY KEY (indication_id, position)
);
