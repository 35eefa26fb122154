-- Seals that say how they were made, runs that name the signings they were decided under, and the
-- record of a ledger key (see README "What the ledger protects, with and without the key").
-- Rows written before this version keep hash scheme 1 (fields joined by a separator byte) and still
-- verify; new rows use scheme 2 (length-framed fields, SHA-256) or 3 (HMAC-SHA256 with the key).
ALTER TABLE runs ADD COLUMN hash_scheme INTEGER NOT NULL DEFAULT 1;
-- Each signing in force when the run was made, with the hash of its pinned files: "1=<sha256>;2=<sha256>".
ALTER TABLE runs ADD COLUMN signings TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN hash_scheme INTEGER NOT NULL DEFAULT 1;

-- At most one row: the ledger is keyed. key_id is an HMAC of a constant under the key (it names the
-- key without revealing it); runs from first_run on must be sealed with the key; signings_before is
-- the digest of the signings sealed without a key when the key came; seal is an HMAC over the row.
CREATE TABLE ledger_key (
  key_id          TEXT    PRIMARY KEY,
  first_run       BIGINT  NOT NULL,
  signings_before TEXT    NOT NULL,
  recorded_at     TEXT    NOT NULL,
  seal            TEXT    NOT NULL
);
