package se.utfall.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;

/**
 * Whether a ledger is keyed, and with which key: the row in ledger_key. It names the key by an HMAC
 * of a constant (so a wrong key is told apart from tampering everywhere), the first run that must be
 * sealed with the key, and a digest of the signings that were sealed without it when the key came;
 * the row itself is sealed with the key.
 */
record KeyRecord(String keyId, long firstRun, String signingsBefore, String recordedAt, String seal) {

    /** What is known about a ledger's key: its record (null if none) and what is wrong with it. */
    record State(KeyRecord record, boolean keyedRows, boolean keyGiven, List<String> problems) {
        /** A key was given to a ledger that has none yet: the next write keys it. */
        boolean awaitingKey() {
            return keyGiven && record == null && !keyedRows;
        }
    }

    /**
     * Reads the key record and compares it with the key given. Without a key, a keyed ledger is
     * refused outright (nothing about it can be checked); with the wrong key too. Anything else that
     * is wrong is returned as a problem: tampering for the verifier to report and a writer to refuse.
     */
    static State state(Connection c, LedgerKey key, String ledger) throws SQLException {
        List<KeyRecord> records = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT key_id, first_run, signings_before, recorded_at, seal"
                     + " FROM ledger_key ORDER BY key_id")) {
            while (r.next()) {
                records.add(new KeyRecord(r.getString(1), r.getLong(2), r.getString(3), r.getString(4),
                        r.getString(5)));
            }
        }
        boolean keyedRows = keyedRows(c);
        KeyRecord record = records.isEmpty() ? null : records.get(0);
        if (key == null) {
            if (record != null || keyedRows) {
                throw new BadInput(List.of(LedgerKey.needed("ledger " + ledger)));
            }
            return new State(null, false, false, List.of());
        }
        List<String> problems = new ArrayList<>();
        if (record == null) {
            if (keyedRows) {
                problems.add("rows are sealed with a key but the ledger's key record is gone: it was deleted, and"
                        + " seals may have been replaced by ones made without the key.");
            }
            return new State(null, keyedRows, true, problems);
        }
        if (records.stream().noneMatch(k -> k.keyId().equals(key.id()))) {
            throw new BadInput(List.of(new Problem("ledger " + ledger, 0, "the key given is not this ledger's key"
                    + " (the ledger's key id is " + Hashes.shortly(record.keyId()) + "…, the given key's is "
                    + Hashes.shortly(key.id()) + "…); give the key the ledger was keyed with.")));
        }
        if (records.size() > 1) {
            problems.add("the ledger holds " + records.size() + " key records; Utfall writes one: the others were"
                    + " added behind its back.");
            record = records.stream().filter(k -> k.keyId().equals(key.id())).findFirst().orElseThrow();
        }
        if (!record.expectedSeal(key).equals(record.seal())) {
            problems.add("the key record (keyed from run " + record.firstRun() + ") does not match its seal: it was"
                    + " altered.");
        }
        return new State(record, keyedRows, true, problems);
    }

    private String expectedSeal(LedgerKey key) {
        return key.mac(Hashes.framed("ledger-key", keyId, firstRun, signingsBefore, recordedAt));
    }

    private static boolean keyedRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM runs WHERE hash_scheme = " + Seal.KEYED
                     + ") + (SELECT COUNT(*) FROM signatures WHERE hash_scheme = " + Seal.KEYED + ")")) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    /** Keys the ledger from its next run on, freezing the signings sealed without a key so far. */
    static KeyRecord record(Connection c, LedgerKey key) throws SQLException {
        long firstRun;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(id) FROM runs")) {
            firstRun = (r.next() ? r.getLong(1) : 0) + 1;
        }
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        KeyRecord unsealed = new KeyRecord(key.id(), firstRun, unkeyedSignings(c), at, "");
        KeyRecord k = new KeyRecord(key.id(), firstRun, unsealed.signingsBefore(), at, unsealed.expectedSeal(key));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_key (key_id, first_run, signings_before,"
                + " recorded_at, seal) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, k.keyId());
            s.setLong(2, k.firstRun());
            s.setString(3, k.signingsBefore());
            s.setString(4, k.recordedAt());
            s.setString(5, k.seal());
            s.executeUpdate();
        }
        return k;
    }

    /** A digest of every signing sealed without the key: which, and their seals. */
    static String unkeyedSignings(Connection c) throws SQLException {
        List<Object> fields = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT contract_id, seq, row_hash FROM signatures WHERE hash_scheme < "
                     + Seal.KEYED + " ORDER BY contract_id, seq")) {
            while (r.next()) {
                fields.add(r.getString(1));
                fields.add(r.getInt(2));
                fields.add(r.getString(3));
            }
        }
        return Hashes.ofFramed(fields.toArray());
    }
}
