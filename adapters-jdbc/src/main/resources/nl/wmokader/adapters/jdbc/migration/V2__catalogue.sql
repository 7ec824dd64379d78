-- The product catalogue: products by code, their versions over time and their reference tariffs.
-- Overlap rules live in the core; the keys here only make a second row for the same start impossible.
CREATE TABLE wmo_product (
  code      VARCHAR(5)  NOT NULL PRIMARY KEY,
  category  VARCHAR(60) NOT NULL,
  local_to  CHAR(4),
  version   BIGINT      NOT NULL
);

CREATE TABLE wmo_product_version (
  product_code  VARCHAR(5)   NOT NULL REFERENCES wmo_product (code) ON DELETE CASCADE,
  valid_from    DATE         NOT NULL,
  valid_until   DATE,
  name          VARCHAR(200) NOT NULL,
  unit          VARCHAR(30)  NOT NULL,
  variant       VARCHAR(30)  NOT NULL,
  frequency     VARCHAR(30),
  PRIMARY KEY (product_code, valid_from),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE TABLE wmo_reference_tariff (
  product_code  VARCHAR(5) NOT NULL REFERENCES wmo_product (code) ON DELETE CASCADE,
  valid_from    DATE       NOT NULL,
  valid_until   DATE,
  cents         BIGINT     NOT NULL CHECK (cents >= 0),
  PRIMARY KEY (product_code, valid_from),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
