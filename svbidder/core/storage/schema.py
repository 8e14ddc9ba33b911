"""The workspace schema and its forward migrations.

A workspace is one SQLite file. ``PRAGMA user_version`` holds the schema version
and ``PRAGMA application_id`` marks the file as ours, so a stray SQLite file from
another program is never mistaken for a workspace. Each entry of ``MIGRATIONS``
takes a file from version N to N+1; they only ever run forwards, inside one
transaction, after a backup copy has been made.
"""

from __future__ import annotations

# "SVBD" in ASCII: lets us recognise our files from their first 100 bytes.
APPLICATION_ID = 0x53564244

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisation (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL DEFAULT '',
    legal_form      TEXT NOT NULL DEFAULT '',
    charity_number  TEXT NOT NULL DEFAULT '',
    company_number  TEXT NOT NULL DEFAULT '',
    area_served     TEXT NOT NULL DEFAULT '',
    staff_count     INTEGER,
    volunteer_count INTEGER,
    income_band     TEXT NOT NULL DEFAULT '',
    mission         TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE activity (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL DEFAULT 0,
    title          TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    beneficiaries  TEXT NOT NULL DEFAULT '',
    area           TEXT NOT NULL DEFAULT '',
    venue          TEXT NOT NULL DEFAULT '',
    volume_amount  REAL,
    volume_unit    TEXT NOT NULL DEFAULT '',
    volume_period  TEXT NOT NULL DEFAULT '',
    delivered_by   TEXT NOT NULL DEFAULT '',
    outcomes_text  TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE evidence_item (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL,
    title             TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL DEFAULT '',
    value             REAL,
    unit              TEXT NOT NULL DEFAULT '',
    period            TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    evidence_date     TEXT NOT NULL DEFAULT '',
    ratio             REAL,
    evaluator         TEXT NOT NULL DEFAULT '',
    personal_data     INTEGER NOT NULL DEFAULT 0,
    consent_recorded  INTEGER NOT NULL DEFAULT 0,
    last_checked      TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE activity_evidence (
    activity_id  INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    evidence_id  INTEGER NOT NULL REFERENCES evidence_item(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, evidence_id)
);

CREATE TABLE framework (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL DEFAULT '',
    name              TEXT NOT NULL DEFAULT '',
    publisher         TEXT NOT NULL DEFAULT '',
    version           TEXT NOT NULL DEFAULT '',
    as_at             TEXT NOT NULL DEFAULT '',
    source_address    TEXT NOT NULL DEFAULT '',
    licence_note      TEXT NOT NULL DEFAULT '',
    provisional_note  TEXT NOT NULL DEFAULT '',
    origin            TEXT NOT NULL DEFAULT 'custom',
    position          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE theme (
    id            INTEGER PRIMARY KEY,
    framework_id  INTEGER NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    ref           TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outcome (
    id           INTEGER PRIMARY KEY,
    theme_id     INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    ref          TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    guidance     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE measure (
    id              INTEGER PRIMARY KEY,
    outcome_id      INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL DEFAULT '',
    unit            TEXT NOT NULL DEFAULT '',
    value_per_unit  REAL
);

CREATE TABLE mapping (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    outcome_id   INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'suggested'
                 CHECK (status IN ('suggested', 'confirmed', 'rejected')),
    note         TEXT NOT NULL DEFAULT '',
    score        REAL,
    reason       TEXT NOT NULL DEFAULT '',
    UNIQUE (activity_id, outcome_id)
);

CREATE TABLE mapping_evidence (
    mapping_id   INTEGER NOT NULL REFERENCES mapping(id) ON DELETE CASCADE,
    evidence_id  INTEGER NOT NULL REFERENCES evidence_item(id) ON DELETE CASCADE,
    PRIMARY KEY (mapping_id, evidence_id)
);

CREATE TABLE bid (
    id                    INTEGER PRIMARY KEY,
    buyer                 TEXT NOT NULL DEFAULT '',
    contract_title        TEXT NOT NULL DEFAULT '',
    reference             TEXT NOT NULL DEFAULT '',
    contract_value        REAL,
    duration_months       INTEGER,
    deadline              TEXT NOT NULL DEFAULT '',
    framework_id          INTEGER REFERENCES framework(id) ON DELETE SET NULL,
    sv_weighting_percent  REAL,
    status                TEXT NOT NULL DEFAULT 'drafting',
    portal                TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    export_options        TEXT NOT NULL DEFAULT '{}',
    created_at            TEXT NOT NULL DEFAULT '',
    updated_at            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE question (
    id                 INTEGER PRIMARY KEY,
    bid_id             INTEGER NOT NULL REFERENCES bid(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL DEFAULT 0,
    ref                TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL DEFAULT '',
    guidance           TEXT NOT NULL DEFAULT '',
    limit_kind         TEXT,
    limit_value        REAL,
    page_paper         TEXT NOT NULL DEFAULT '',
    page_font          TEXT NOT NULL DEFAULT '',
    page_font_size     REAL,
    page_margin_mm     REAL,
    marks              REAL,
    weighting_percent  REAL
);

CREATE TABLE question_outcome (
    question_id  INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    outcome_id   INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, outcome_id)
);

CREATE TABLE answer (
    id              INTEGER PRIMARY KEY,
    question_id     INTEGER NOT NULL UNIQUE REFERENCES question(id) ON DELETE CASCADE,
    body_markdown   TEXT NOT NULL DEFAULT '',
    prompt_answers  TEXT NOT NULL DEFAULT '{}',
    updated_at      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE revision (
    id             INTEGER PRIMARY KEY,
    answer_id      INTEGER NOT NULL REFERENCES answer(id) ON DELETE CASCADE,
    created_at     TEXT NOT NULL DEFAULT '',
    label          TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL DEFAULT '',
    body_markdown  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE commitment (
    id                   INTEGER PRIMARY KEY,
    bid_id               INTEGER NOT NULL REFERENCES bid(id) ON DELETE CASCADE,
    question_id          INTEGER REFERENCES question(id) ON DELETE SET NULL,
    outcome_id           INTEGER REFERENCES outcome(id) ON DELETE SET NULL,
    measure_id           INTEGER REFERENCES measure(id) ON DELETE SET NULL,
    position             INTEGER NOT NULL DEFAULT 0,
    measure_text         TEXT NOT NULL DEFAULT '',
    target               REAL,
    unit                 TEXT NOT NULL DEFAULT '',
    timeframe            TEXT NOT NULL DEFAULT '',
    baseline             TEXT NOT NULL DEFAULT '',
    owner                TEXT NOT NULL DEFAULT '',
    evidence_method      TEXT NOT NULL DEFAULT '',
    reporting_frequency  TEXT NOT NULL DEFAULT '',
    value_per_unit       REAL
);

CREATE TABLE delivery_record (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    period_label   TEXT NOT NULL DEFAULT '',
    period_start   TEXT NOT NULL DEFAULT '',
    period_end     TEXT NOT NULL DEFAULT '',
    achieved       REAL,
    note           TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX theme_by_framework ON theme(framework_id, position);
CREATE INDEX outcome_by_theme ON outcome(theme_id, position);
CREATE INDEX measure_by_outcome ON measure(outcome_id, position);
CREATE INDEX question_by_bid ON question(bid_id, position);
CREATE INDEX revision_by_answer ON revision(answer_id, created_at);
CREATE INDEX commitment_by_bid ON commitment(bid_id, position);
CREATE INDEX delivery_by_commitment ON delivery_record(commitment_id);
CREATE INDEX mapping_by_outcome ON mapping(outcome_id);

INSERT INTO organisation (id) VALUES (1);
"""

# Version 2: delivery after a bid is won (issue 18). A contract holds the won
# bid's dates, reporting frequency and rating thresholds; each delivery_record
# becomes one commitment in one reporting period, with its planned target and
# what was delivered, how it is evidenced and what is done about a shortfall.
_V2 = """
CREATE TABLE contract (
    id                        INTEGER PRIMARY KEY,
    bid_id                    INTEGER NOT NULL UNIQUE REFERENCES bid(id) ON DELETE CASCADE,
    start_date                TEXT NOT NULL DEFAULT '',
    end_date                  TEXT NOT NULL DEFAULT '',
    frequency                 TEXT NOT NULL DEFAULT 'quarterly',
    good_from_percent         REAL NOT NULL DEFAULT 100,
    approaching_from_percent  REAL NOT NULL DEFAULT 90,
    improvement_from_percent  REAL NOT NULL DEFAULT 70,
    created_at                TEXT NOT NULL DEFAULT '',
    updated_at                TEXT NOT NULL DEFAULT ''
);

ALTER TABLE delivery_record ADD COLUMN period_number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE delivery_record ADD COLUMN planned REAL;
ALTER TABLE delivery_record ADD COLUMN evidence_note TEXT NOT NULL DEFAULT '';
ALTER TABLE delivery_record ADD COLUMN shortfall_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE delivery_record ADD COLUMN recovery_action TEXT NOT NULL DEFAULT '';
ALTER TABLE delivery_record ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE delivery_record ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

CREATE TABLE delivery_evidence (
    delivery_id  INTEGER NOT NULL REFERENCES delivery_record(id) ON DELETE CASCADE,
    evidence_id  INTEGER NOT NULL REFERENCES evidence_item(id) ON DELETE CASCADE,
    PRIMARY KEY (delivery_id, evidence_id)
);

CREATE INDEX delivery_by_period ON delivery_record(commitment_id, period_number);
"""

# MIGRATIONS[n] takes a file from version n to n + 1 (version 0 is an empty file).
MIGRATIONS: list[str] = [_V1, _V2]

CURRENT_VERSION = len(MIGRATIONS)
