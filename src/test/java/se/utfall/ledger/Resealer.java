package se.utfall.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The attacker of the tests: someone who can write to the ledger's database and has read Utfall's
 * source, so knows how rows are sealed, but holds no key. After changing rows they recompute every
 * seal, the chain of runs and the signings' seals, exactly as Utfall would have without a key.
 */
public final class Resealer {
    private Resealer() {
    }

    /** Reseals every row as Utfall does without a key: length-framed fields, SHA-256 (scheme 2). */
    public static void withoutKey(Connection c) throws SQLException {
        reseal(c, new Seal(null), Seal.FRAMED);
    }

    /** Reseals every row as the first ledgers did: fields joined by 0x1f, SHA-256 (scheme 1). */
    public static void asVersionOne(Connection c) throws SQLException {
        reseal(c, new Seal(null), Seal.SEPARATED);
    }

    /** Reseals every row with a key of the attacker's own (HMAC, scheme 3): a guess at the real key. */
    public static void withKey(Connection c, byte[] key) throws SQLException {
        reseal(c, new Seal(LedgerKey.of(key, "attacker")), Seal.KEYED);
    }

    /** The hash the first ledgers gave a payment row: fields joined by the byte 0x1f. */
    public static String versionOnePayment(long runId, int seq, String contractId, int year, String clause,
                                           String subject, String payer, String payee, String kind, String amount,
                                           String reason) {
        return RowHashes.payment(new Seal(null), Seal.SEPARATED, runId, seq, contractId, year, clause, subject, payer,
                payee, kind, amount, reason);
    }

    /** The same payment row sealed as rows are sealed now without a key. */
    public static String framedPayment(long runId, int seq, String contractId, int year, String clause,
                                       String subject, String payer, String payee, String kind, String amount,
                                       String reason) {
        return RowHashes.payment(new Seal(null), Seal.FRAMED, runId, seq, contractId, year, clause, subject, payer,
                payee, kind, amount, reason);
    }

    /**
     * Makes every signing's terms hash match the files its rows now list, as someone who changed a
     * pinned file's hash (and stored a text under it) would, so the signing itself looks whole.
     */
    public static void repinSignings(Connection c) throws SQLException {
        java.util.Map<String, java.util.Map<String, SourceFile>> files = new java.util.TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT contract_id, seq, name, hash FROM signature_files")) {
            while (r.next()) {
                files.computeIfAbsent(r.getString(1) + "\u0000" + r.getInt(2), k -> new java.util.TreeMap<>())
                        .put(r.getString(3), new SourceFile(r.getString(3), r.getString(4), null));
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE signatures SET manifest_hash = ? WHERE contract_id = ?"
                + " AND seq = ?")) {
            for (var e : files.entrySet()) {
                String[] key = e.getKey().split("\u0000");
                u.setString(1, SourceManifest.of(e.getValue()).hash());
                u.setString(2, key[0]);
                u.setInt(3, Integer.parseInt(key[1]));
                u.executeUpdate();
            }
        }
    }

    private static void reseal(Connection c, Seal seal, int scheme) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        List<Long> runs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM runs ORDER BY id")) {
            while (r.next()) {
                runs.add(r.getLong(1));
            }
        }
        String prev = RowHashes.GENESIS;
        for (long id : runs) {
            StringBuilder rowHashes = new StringBuilder();
            try (PreparedStatement q = c.prepareStatement("SELECT seq, year, clause, subject, payer, payee, status,"
                    + " amount, reason, working, rule, phase FROM decision_lines WHERE run_id = ? ORDER BY seq");
                 PreparedStatement u = c.prepareStatement("UPDATE decision_lines SET row_hash = ? WHERE run_id = ?"
                         + " AND seq = ?")) {
                q.setLong(1, id);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        String h = RowHashes.line(seal, scheme, id, r.getInt(1), r.getInt(2), r.getString(3),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                r.getString(9), r.getString(10), r.getString(11), r.getString(12));
                        rowHashes.append(h);
                        u.setString(1, h);
                        u.setLong(2, id);
                        u.setInt(3, r.getInt(1));
                        u.executeUpdate();
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT seq, contract_id, year, clause, subject, payer,"
                    + " payee, kind, amount, reason FROM payments WHERE run_id = ? ORDER BY seq");
                 PreparedStatement u = c.prepareStatement("UPDATE payments SET row_hash = ? WHERE run_id = ?"
                         + " AND seq = ?")) {
                q.setLong(1, id);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        String h = RowHashes.payment(seal, scheme, id, r.getInt(1), r.getString(2), r.getInt(3),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                r.getString(9), r.getString(10));
                        rowHashes.append(h);
                        u.setString(1, h);
                        u.setLong(2, id);
                        u.setInt(3, r.getInt(1));
                        u.executeUpdate();
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT contract_id, as_of_year, recorded_at, engine,"
                    + " contract_hash, manifest_hash, measurements_hash, measurement_rows, terms, line_count,"
                    + " payment_count, signings, operator, host, utfall_version, command FROM runs WHERE id = ?");
                 PreparedStatement u = c.prepareStatement("UPDATE runs SET prev_hash = ?, row_hash = ?, hash_scheme = ?"
                         + " WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    String h = RowHashes.run(seal, scheme, prev, id, r.getString(1), r.getInt(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getInt(8),
                            r.getString(9), r.getInt(10), r.getInt(11), r.getString(12),
                            r.getString(13) == null ? null : new RunBy(r.getString(13), r.getString(14),
                                    r.getString(15), r.getString(16)),
                            Hashes.of(rowHashes.toString().getBytes(StandardCharsets.UTF_8)));
                    u.setString(1, prev);
                    u.setString(2, h);
                    u.setInt(3, scheme);
                    u.setLong(4, id);
                    u.executeUpdate();
                    prev = h;
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT k.id, k.contract_id, k.as_of_year, k.same_as_run,"
                + " r.row_hash, k.recorded_at, k.operator, k.host, k.utfall_version, k.command FROM run_checks k"
                + " JOIN runs r ON r.id = k.same_as_run");
             PreparedStatement u = c.prepareStatement("UPDATE run_checks SET row_hash = ?, hash_scheme = ? WHERE id = ?");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                u.setString(1, RowHashes.check(seal, scheme, r.getLong(1), r.getString(2), r.getInt(3), r.getLong(4),
                        r.getString(5), r.getString(6), new RunBy(r.getString(7), r.getString(8), r.getString(9),
                                r.getString(10))));
                u.setInt(2, scheme);
                u.setLong(3, r.getLong(1));
                u.executeUpdate();
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT contract_id, seq, kind, effective_year, reason,"
                + " recorded_at, manifest_hash FROM signatures");
             PreparedStatement u = c.prepareStatement("UPDATE signatures SET row_hash = ?, hash_scheme = ?"
                     + " WHERE contract_id = ? AND seq = ?");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                u.setString(1, RowHashes.signature(seal, scheme, r.getString(1), r.getInt(2), r.getString(3),
                        r.getInt(4), r.getString(5), r.getString(6), r.getString(7)));
                u.setInt(2, scheme);
                u.setString(3, r.getString(1));
                u.setInt(4, r.getInt(2));
                u.executeUpdate();
            }
        }
        c.commit();
        c.setAutoCommit(auto);
    }
}
