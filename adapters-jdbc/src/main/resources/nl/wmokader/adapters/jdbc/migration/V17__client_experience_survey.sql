-- The client experience survey (ADR 15): invitations, and apart from them the responses. No key, no
-- column and no foreign key joins the two: a response has an identifier of its own (random, made
-- apart from the invitation's) and the month it was answered in, never the invitation's id, source,
-- day or time, so that a response cannot be traced to the client who gave it. Neither table holds a
-- BSN. Enums are kept by name; a refusal grants nothing, so its category and form are NULL.

CREATE TABLE wmo_survey_invitation (
  id           UUID         NOT NULL PRIMARY KEY,
  source_kind  VARCHAR(20)  NOT NULL,
  source_id    UUID         NOT NULL,
  member       CHAR(4)      NOT NULL,
  category     VARCHAR(40),
  form         VARCHAR(20),
  age_band     VARCHAR(20)  NOT NULL,
  occasion     VARCHAR(20)  NOT NULL,
  invited_on   DATE         NOT NULL,
  answered     BOOLEAN      NOT NULL,
  version      BIGINT       NOT NULL,
  -- one invitation per source (a decision's indication, an ended assignment)
  CONSTRAINT wmo_survey_invitation_source UNIQUE (source_kind, source_id)
);

-- answered_month is the first day of the month answered in: the month and nothing finer.
CREATE TABLE wmo_survey_response (
  id              UUID         NOT NULL PRIMARY KEY,
  answered_month  DATE         NOT NULL,
  member          CHAR(4)      NOT NULL,
  category        VARCHAR(40),
  form            VARCHAR(20),
  age_band        VARCHAR(20)  NOT NULL,
  occasion        VARCHAR(20)  NOT NULL,
  CHECK (EXTRACT(DAY FROM answered_month) = 1)
);

-- The results of a period read its months' responses.
CREATE INDEX wmo_survey_response_month ON wmo_survey_response (answered_month);

-- A response's answers, a row per question answered: a statement's point on the scale ('1'..'5',
-- 'nvt') or an open question's text, never both.
CREATE TABLE wmo_survey_answer (
  response_id  UUID           NOT NULL REFERENCES wmo_survey_response (id),
  question     VARCHAR(40)    NOT NULL,
  score        VARCHAR(3),
  answer_text  VARCHAR(10000),
  PRIMARY KEY (response_id, question),
  CHECK ((score IS NULL) <> (answer_text IS NULL))
);
