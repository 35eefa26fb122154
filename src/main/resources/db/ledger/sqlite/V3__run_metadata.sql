-- Who ran each run, from where, with which Utfall and which command line (recorded_at was already
-- UTC). Runs written before this version have NULL here and keep the seal they were written with;
-- a run with these fields has them inside its seal (see RowHashes.run), so an auditor can trust them.
ALTER TABLE runs ADD COLUMN operator TEXT;
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN utfall_version TEXT;
ALTER TABLE runs ADD COLUMN command TEXT;

-- The folder a signing was made from (absolute), so a second folder that reuses a signed contract id
-- is told apart from the signed folder changed. NULL for signings made before this version.
ALTER TABLE signatures ADD COLUMN folder TEXT;

-- A rerun that found nothing new: who ran it, where and when, and the run whose inputs, terms and
-- decisions it found unchanged. One small row instead of a copy of that run's lines and measurements.
-- Sealed on its own, over its fields and the seal of the run it confirms (see RowHashes.check).
CREATE TABLE run_checks (
  id             INTEGER PRIMARY KEY,
  contract_id    TEXT    NOT NULL,
  as_of_year     INTEGER NOT NULL,
  same_as_run    INTEGER NOT NULL,
  recorded_at    TEXT    NOT NULL,
  operator       TEXT    NOT NULL,
  host           TEXT    NOT NULL,
  utfall_version TEXT    NOT NULL,
  command        TEXT    NOT NULL,
  hash_scheme    INTEGER NOT NULL,
  row_hash       TEXT    NOT NULL
);
CREATE INDEX run_checks_by_contract ON run_checks (contract_id, id);
