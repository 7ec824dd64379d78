-- The region of this deployment (one row), its members and their inhabitant counts.
CREATE TABLE wmo_region (
  id       SMALLINT     NOT NULL PRIMARY KEY CHECK (id = 1),
  name     VARCHAR(200) NOT NULL,
  version  BIGINT       NOT NULL
);

CREATE TABLE wmo_region_member (
  code      CHAR(4)      NOT NULL PRIMARY KEY,
  name      VARCHAR(200) NOT NULL,
  central   BOOLEAN      NOT NULL,
  position  INT          NOT NULL
);

CREATE TABLE wmo_region_inhabitants (
  municipality    CHAR(4) NOT NULL REFERENCES wmo_region_member (code) ON DELETE CASCADE,
  reference_date  DATE    NOT NULL,
  inhabitants     BIGINT  NOT NULL CHECK (inhabitants >= 0),
  position        INT     NOT NULL,
  PRIMARY KEY (municipality, reference_date)
);
