package se.utfall.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that nothing in the ledger was changed behind Utfall's back: every decision line and
 * payment against its own hash, every run against its hash and the chain of runs, every signing
 * against its files, and every stored text against the hash it is stored under.
 */
public final class LedgerVerifier {
    /** What verification found: problems (empty when intact) and a summary. */
    public record Result(List<String> problems, String summary) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private LedgerVerifier() {
    }

    public static Result verify(Ledger ledger) {
        return ledger.read(LedgerVerifier::verify);
    }

    private static Result verify(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        int runs = 0;
        int lines = 0;
        int payments = 0;
        try (Statement rs = c.createStatement(); Statement ls = c.createStatement(); Statement ps = c.createStatement();
             ResultSet run = rs.executeQuery("SELECT id, contract_id, as_of_year, recorded_at, engine, contract_hash,"
                     + " manifest_hash, measurements_hash, measurement_rows, terms, line_count, payment_count,"
                     + " prev_hash, row_hash FROM runs ORDER BY id");
             ResultSet line = ls.executeQuery("SELECT run_id, seq, year, clause, subject, payer, payee, status, amount,"
                     + " reason, working, rule, phase, row_hash FROM decision_lines ORDER BY run_id, seq");
             ResultSet pay = ps.executeQuery("SELECT run_id, seq, contract_id, year, clause, subject, payer, payee,"
                     + " kind, amount, reason, row_hash FROM payments ORDER BY run_id, seq")) {
            boolean moreLines = line.next();
            boolean morePays = pay.next();
            String prev = RowHashes.GENESIS;
            while (run.next()) {
                runs++;
                long id = run.getLong(1);
                String label = "run " + id + " (" + run.getString(2) + ", settled up to " + run.getInt(3) + ")";
                StringBuilder rowHashes = new StringBuilder();
                int lineCount = 0;
                while (moreLines && line.getLong(1) <= id) {
                    if (line.getLong(1) < id) {
                        problems.add("decision line " + line.getLong(1) + "/" + line.getInt(2) + " belongs to no run:"
                                + " it was added behind Utfall's back.");
                    } else {
                        lineCount++;
                        lines++;
                        String expected = RowHashes.line(id, line.getInt(2), line.getInt(3), line.getString(4),
                                line.getString(5), line.getString(6), line.getString(7), line.getString(8),
                                line.getString(9), line.getString(10), line.getString(11), line.getString(12),
                                line.getString(13));
                        if (!expected.equals(line.getString(14))) {
                            problems.add(label + ": decision line " + line.getInt(2) + " (" + line.getInt(3) + " "
                                    + line.getString(4) + " " + line.getString(8) + " " + line.getString(9)
                                    + ") does not match its hash: it was altered after it was written.");
                        }
                        rowHashes.append(line.getString(14));
                    }
                    moreLines = line.next();
                }
                int paymentCount = 0;
                while (morePays && pay.getLong(1) <= id) {
                    if (pay.getLong(1) < id) {
                        problems.add("payment " + pay.getLong(1) + "/" + pay.getInt(2) + " belongs to no run:"
                                + " it was added behind Utfall's back.");
                    } else {
                        paymentCount++;
                        payments++;
                        String expected = RowHashes.payment(id, pay.getInt(2), pay.getString(3), pay.getInt(4),
                                pay.getString(5), pay.getString(6), pay.getString(7), pay.getString(8),
                                pay.getString(9), pay.getString(10), pay.getString(11));
                        if (!expected.equals(pay.getString(12))) {
                            problems.add(label + ": payment " + pay.getInt(2) + " (" + pay.getInt(4) + " "
                                    + pay.getString(5) + (pay.getString(6).isEmpty() ? "" : " · " + pay.getString(6))
                                    + " " + pay.getString(7) + " → " + pay.getString(8) + " " + pay.getString(9) + " "
                                    + pay.getString(10) + ") does not match its hash: it was altered after it was"
                                    + " written.");
                        }
                        rowHashes.append(pay.getString(12));
                    }
                    morePays = pay.next();
                }
                if (lineCount != run.getInt(11) || paymentCount != run.getInt(12)) {
                    problems.add(label + ": has " + lineCount + " decision lines and " + paymentCount + " payments but"
                            + " was written with " + run.getInt(11) + " and " + run.getInt(12)
                            + ": rows were deleted or added.");
                }
                if (!run.getString(13).equals(prev)) {
                    problems.add(label + ": does not follow the run before it in the hash chain: a run before it was"
                            + " deleted, inserted or altered.");
                }
                String expected = RowHashes.run(run.getString(13), id, run.getString(2), run.getInt(3),
                        run.getString(4), run.getString(5), run.getString(6), run.getString(7), run.getString(8),
                        run.getInt(9), run.getString(10), run.getInt(11), run.getInt(12),
                        Hashes.of(rowHashes.toString().getBytes(StandardCharsets.UTF_8)));
                if (!expected.equals(run.getString(14))) {
                    problems.add(label + ": its record or the set of its rows does not match the run's hash: it was"
                            + " altered after it was written.");
                }
                prev = run.getString(14);
            }
            if (moreLines || morePays) {
                problems.add("decision lines or payments after the last run belong to no run: they were added behind"
                        + " Utfall's back.");
            }
        }
        int signings = verifySignatures(c, problems);
        int texts = verifySources(c, problems);
        String summary = runs + " runs, " + lines + " decision lines, " + payments + " payments, " + signings
                + " signings, " + texts + " stored texts";
        return new Result(problems, summary);
    }

    private static int verifySignatures(Connection c, List<String> problems) throws SQLException {
        Map<String, Map<String, SourceFile>> files = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT contract_id, seq, name, hash FROM signature_files")) {
            while (r.next()) {
                files.computeIfAbsent(r.getString(1) + "\u0000" + r.getInt(2), k -> new TreeMap<>())
                        .put(r.getString(3), new SourceFile(r.getString(3), r.getString(4), null));
            }
        }
        int count = 0;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT contract_id, seq, kind, effective_year, reason, recorded_at,"
                     + " manifest_hash, row_hash FROM signatures ORDER BY contract_id, seq")) {
            while (r.next()) {
                count++;
                String label = "signing " + r.getInt(2) + " of " + r.getString(1);
                SourceManifest m = SourceManifest.of(files.getOrDefault(r.getString(1) + "\u0000" + r.getInt(2),
                        Map.of()));
                if (!m.hash().equals(r.getString(7))) {
                    problems.add(label + ": its list of pinned files does not match its hash: it was altered.");
                }
                if (!Signature.hash(r.getString(1), r.getInt(2), r.getString(3), r.getInt(4), r.getString(5),
                        r.getString(6), r.getString(7)).equals(r.getString(8))) {
                    problems.add(label + ": its record does not match its hash: it was altered.");
                }
            }
        }
        return count;
    }

    private static int verifySources(Connection c, List<String> problems) throws SQLException {
        int count = 0;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT hash, content FROM sources ORDER BY hash")) {
            while (r.next()) {
                count++;
                if (!Hashes.of(r.getBytes(2)).equals(r.getString(1))) {
                    problems.add("stored text " + Hashes.shortly(r.getString(1)) + "… (a signed file or a run's"
                            + " measurements) does not match its hash: it was altered.");
                }
            }
        }
        return count;
    }
}
