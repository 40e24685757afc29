-- Temporary tables that receive one import's values before they are merged into ref.
-- Inputs:  none.  Outputs: temp tables incoming_figures, incoming_population and incoming_peer_groups
--          (this connection only).
-- Columns as ref.national_figures, ref.population and ref.peer_groups without import_id.
CREATE OR REPLACE TEMP TABLE incoming_figures (
    indicator    VARCHAR NOT NULL,
    area         VARCHAR NOT NULL,
    year         VARCHAR NOT NULL,
    sex          VARCHAR NOT NULL,
    value        DOUBLE,
    unit         VARCHAR,
    source       VARCHAR NOT NULL,
    year_num     INTEGER,
    reference_id VARCHAR,
    domain       VARCHAR,
    geography    VARCHAR,
    qualifier    VARCHAR,
    source_quote VARCHAR,
    denominator  DOUBLE,
    age_group    VARCHAR NOT NULL
);
CREATE OR REPLACE TEMP TABLE incoming_population (
    municipality_code VARCHAR NOT NULL,
    year              INTEGER NOT NULL,
    sex               VARCHAR NOT NULL,
    age_group         VARCHAR NOT NULL,
    population        BIGINT NOT NULL,
    source            VARCHAR NOT NULL,
    derived           BOOLEAN NOT NULL
);
CREATE OR REPLACE TEMP TABLE incoming_peer_groups (
    group_id          VARCHAR NOT NULL,
    title             VARCHAR NOT NULL,
    municipality_code VARCHAR NOT NULL
);
