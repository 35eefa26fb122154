-- The ledger: what was signed, what each run decided, and what was paid.
-- Amounts are exact decimal strings (never REAL); every run row carries a hash chained to the one
-- before it, over its own fields and the hashes of its lines and payments (see verify-ledger).

-- Content-addressed texts: signed contract and rule files, and the measurement rows of each run.
CREATE TABLE sources (
  hash    TEXT PRIMARY KEY,
  content BLOB NOT NULL
);

-- A signing (seq 1) or an amendment (seq 2, 3, ...): the terms in force from effective_year on.
CREATE TABLE signatures (
  contract_id    TEXT    NOT NULL,
  seq            INTEGER NOT NULL,
  kind           TEXT    NOT NULL,
  effective_year INTEGER NOT NULL,
  reason         TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL,
  manifest_hash  TEXT    NOT NULL,
  row_hash       TEXT    NOT NULL,
  PRIMARY KEY (contract_id, seq)
);

-- Each file a signing pinned: its name in the contract folder or clause library, and its hash.
CREATE TABLE signature_files (
  contract_id TEXT    NOT NULL,
  seq         INTEGER NOT NULL,
  name        TEXT    NOT NULL,
  hash        TEXT    NOT NULL,
  PRIMARY KEY (contract_id, seq, name)
);

CREATE TABLE runs (
  id                INTEGER PRIMARY KEY,
  contract_id       TEXT    NOT NULL,
  as_of_year        INTEGER NOT NULL,
  recorded_at       TEXT    NOT NULL,
  engine            TEXT    NOT NULL,
  contract_hash     TEXT    NOT NULL,
  manifest_hash     TEXT    NOT NULL,
  measurements_hash TEXT    NOT NULL,
  measurement_rows  INTEGER NOT NULL,
  terms             TEXT    NOT NULL,
  line_count        INTEGER NOT NULL,
  payment_count     INTEGER NOT NULL,
  prev_hash         TEXT    NOT NULL,
  row_hash          TEXT    NOT NULL
);
CREATE INDEX runs_by_contract ON runs (contract_id, id);

CREATE TABLE decision_lines (
  run_id   INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  year     INTEGER NOT NULL,
  clause   TEXT    NOT NULL,
  subject  TEXT    NOT NULL,
  payer    TEXT    NOT NULL,
  payee    TEXT    NOT NULL,
  status   TEXT    NOT NULL,
  amount   TEXT    NOT NULL,
  reason   TEXT    NOT NULL,
  working  TEXT    NOT NULL,
  rule     TEXT    NOT NULL,
  phase    TEXT    NOT NULL,
  row_hash TEXT    NOT NULL,
  PRIMARY KEY (run_id, seq)
);

-- What a run paid: the difference between what it decided and what earlier runs had paid.
CREATE TABLE payments (
  run_id      INTEGER NOT NULL,
  seq         INTEGER NOT NULL,
  contract_id TEXT    NOT NULL,
  year        INTEGER NOT NULL,
  clause      TEXT    NOT NULL,
  subject     TEXT    NOT NULL,
  payer       TEXT    NOT NULL,
  payee       TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  amount      TEXT    NOT NULL,
  reason      TEXT    NOT NULL,
  row_hash    TEXT    NOT NULL,
  PRIMARY KEY (run_id, seq)
);
CREATE INDEX payments_by_contract ON payments (contract_id, year);
