package se.utfall.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;

/** Writes one run (inputs, decision lines, payments) inside the caller's transaction, chained to the last. */
final class RunWriter {
    private RunWriter() {
    }

    static long write(Connection c, Seal seal, Settlement s, TermsInForce terms, String signings,
                      MeasurementSet inputs, SourceManifest manifest, List<Payment> payments, RunBy by)
            throws SQLException {
        int scheme = seal.writing();
        long id;
        String prev;
        try (PreparedStatement st = c.prepareStatement("SELECT id, row_hash FROM runs ORDER BY id DESC LIMIT 1");
             ResultSet r = st.executeQuery()) {
            id = r.next() ? r.getLong(1) + 1 : 1;
            prev = id == 1 ? RowHashes.GENESIS : r.getString(2);
        }
        Sources.store(c, inputs.hash(), inputs.text().getBytes(StandardCharsets.UTF_8));
        String contractId = s.contract().id();
        StringBuilder rowHashes = new StringBuilder();
        boolean numeric = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision_lines (run_id, seq, year, clause, subject,"
                + " payer, payee, status, amount, reason, working, rule, phase, row_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (DecisionLine l : s.lines()) {
                seq++;
                String amount = l.amount().toPlainString();
                String hash = RowHashes.line(seal, scheme, id, seq, l.year(), l.clause(), l.subject(), l.payer(), l.payee(),
                        l.status().name(), amount, l.reason(), l.working(), l.rule(), l.phase());
                rowHashes.append(hash);
                ps.setLong(1, id);
                ps.setInt(2, seq);
                ps.setInt(3, l.year());
                ps.setString(4, l.clause());
                ps.setString(5, l.subject());
                ps.setString(6, l.payer());
                ps.setString(7, l.payee());
                ps.setString(8, l.status().name());
                bindAmount(ps, 9, amount, numeric);
                ps.setString(10, l.reason());
                ps.setString(11, l.working());
                ps.setString(12, l.rule());
                ps.setString(13, l.phase());
                ps.setString(14, hash);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO payments (run_id, seq, contract_id, year, clause,"
                + " subject, payer, payee, kind, amount, reason, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Payment p : payments) {
                seq++;
                PaymentKey k = p.key();
                String amount = p.amount().toPlainString();
                String hash = RowHashes.payment(seal, scheme, id, seq, contractId, k.year(), k.clause(), k.subject(), k.payer(),
                        k.payee(), p.kind(), amount, p.reason());
                rowHashes.append(hash);
                ps.setLong(1, id);
                ps.setInt(2, seq);
                ps.setString(3, contractId);
                ps.setInt(4, k.year());
                ps.setString(5, k.clause());
                ps.setString(6, k.subject());
                ps.setString(7, k.payer());
                ps.setString(8, k.payee());
                ps.setString(9, p.kind());
                bindAmount(ps, 10, amount, numeric);
                ps.setString(11, p.reason());
                ps.setString(12, hash);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String termsText = terms.render();
        String hash = RowHashes.run(seal, scheme, prev, id, contractId, s.asOfYear(), at, EngineVersion.VALUE,
                manifest.contractHash(), manifest.hash(), inputs.hash(), inputs.rows(), termsText, s.lines().size(),
                payments.size(), signings, by, Hashes.of(rowHashes.toString().getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, contract_id, as_of_year, recorded_at,"
                + " engine, contract_hash, manifest_hash, measurements_hash, measurement_rows, terms, line_count,"
                + " payment_count, prev_hash, row_hash, hash_scheme, signings, operator, host, utfall_version, command)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, contractId);
            ps.setInt(3, s.asOfYear());
            ps.setString(4, at);
            ps.setString(5, EngineVersion.VALUE);
            ps.setString(6, manifest.contractHash());
            ps.setString(7, manifest.hash());
            ps.setString(8, inputs.hash());
            ps.setInt(9, inputs.rows());
            ps.setString(10, termsText);
            ps.setInt(11, s.lines().size());
            ps.setInt(12, payments.size());
            ps.setString(13, prev);
            ps.setString(14, hash);
            ps.setInt(15, scheme);
            ps.setString(16, signings);
            ps.setString(17, by.operator());
            ps.setString(18, by.host());
            ps.setString(19, by.version());
            ps.setString(20, by.command());
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * Records a rerun that found nothing new: one small row naming the run it found unchanged,
     * instead of another copy of that run's decision lines and measurements.
     */
    static long writeCheck(Connection c, Seal seal, String contractId, int asOfYear, long sameAsRun,
                           String sameAsRunHash, RunBy by) throws SQLException {
        int scheme = seal.writing();
        long id;
        try (PreparedStatement st = c.prepareStatement("SELECT MAX(id) FROM run_checks"); ResultSet r = st.executeQuery()) {
            id = r.next() ? r.getLong(1) + 1 : 1;
        }
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String hash = RowHashes.check(seal, scheme, id, contractId, asOfYear, sameAsRun, sameAsRunHash, at, by);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_checks (id, contract_id, as_of_year,"
                + " same_as_run, recorded_at, operator, host, utfall_version, command, hash_scheme, row_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, contractId);
            ps.setInt(3, asOfYear);
            ps.setLong(4, sameAsRun);
            ps.setString(5, at);
            ps.setString(6, by.operator());
            ps.setString(7, by.host());
            ps.setString(8, by.version());
            ps.setString(9, by.command());
            ps.setInt(10, scheme);
            ps.setString(11, hash);
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * An amount, as the exact text its row hash was computed over. PostgreSQL gets it untyped, so the
     * server reads it into the column's type (NUMERIC since V4, keeping its scale; TEXT before) and
     * gives the same text back; SQLite stores the text.
     */
    private static void bindAmount(PreparedStatement ps, int index, String amount, boolean numeric)
            throws SQLException {
        if (numeric) {
            ps.setObject(index, amount, java.sql.Types.OTHER);
        } else {
            ps.setString(index, amount);
        }
    }
}
