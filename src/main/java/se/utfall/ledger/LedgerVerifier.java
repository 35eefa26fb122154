package se.utfall.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;

/**
 * Checks that nothing in the ledger was changed behind Utfall's back: every decision line and
 * payment against its own seal, every run against its seal and the chain of runs, every run against
 * the signings it was decided under (which must still exist, with the same files and their texts),
 * every signing against its files, and every stored text against the hash it is stored under. With
 * a key, rows sealed without it where the key was required are tampering too. The head of the chain
 * can be compared with one kept outside the database ({@code --expect-head}, a checkpoint file).
 *
 * <p>A settle runs the same checks over the one contract it is about to pay (see {@link #checkContract}).
 */
public final class LedgerVerifier {
    /** Heads kept outside the database to compare with: an expected head hash, and a checkpoint's entries. */
    public record Expectations(String head, Checkpoint.Entries checkpoint) {
        public static final Expectations NONE = new Expectations(null, null);
    }

    /** What verification found: problems (empty when intact), a summary, and the head of the chain. */
    public record Result(List<String> problems, String summary, long headRun, String headHash, String keyed) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private LedgerVerifier() {
    }

    public static Result verify(Ledger ledger, Expectations expect) {
        return ledger.read(c -> {
            KeyRecord.State key = KeyRecord.state(c, ledger.seal().key(), ledger.location().shown());
            Scan scan = new Scan(c, ledger.seal(), key, null);
            scan.problems.addAll(key.problems());
            if (key.awaitingKey()) {
                scan.problems.add("a key was given but the ledger records none: nothing in it is sealed with this key."
                        + " If this ledger was keyed, its key record was deleted and its seals remade without the key;"
                        + " if it never was, the next settle with the key keys it.");
            }
            scan.signings();
            scan.runs(expect);
            int checks = scan.checks();
            int texts = scan.sources();
            String summary = scan.runs + " runs, " + scan.lines + " decision lines, " + scan.payments + " payments, "
                    + scan.signingCount + " signings, " + texts + " stored texts"
                    + (checks > 0 ? ", " + checks + " reruns that found nothing new" : "");
            String keyed = key.record() != null ? "keyed (key id " + Hashes.shortly(key.record().keyId())
                    + "…, sealed with the key from run " + key.record().firstRun() + " on)" : "not keyed";
            return new Result(List.copyOf(scan.problems), summary, scan.headRun, scan.headHash, keyed);
        });
    }

    /**
     * Refuses (exit 2, naming the tampering) to settle a contract whose runs, rows or signings were
     * altered, or whose signings a run was made under have gone: otherwise deleting a contract's
     * signing rows would let changed terms be signed afresh and paid without an amendment, and an
     * altered payment would be paid again as a difference.
     */
    static void checkContract(Connection c, Ledger ledger, String contractId) throws SQLException {
        // Read once per process: a portfolio checks every contract, and the key's state is the ledger's.
        KeyRecord.State key = ledger.keyState(c);
        Scan scan = new Scan(c, ledger.seal(), key, contractId);
        scan.problems.addAll(key.problems());
        scan.checkUnkeyedSignings = !ledger.unkeyedSigningsChecked;
        scan.signings();
        if (scan.problems.isEmpty()) {
            ledger.unkeyedSigningsChecked = true;
        }
        scan.runs(Expectations.NONE);
        scan.checks();
        if (!scan.problems.isEmpty()) {
            int more = scan.problems.size() - 1;
            throw new BadInput(List.of(new Problem("ledger " + ledger.location().shown(), 0, "contract " + contractId
                    + " is not settled: the ledger was tampered with: " + scan.problems.get(0)
                    + (more > 0 ? " (and " + more + " more)" : "") + " Nothing was written; run ./utfall verify-ledger"
                    + " to see everything that was altered, and restore the ledger from a copy you trust.")));
        }
    }

    /** One pass over the ledger, or over one contract's part of it. */
    private static final class Scan {
        private final Connection c;
        private final Seal seal;
        private final KeyRecord.State key;
        /** null: the whole ledger. */
        private final String contract;
        final List<String> problems = new ArrayList<>();
        int runs;
        int lines;
        int payments;
        int signingCount;
        long headRun;
        String headHash = RowHashes.GENESIS;
        /** Whether to compare the signings sealed without the key with the key record's digest of them. */
        boolean checkUnkeyedSignings = true;
        /** Per contract, per seq: the hash of the files each signing pinned. */
        private final Map<String, Map<Integer, String>> signed = new HashMap<>();

        Scan(Connection c, Seal seal, KeyRecord.State key, String contract) {
            this.c = c;
            this.seal = seal;
            this.key = key;
            this.contract = contract;
        }

        private PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement s = c.prepareStatement(sql);
            if (contract != null) {
                int marks = (int) sql.chars().filter(ch -> ch == '?').count();
                for (int i = 1; i <= marks; i++) {
                    s.setString(i, contract);
                }
            }
            return s;
        }

        private String only(String column) {
            return contract == null ? "" : " WHERE " + column + " = ?";
        }

        void signings() throws SQLException {
            Map<String, Map<String, SourceFile>> files = new TreeMap<>();
            try (PreparedStatement s = prepare("SELECT contract_id, seq, name, hash FROM signature_files"
                    + only("contract_id")); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    files.computeIfAbsent(r.getString(1) + "\u0000" + r.getInt(2), k -> new TreeMap<>())
                            .put(r.getString(3), new SourceFile(r.getString(3), r.getString(4), null));
                    if (!SourceManifest.plain(r.getString(3))) {
                        problems.add("signing " + r.getInt(2) + " of " + r.getString(1) + ": a pinned file's name holds"
                                + " a control character, which Utfall never writes: the list of files was forged to"
                                + " hash like another.");
                    }
                }
            }
            try (PreparedStatement s = prepare("SELECT contract_id, seq, kind, effective_year, reason, recorded_at,"
                    + " manifest_hash, row_hash, hash_scheme FROM signatures" + only("contract_id")
                    + " ORDER BY contract_id, seq"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    signingCount++;
                    String label = "signing " + r.getInt(2) + " of " + r.getString(1);
                    Map<String, SourceFile> pinned = files.remove(r.getString(1) + "\u0000" + r.getInt(2));
                    SourceManifest m = SourceManifest.of(pinned == null ? Map.of() : pinned);
                    if (!m.hash().equals(r.getString(7))) {
                        problems.add(label + ": its list of pinned files does not match its hash: files were altered,"
                                + " added or deleted.");
                    }
                    int scheme = r.getInt(9);
                    if (!RowHashes.signature(seal, scheme, r.getString(1), r.getInt(2), r.getString(3), r.getInt(4),
                            r.getString(5), r.getString(6), r.getString(7)).equals(r.getString(8))) {
                        problems.add(label + ": its record does not match its seal: it was altered.");
                    }
                    signed.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getInt(2), r.getString(7));
                }
            }
            files.keySet().forEach(k -> problems.add("signing " + k.substring(k.indexOf('\u0000') + 1) + " of "
                    + k.substring(0, k.indexOf('\u0000')) + ": its pinned files are in the ledger but the signing"
                    + " itself is gone: it was deleted."));
            try (PreparedStatement s = prepare("SELECT f.contract_id, f.seq, f.name, f.hash FROM signature_files f"
                    + " LEFT JOIN sources t ON t.hash = f.hash WHERE t.hash IS NULL"
                    + (contract == null ? "" : " AND f.contract_id = ?") + " ORDER BY f.contract_id, f.seq, f.name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    problems.add("signing " + r.getInt(2) + " of " + r.getString(1) + ": the stored text of "
                            + r.getString(3) + " (sha256 " + Hashes.shortly(r.getString(4)) + "…) is gone: it was"
                            + " deleted, and the terms can no longer be rebuilt.");
                }
            }
            if (checkUnkeyedSignings && key.record() != null && !KeyRecord.unkeyedSignings(c).equals(key.record().signingsBefore())) {
                problems.add("the signings sealed without the key are not those the ledger held when it was keyed:"
                        + " one was added, altered or deleted without the key.");
            }
        }

        void runs(Expectations expect) throws SQLException {
            Map<Long, String> recorded = expect.checkpoint() == null ? Map.of()
                    : new TreeMap<>(expect.checkpoint().heads());
            Map<Long, String> unseen = new TreeMap<>(recorded);
            if (expect.checkpoint() != null) {
                problems.addAll(expect.checkpoint().conflicts());
            }
            boolean headFound = expect.head() == null;
            String join = contract == null ? "" : " JOIN runs r ON r.id = x.run_id WHERE r.contract_id = ?";
            try (PreparedStatement rs = prepare("SELECT id, contract_id, as_of_year, recorded_at, engine,"
                    + " contract_hash, manifest_hash, measurements_hash, measurement_rows, terms, line_count,"
                    + " payment_count, prev_hash, row_hash, hash_scheme, signings, operator, host, utfall_version,"
                    + " command FROM runs" + only("contract_id")
                    + " ORDER BY id");
                 PreparedStatement ls = prepare("SELECT x.run_id, x.seq, x.year, x.clause, x.subject, x.payer,"
                         + " x.payee, x.status, x.amount, x.reason, x.working, x.rule, x.phase, x.row_hash"
                         + " FROM decision_lines x" + join + " ORDER BY x.run_id, x.seq");
                 PreparedStatement ps = prepare("SELECT x.run_id, x.seq, x.contract_id, x.year, x.clause, x.subject,"
                         + " x.payer, x.payee, x.kind, x.amount, x.reason, x.row_hash FROM payments x" + join
                         + " ORDER BY x.run_id, x.seq");
                 ResultSet run = rs.executeQuery(); ResultSet line = ls.executeQuery();
                 ResultSet pay = ps.executeQuery()) {
                boolean moreLines = line.next();
                boolean morePays = pay.next();
                String prev = RowHashes.GENESIS;
                while (run.next()) {
                    runs++;
                    long id = run.getLong(1);
                    int scheme = run.getInt(15);
                    String label = "run " + id + " (" + run.getString(2) + ", settled up to " + run.getInt(3) + ")";
                    StringBuilder rowHashes = new StringBuilder();
                    int lineCount = 0;
                    while (moreLines && line.getLong(1) <= id) {
                        if (line.getLong(1) < id) {
                            problems.add("decision line " + line.getLong(1) + "/" + line.getInt(2) + " belongs to no"
                                    + " run: it was added behind Utfall's back.");
                        } else {
                            lineCount++;
                            lines++;
                            String expected = RowHashes.line(seal, scheme, id, line.getInt(2), line.getInt(3),
                                    line.getString(4), line.getString(5), line.getString(6), line.getString(7),
                                    line.getString(8), line.getString(9), line.getString(10), line.getString(11),
                                    line.getString(12), line.getString(13));
                            if (!expected.equals(line.getString(14))) {
                                problems.add(label + ": decision line " + line.getInt(2) + " (" + line.getInt(3) + " "
                                        + line.getString(4) + " " + line.getString(8) + " " + line.getString(9)
                                        + ") does not match its seal: it was altered after it was written.");
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
                            String expected = RowHashes.payment(seal, scheme, id, pay.getInt(2), pay.getString(3),
                                    pay.getInt(4), pay.getString(5), pay.getString(6), pay.getString(7),
                                    pay.getString(8), pay.getString(9), pay.getString(10), pay.getString(11));
                            if (!expected.equals(pay.getString(12))) {
                                problems.add(label + ": payment " + pay.getInt(2) + " (" + pay.getInt(4) + " "
                                        + pay.getString(5) + (pay.getString(6).isEmpty() ? "" : " · "
                                        + pay.getString(6)) + " " + pay.getString(7) + " → " + pay.getString(8) + " "
                                        + pay.getString(9) + " " + pay.getString(10) + ") does not match its seal: it"
                                        + " was altered after it was written.");
                            }
                            rowHashes.append(pay.getString(12));
                        }
                        morePays = pay.next();
                    }
                    if (lineCount != run.getInt(11) || paymentCount != run.getInt(12)) {
                        problems.add(label + ": has " + lineCount + " decision lines and " + paymentCount
                                + " payments but was written with " + run.getInt(11) + " and " + run.getInt(12)
                                + ": rows were deleted or added.");
                    }
                    if (contract != null) {
                        prev = previous(id);
                    }
                    if (!run.getString(13).equals(prev)) {
                        problems.add(label + ": does not follow the run before it in the hash chain: a run before it"
                                + " was deleted, inserted or altered.");
                    }
                    String expected = RowHashes.run(seal, scheme, run.getString(13), id, run.getString(2),
                            run.getInt(3), run.getString(4), run.getString(5), run.getString(6), run.getString(7),
                            run.getString(8), run.getInt(9), run.getString(10), run.getInt(11), run.getInt(12),
                            run.getString(16), runBy(run), Hashes.of(rowHashes.toString().getBytes(StandardCharsets.UTF_8)));
                    if (!expected.equals(run.getString(14))) {
                        problems.add(label + ": its record or the set of its rows does not match the run's seal: it"
                                + " was altered after it was written.");
                    }
                    if (key.record() != null && id >= key.record().firstRun() && scheme != Seal.KEYED) {
                        problems.add(label + ": is sealed without the key (" + Seal.describe(scheme) + ") although"
                                + " the ledger is keyed from run " + key.record().firstRun() + " on: it was written or"
                                + " resealed by someone without the key.");
                    }
                    madeUnder(label, run.getString(2), run.getString(10), run.getString(7), run.getString(16));
                    prev = run.getString(14);
                    headRun = id;
                    headHash = prev;
                    String kept = unseen.remove(id);
                    if (kept != null && !kept.equals(prev)) {
                        problems.add(label + ": its seal " + Hashes.shortly(prev) + "… is not the "
                                + Hashes.shortly(kept) + "… the checkpoint recorded for it: the run or one before it"
                                + " was altered and the chain resealed.");
                    }
                    if (!headFound && prev.startsWith(expect.head().toLowerCase(Locale.ROOT))) {
                        headFound = true;
                    }
                }
                if (moreLines || morePays) {
                    problems.add("decision lines or payments after the last run belong to no run: they were added"
                            + " behind Utfall's back.");
                }
            }
            if (!headFound) {
                problems.add("the head you kept (" + expect.head() + ") is not in the ledger: the run it sealed was"
                        + " deleted, or the chain was altered and resealed. The ledger's head is now run " + headRun
                        + " " + headHash + ".");
            }
            unseen.forEach((id, hash) -> problems.add("run " + id + " (seal " + Hashes.shortly(hash) + "…) recorded"
                    + " in the checkpoint is not in the ledger: it was deleted."));
            if (!recorded.isEmpty()) {
                long last = ((TreeMap<Long, String>) recorded).lastKey();
                if (headRun > last) {
                    problems.add("the ledger's head is run " + headRun + " but the checkpoint's last is run " + last
                            + ": runs after it were written without --checkpoint, or added behind Utfall's back.");
                }
            }
        }

        /** Who made the run, or null for a run written before runs recorded it (ledger schema 3). */
        private static RunBy runBy(ResultSet run) throws SQLException {
            return run.getString(17) == null ? null
                    : new RunBy(run.getString(17), run.getString(18), run.getString(19), run.getString(20));
        }

        /**
         * Each rerun that found nothing new against its own seal and the seal of the run it confirms:
         * an altered operator, time or command, or a confirmed run that is gone, is tampering.
         */
        int checks() throws SQLException {
            int count = 0;
            try (PreparedStatement s = prepare("SELECT k.id, k.contract_id, k.as_of_year, k.same_as_run, k.recorded_at,"
                    + " k.operator, k.host, k.utfall_version, k.command, k.hash_scheme, k.row_hash, r.row_hash"
                    + " FROM run_checks k LEFT JOIN runs r ON r.id = k.same_as_run"
                    + (contract == null ? "" : " WHERE k.contract_id = ?") + " ORDER BY k.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    count++;
                    String label = "rerun check " + r.getLong(1) + " (" + r.getString(2) + ", run "
                            + r.getLong(4) + " unchanged)";
                    if (r.getString(12) == null) {
                        problems.add(label + ": the run it found unchanged is gone: it was deleted.");
                        continue;
                    }
                    RunBy by = new RunBy(r.getString(6), r.getString(7), r.getString(8), r.getString(9));
                    int scheme = r.getInt(10);
                    if (!RowHashes.check(seal, scheme, r.getLong(1), r.getString(2), r.getInt(3), r.getLong(4),
                            r.getString(12), r.getString(5), by).equals(r.getString(11))) {
                        problems.add(label + ": its record does not match its seal: it was altered after it was"
                                + " written.");
                    }
                    if (key.record() != null && r.getLong(4) >= key.record().firstRun() && scheme != Seal.KEYED) {
                        problems.add(label + ": is sealed without the key although the ledger is keyed: it was"
                                + " written or resealed by someone without the key.");
                    }
                }
            }
            return count;
        }

        private String previous(long id) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT row_hash FROM runs WHERE id < ? ORDER BY id DESC"
                    + " LIMIT 1")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : RowHashes.GENESIS;
                }
            }
        }

        /**
         * The signings a run was decided under must still be in the ledger, with the files they had.
         * Runs from before runs named their signings (scheme 1) are checked as far as they can be: every
         * signing in their terms exists, and one of the contract's signings pinned the files they ran with.
         */
        private void madeUnder(String label, String contractId, String terms, String manifestHash, String named) {
            Map<Integer, String> now = signed.getOrDefault(contractId, Map.of());
            if (now.isEmpty()) {
                problems.add(label + ": was decided under signed terms, but every signing of " + contractId + " is"
                        + " gone: they were deleted (a settle would otherwise sign changed terms afresh).");
                return;
            }
            if (!named.isEmpty()) {
                Map<Integer, String> names = new TreeMap<>();
                for (String part : named.split(";")) {
                    names.put(Integer.parseInt(part.substring(0, part.indexOf('='))),
                            part.substring(part.indexOf('=') + 1));
                }
                if (!names.containsValue(manifestHash)) {
                    problems.add(label + ": ran with terms sha256 " + Hashes.shortly(manifestHash) + "…, which none"
                            + " of the signings it names pinned: its record was altered.");
                }
                for (int[] span : TermsInForce.parse(terms)) {
                    if (!names.containsKey(span[2])) {
                        problems.add(label + ": decided years " + span[0] + "–" + span[1] + " under signing "
                                + span[2] + ", which it does not name: its record was altered.");
                    }
                }
                for (String part : named.split(";")) {
                    int seq = Integer.parseInt(part.substring(0, part.indexOf('=')));
                    String hash = part.substring(part.indexOf('=') + 1);
                    String is = now.get(seq);
                    if (is == null) {
                        problems.add(label + ": was decided under signing " + seq + " of " + contractId + " (terms"
                                + " sha256 " + Hashes.shortly(hash) + "…), which is gone: it was deleted.");
                    } else if (!is.equals(hash)) {
                        problems.add(label + ": was decided under signing " + seq + " of " + contractId + " with terms"
                                + " sha256 " + Hashes.shortly(hash) + "…, but that signing now pins "
                                + Hashes.shortly(is) + "…: it was replaced.");
                    }
                }
                return;
            }
            for (int[] span : TermsInForce.parse(terms)) {
                if (!now.containsKey(span[2])) {
                    problems.add(label + ": was decided under signing " + span[2] + " of " + contractId + ", which is"
                            + " gone: it was deleted.");
                }
            }
            if (!now.containsValue(manifestHash)) {
                problems.add(label + ": ran with terms sha256 " + Hashes.shortly(manifestHash) + "…, which no signing"
                        + " of " + contractId + " pins any more: a signing was deleted or replaced.");
            }
        }

        int sources() throws SQLException {
            int count = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.contract_id, r.measurements_hash FROM runs r"
                    + " LEFT JOIN sources t ON t.hash = r.measurements_hash WHERE t.hash IS NULL ORDER BY r.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    problems.add("run " + r.getLong(1) + " (" + r.getString(2) + "): its stored measurement rows"
                            + " (sha256 " + Hashes.shortly(r.getString(3)) + "…) are gone: they were deleted, and the"
                            + " run can no longer be replayed.");
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT hash, content FROM sources ORDER BY hash");
                 ResultSet r = s.executeQuery()) {
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
}
