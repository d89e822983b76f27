"""Numbered schema migrations for the DuckDB store.

``MIGRATIONS[i]`` upgrades a database from schema version ``i`` to ``i + 1``.  Append new
scripts at the end; never edit one that has shipped (a database that already ran it would
not run the new text).  :meth:`caravanwatch.store.Store.open` applies the missing ones in
order, each in its own transaction together with its ``schema_version`` row.

Field names follow ``../shared/annotation/GUIDELINES.md`` where it defines them; every
extracted row also carries its article id, character offsets and the extractor name.
"""

from __future__ import annotations

SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL
);
"""

# 1: the ingest stage: articles, inputs that were skipped, and a log of runs.
_V1_INGEST = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published DATE,
    published_basis VARCHAR NOT NULL DEFAULT 'unknown',
    language VARCHAR,
    text VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    encoding VARCHAR,
    duplicate_of VARCHAR,
    notes VARCHAR[],
    ingested_at TIMESTAMP NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE skipped (
    source VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    detail VARCHAR,
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (source, reason)
);

CREATE SEQUENCE runs_id_seq START 1;
CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY DEFAULT nextval('runs_id_seq'),
    command VARCHAR NOT NULL,
    started TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    counts JSON
);
"""

# 2: persisted MinHash signatures, so a later run finds duplicates of stored articles.
_V2_MINHASH = """
CREATE TABLE minhash (
    article_id VARCHAR PRIMARY KEY,
    num_perm INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    scheme VARCHAR NOT NULL,
    signature BLOB NOT NULL
);
"""

# 3: the extract stage (issues 3 and 4): one status row per article and its outputs.
_V3_EXTRACT = """
CREATE TABLE extractions (
    article_id VARCHAR PRIMARY KEY,
    status VARCHAR NOT NULL,
    reason VARCHAR,
    extractor_version VARCHAR,
    labels VARCHAR[],
    extracted_at TIMESTAMP NOT NULL
);

CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    modality VARCHAR NOT NULL,
    date DATE,
    place VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    size BIGINT,
    size_qualifier VARCHAR,
    origin VARCHAR[],
    evidence VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    trigger VARCHAR,
    extractor VARCHAR
);
CREATE INDEX events_article ON events (article_id);

CREATE TABLE figures (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    qualifier VARCHAR,
    unit VARCHAR NOT NULL,
    measure VARCHAR,
    subject VARCHAR,
    period VARCHAR,
    source VARCHAR,
    evidence VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    extractor VARCHAR
);
CREATE INDEX figures_article ON figures (article_id);

CREATE TABLE quotes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    speaker VARCHAR,
    role VARCHAR,
    text VARCHAR NOT NULL,
    start_words VARCHAR,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    extractor VARCHAR
);
CREATE INDEX quotes_article ON quotes (article_id);
"""

# 4: the link stage (issue 5): happenings and their reports, caravans, day-by-day track
# points with their size claims, and the user's corrections.  Every table but
# ``corrections`` is rebuilt in one transaction by each ``link``; corrections are never
# cleared and are replayed in ``seq`` order.
_V4_LINK = """
CREATE TABLE happenings (
    id VARCHAR PRIMARY KEY,
    type VARCHAR NOT NULL,
    modality VARCHAR NOT NULL,
    date DATE,
    place VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    size_low BIGINT,
    size_high BIGINT,
    origin VARCHAR[]
);

CREATE TABLE happening_reports (
    happening_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    event_id VARCHAR,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    event_type VARCHAR NOT NULL,
    size BIGINT,
    size_qualifier VARCHAR
);
CREATE INDEX happening_reports_happening ON happening_reports (happening_id);

CREATE TABLE caravans (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    origin_place VARCHAR,
    origin_country VARCHAR,
    start_date DATE,
    end_date DATE,
    nationalities VARCHAR[]
);

CREATE TABLE caravan_happenings (
    caravan_id VARCHAR NOT NULL,
    happening_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (caravan_id, happening_id)
);

CREATE TABLE track_points (
    caravan_id VARCHAR NOT NULL,
    date DATE NOT NULL,
    lat DOUBLE NOT NULL,
    lon DOUBLE NOT NULL,
    place VARCHAR,
    country VARCHAR,
    kind VARCHAR NOT NULL,
    size_low BIGINT,
    size_high BIGINT,
    sources VARCHAR[],
    outlets VARCHAR[],
    happening_ids VARCHAR[],
    conflict BOOLEAN NOT NULL DEFAULT false,
    conflict_detail VARCHAR,
    along_road BOOLEAN,
    PRIMARY KEY (caravan_id, date)
);

CREATE TABLE size_claims (
    caravan_id VARCHAR NOT NULL,
    date DATE NOT NULL,
    article_id VARCHAR NOT NULL,
    outlet VARCHAR,
    size BIGINT NOT NULL,
    qualifier VARCHAR,
    happening_id VARCHAR NOT NULL
);
CREATE INDEX size_claims_point ON size_claims (caravan_id, date);

CREATE SEQUENCE corrections_seq START 1;
CREATE TABLE corrections (
    seq INTEGER PRIMARY KEY DEFAULT nextval('corrections_seq'),
    op VARCHAR NOT NULL CHECK (op IN ('merge', 'split')),
    happening_id VARCHAR,
    into_happening_id VARCHAR,
    happening_ids VARCHAR[],
    name VARCHAR,
    created_at TIMESTAMP NOT NULL
);
"""

MIGRATIONS: list[str] = [_V1_INGEST, _V2_MINHASH, _V3_EXTRACT, _V4_LINK]
"""Ordered migration scripts; the schema version of a database is how many it ran."""

LATEST_VERSION: int = len(MIGRATIONS)

TABLES: tuple[str, ...] = (
    "articles", "skipped", "runs", "minhash", "extractions", "events", "figures", "quotes",
    "happenings", "happening_reports", "caravans", "caravan_happenings", "track_points",
    "size_claims", "corrections",
)
"""Tables that ``export`` and ``counts`` accept (identifiers cannot be SQL parameters)."""
