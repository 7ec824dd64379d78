-- Assignments (iWmo 301) with the provider's delivery start and stop (305/307). The indication is
-- referred to by id only: no foreign key across subdomains. Deleted assignments stay, status DELETED.
CREATE TABLE wmo_assignment (
  id                UUID         NOT NULL PRIMARY KEY,
  indication_id     UUID         NOT NULL,
  client            CHAR(9)      NOT NULL,
  responsible       CHAR(4)      NOT NULL,
  attributed_to     CHAR(4),
  provider          CHAR(8)      NOT NULL,
  assignment_type   VARCHAR(20)  NOT NULL,
  category          VARCHAR(60)  NOT NULL,
  product           VARCHAR(5),
  volume_quantity   BIGINT,
  volume_unit       VARCHAR(20),
  volume_frequency  VARCHAR(20),
  start_date        DATE         NOT NULL,
  end_date          DATE,
  assigned_on       DATE         NOT NULL,
  delivery_start    DATE,
  stop_date         DATE,
  stop_reason       VARCHAR(40),
  status            VARCHAR(20)  NOT NULL,
  replaces          UUID,
  version           BIGINT       NOT NULL,
  CONSTRAINT wmo_assignment_volume_whole CHECK (
    (volume_quantity IS NULL AND volume_unit IS NULL AND volume_frequency IS NULL)
    OR (volume_quantity > 0 AND volume_unit IS NOT NULL AND volume_frequency IS NOT NULL)),
  CONSTRAINT wmo_assignment_stop_whole CHECK ((stop_date IS NULL) = (stop_reason IS NULL)),
  CONSTRAINT wmo_assignment_end_after_start CHECK (end_date IS NULL OR end_date >= start_date)
);

-- The rules look up a client's assignments; lists go by provider, municipality or indication.
CREATE INDEX wmo_assignment_client ON wmo_assignment (client);
CREATE INDEX wmo_assignment_provider ON wmo_assignment (provider, start_date);
CREATE INDEX wmo_assignment_responsible ON wmo_assignment (responsible, start_date);
CREATE INDEX wmo_assignment_attributed ON wmo_assignment (attributed_to);
CREATE INDEX wmo_assignment_indication ON wmo_assignment (indication_id);
