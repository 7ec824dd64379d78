-- Obligations: what providers record for their yearly obligations (refusals for the acceptance duty,
-- spending on transformation and social return, quality-framework declarations). Providers are named
-- by AGB code without a foreign key, as the contracts name them. No personal data: a refusal names
-- no client. Evaluations are computed, never stored.

CREATE TABLE wmo_refusal (
  id           UUID         NOT NULL PRIMARY KEY,
  provider     CHAR(8)      NOT NULL,
  refused_on   DATE         NOT NULL,
  reason       VARCHAR(30)  NOT NULL,
  explanation  VARCHAR(500),
  recorded_on  DATE         NOT NULL,
  version      BIGINT       NOT NULL
);

-- The acceptance duty counts a provider's refusals of a year.
CREATE INDEX wmo_refusal_provider ON wmo_refusal (provider, refused_on);

CREATE TABLE wmo_spending_report (
  provider         CHAR(8)      NOT NULL,
  obligation_year  INT          NOT NULL,
  kind             VARCHAR(20)  NOT NULL,
  amount_cents     BIGINT       NOT NULL CHECK (amount_cents >= 0),
  description      VARCHAR(500),
  reported_on      DATE         NOT NULL,
  version          BIGINT       NOT NULL,
  PRIMARY KEY (provider, obligation_year, kind)
);

CREATE TABLE wmo_quality_declaration (
  provider         CHAR(8)      NOT NULL,
  obligation_year  INT          NOT NULL,
  statement        VARCHAR(500),
  declared_on      DATE         NOT NULL,
  version          BIGINT       NOT NULL,
  PRIMARY KEY (provider, obligation_year)
);
