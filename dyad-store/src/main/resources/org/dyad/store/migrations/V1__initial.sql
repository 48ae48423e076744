-- Dyad schema, version 1. Portable SQL: the same file runs on DuckDB and PostgreSQL.
CREATE TABLE runs (
  id BIGINT PRIMARY KEY,
  command TEXT NOT NULL,
  inputs TEXT NOT NULL,
  dictionary TEXT NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP
);

-- One row per stored article; id is derived from the article's content.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  seq BIGINT NOT NULL,
  source_id TEXT NOT NULL,
  published DATE NOT NULL,
  source TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  url TEXT NOT NULL,
  language TEXT NOT NULL,
  fingerprint BIGINT NOT NULL,
  run_id BIGINT NOT NULL
);

-- Each sentence's parse as CoNLL-U (part: body or title), for re-coding without re-parsing.
CREATE TABLE sentences (
  article_id TEXT NOT NULL,
  part TEXT NOT NULL,
  idx INTEGER NOT NULL,
  conllu TEXT NOT NULL,
  PRIMARY KEY (article_id, part, idx)
);

-- One row per coded event (actor lists in event_actors).
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  from_title BOOLEAN NOT NULL,
  sentence_text TEXT NOT NULL,
  cameo TEXT NOT NULL,
  code_name TEXT NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  plover_event TEXT NOT NULL,
  plover_mode TEXT NOT NULL,
  plover_context TEXT NOT NULL,
  event_date DATE NOT NULL,
  date_precision TEXT NOT NULL,
  date_expression TEXT NOT NULL,
  date_method TEXT NOT NULL,
  modality TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  pattern TEXT NOT NULL,
  dictionary TEXT NOT NULL,
  coder TEXT NOT NULL,
  coded_at TIMESTAMP NOT NULL,
  notes TEXT NOT NULL
);

CREATE TABLE event_actors (
  event_id TEXT NOT NULL,
  role TEXT NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  mention TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  resolution TEXT NOT NULL,
  PRIMARY KEY (event_id, role, position)
);

-- Events expanded to dyads: what counts, series, clusters and exports read.
CREATE TABLE dyads (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  article_seq BIGINT NOT NULL,
  sentence INTEGER NOT NULL,
  source TEXT NOT NULL,
  source_country TEXT NOT NULL,
  target TEXT NOT NULL,
  target_country TEXT NOT NULL,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  event_date DATE NOT NULL,
  article_source TEXT NOT NULL
);
CREATE INDEX dyads_pair ON dyads (source_country, target_country, event_date);
CREATE INDEX dyads_date ON dyads (event_date);

-- Every input document of every run, with what became of it.
CREATE TABLE outcomes (
  run_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  input TEXT NOT NULL,
  article_id TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (run_id, position)
);
