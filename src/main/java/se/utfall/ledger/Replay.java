package se.utfall.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.utfall.decision.DecisionLine;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.measurement.MeasurementReader;

/**
 * Recomputes a stored run from what the ledger stored for it, never from the files on disk: its
 * measurement rows and the signed texts of the terms in force for each year. Identical decision
 * lines mean the run can be trusted to follow from its inputs.
 */
public final class Replay {
    /** What a replay found: identical or not, and the report to print. */
    public record Result(boolean identical, String report) {
    }

    private Replay() {
    }

    public static Result run(Ledger ledger, long runId) {
        return ledger.read(c -> run(c, runId, ledger.location()));
    }

    private static Result run(Connection c, long runId, LedgerLocation where) throws SQLException {
        String contractId;
        int asOf;
        String measurementsHash;
        String terms;
        String engine;
        try (PreparedStatement s = c.prepareStatement("SELECT contract_id, as_of_year, measurements_hash, terms, engine"
                + " FROM runs WHERE id = ?")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw LedgerLocation.bad(where.shown(), "has no run " + runId + "; ./utfall history CONTRACT lists"
                            + " the runs of a contract.");
                }
                contractId = r.getString(1);
                asOf = r.getInt(2);
                measurementsHash = r.getString(3);
                terms = r.getString(4);
                engine = r.getString(5);
            }
        }
        byte[] stored = Sources.load(c, measurementsHash);
        if (!Hashes.of(stored).equals(measurementsHash)) {
            return new Result(false, "Run " + runId + " cannot be replayed: its stored measurement rows no longer match"
                    + " their hash " + Hashes.shortly(measurementsHash) + "…; they were altered (run verify-ledger).\n");
        }
        String csv = new String(stored, StandardCharsets.UTF_8);
        Map<Integer, Signature> bySeq = new HashMap<>();
        Signatures.of(c, contractId).forEach(s -> bySeq.put(s.seq(), s));
        List<String> recomputed = new ArrayList<>();
        for (int[] span : TermsInForce.parse(terms)) {
            Signature signature = bySeq.get(span[2]);
            if (signature == null) {
                throw LedgerLocation.bad(where.shown(), "lacks signing " + span[2] + " of " + contractId
                        + " that run " + runId + " used; it was deleted (run verify-ledger).");
            }
            PreparedContract prepared = StoredTerms.prepare(c, signature.manifest());
            List<Measurement> rows = MeasurementReader.parse(Path.of("run-" + runId + "-measurements.csv"), csv,
                    prepared.contract()).stream().filter(m -> m.year() <= span[1]).toList();
            for (DecisionLine l : prepared.settle(rows, span[1]).lines()) {
                if (l.year() >= span[0]) {
                    recomputed.add(canonical(l.year(), l.clause(), l.subject(), l.payer(), l.payee(), l.status().name(),
                            l.amount().toPlainString(), l.reason(), l.working(), l.rule(), l.phase()));
                }
            }
        }
        List<String> original = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT year, clause, subject, payer, payee, status, amount,"
                + " reason, working, rule, phase FROM decision_lines WHERE run_id = ? ORDER BY seq")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    original.add(canonical(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11)));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        String what = "Run " + runId + " of " + contractId + " (settled up to " + asOf + ", terms " + terms + ")";
        String engineNote = engine.equals(EngineVersion.VALUE) ? ""
                : "Note: the run was decided by " + engine + "; this is " + EngineVersion.VALUE + ".\n";
        if (original.equals(recomputed)) {
            out.append(what).append(" replays identically: ").append(original.size())
                    .append(" decision lines recomputed from its stored measurements (sha256 ")
                    .append(Hashes.shortly(measurementsHash)).append("…) and signed terms.\n").append(engineNote);
            return new Result(true, out.toString());
        }
        out.append(what).append(" does NOT replay identically.\n").append(engineNote);
        out.append("Lines marked - are stored in the ledger, + are recomputed now:\n");
        List<String> onlyStored = new ArrayList<>(original);
        recomputed.forEach(onlyStored::remove);
        List<String> onlyNow = new ArrayList<>(recomputed);
        original.forEach(onlyNow::remove);
        onlyStored.forEach(l -> out.append("- ").append(l).append('\n'));
        onlyNow.forEach(l -> out.append("+ ").append(l).append('\n'));
        if (onlyStored.isEmpty() && onlyNow.isEmpty()) {
            out.append("(the same lines, in a different order)\n");
        }
        return new Result(false, out.toString());
    }

    private static String canonical(int year, String clause, String subject, String payer, String payee, String status,
                                    String amount, String reason, String working, String rule, String phase) {
        return year + " " + clause + (subject.isEmpty() ? "" : " · " + subject) + " " + payer + " → " + payee + " "
                + status + " " + amount + " | " + reason + " | " + working + " | " + rule + " (" + phase + ")";
    }
}
