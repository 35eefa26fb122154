package se.utfall.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import se.utfall.contract.Contract;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.FiredRule;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.LineStatus;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;
import se.utfall.report.Amounts;
import se.utfall.timing.Checkpoints;

/**
 * Settles a contract against the ledger: decides every year with the terms in force for it, and
 * pays what is decided minus what was already paid, in one transaction per run. A contract not yet
 * signed is signed by its first (real) run; a contract whose files differ from the signed ones is
 * refused until an amendment is recorded.
 */
public final class LedgerSettler {
    private final Ledger ledger;
    private final ClauseLibrary library;
    private final RunBy by;
    /** Whether a run may sign a contract not yet signed (a single settle does; settle-all only with --sign-new). */
    private final boolean signs;

    /** The settlement date: a figure missing before its publication day is pending (default today, UTC). */
    private java.time.LocalDate settledOn = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

    public LedgerSettler(Ledger ledger, ClauseLibrary library) {
        this(ledger, library, RunBy.here(), true);
    }

    public LedgerSettler(Ledger ledger, ClauseLibrary library, RunBy by, boolean signs) {
        this.ledger = ledger;
        this.library = library;
        this.by = by;
        this.signs = signs;
    }

    /** Whether a year after the contract's period settles up to its last year (a portfolio's one --year). */
    private boolean endingWithinPeriod;

    /** A year after the contract's last year settles up to that last year instead of being refused. */
    public LedgerSettler endingWithinPeriod() {
        this.endingWithinPeriod = true;
        return this;
    }

    /** The year settled up to: the one asked for (or the latest measured), within the contract's period. */
    private int yearSettled(PreparedContract current, List<Measurement> rows, Integer asOfYear) {
        Contract contract = current.contract();
        int asOf = asOfYear != null ? asOfYear : current.latestMeasuredYear(rows);
        if (endingWithinPeriod && asOf > contract.lastYear()) {
            asOf = contract.lastYear();
        }
        if (asOf < contract.firstYear() || asOf > contract.lastYear()) {
            throw BadInput.of(contract.file(), 0, "--year " + asOf + " is outside the period of "
                    + contract.id() + " (" + contract.firstYear() + "–" + contract.lastYear()
                    + "); choose a year within it.");
        }
        return asOf;
    }

    /** Settles as on {@code date} ({@code --as-of}); the same date gives the same decisions. */
    public LedgerSettler on(java.time.LocalDate date) {
        this.settledOn = date;
        return this;
    }

    /**
     * @param measurements reads the contract's measurements (the folder's file or one given)
     * @param asOfYear     null: the latest measured year
     */
    public RunOutcome settle(Path contractPath, Function<PreparedContract, List<Measurement>> measurements,
                             Integer asOfYear, boolean dryRun) {
        PreparedContract current = PreparedContract.prepare(contractPath, library);
        Contract contract = current.contract();
        List<Measurement> rows = measurements.apply(current);
        int asOf = yearSettled(current, rows, asOfYear);
        SourceManifest manifest = SourceManifest.of(contract, library);
        List<Signature> signed = ledger.read(c -> {
            // Before anything is paid: this contract's part of the ledger must be as Utfall wrote it.
            LedgerVerifier.checkContract(c, ledger, contract.id());
            return Signatures.of(c, contract.id());
        });
        Checkpoints.mark("signed terms compared");
        String signedFrom = signed.isEmpty() ? null : ledger.read(c -> Signatures.signedFrom(c, contract.id()));
        refuseChanged(contract, manifest, signed, signedFrom);
        if (signed.isEmpty() && !signs && !dryRun) {
            throw BadInput.of(contract.file(), 0, "contract " + contract.id() + " is not signed; it is not settled."
                    + " Sign it with ./utfall sign " + Locations.display(contract.folder()) + " (or settle-all"
                    + " --sign-new).");
        }
        List<Signature> terms = signed.isEmpty() ? List.of(unsigned(contract, manifest)) : signed;
        TermsInForce inForce = TermsInForce.of(terms, contract.firstYear(), asOf);
        Settlement settlement = decide(current, manifest, inForce, rows, asOf);
        Checkpoints.mark("settled");
        MeasurementSet inputs = MeasurementSet.of(rows);
        if (dryRun) {
            return ledger.read(c -> account(c, settlement, inForce, inputs, manifest, signed.isEmpty()
                    ? "Contract " + contract.id() + " is not signed yet; a settle without --dry-run signs it with"
                    + " these files." : null, null));
        }
        RunOutcome written = ledger.write(c -> {
            List<Signature> now = Signatures.of(c, contract.id());
            String notice = null;
            if (now.isEmpty()) {
                if (!signs) {
                    throw BadInput.of(contract.file(), 0, "contract " + contract.id() + " is not signed; it is not"
                            + " settled. Sign it with ./utfall sign " + Locations.display(contract.folder()) + ".");
                }
                now = List.of(Signatures.record(c, ledger.seal(), contract.id(), 1, Signature.SIGNED,
                        contract.firstYear(), contract.language().pick("signerat vid första avräkningen",
                                "signed at the first settle"), manifest, contract.folder()));
                notice = "Contract " + contract.id() + " was not signed: this run signed it, pinning "
                        + manifest.files().size() + " files (contract " + Hashes.shortly(manifest.contractHash())
                        + "…). From now on a change to them is refused until recorded with ./utfall amend.";
            } else if (signed.isEmpty() ? now.size() != 1 || !now.get(0).manifest().hash().equals(manifest.hash())
                    : now.size() != signed.size()) {
                // Another run signing these same files meanwhile is harmless; any other change of terms
                // means this run decided with terms no longer in force.
                throw LedgerLocation.bad(ledger.location().shown(), "contract " + contract.id() + " was signed or"
                        + " amended by another run while this one was deciding; run again.");
            }
            // The signings as this transaction holds them (read above, or the one just recorded): the
            // run names them, and nothing between here and its writing changes them.
            return account(c, settlement, inForce, inputs, manifest, notice, now);
        });
        if (!written.unchanged()) {
            ledger.committed(written.runId());
        }
        return written;
    }

    /**
     * What an amendment of the contract's current files in force from {@code effectiveYear} would
     * pay or claw back, per year and payee, if it were recorded now: decided with the signed terms
     * for earlier years and the changed files from then on, compared with what was paid. Nothing is
     * written.
     */
    public RunOutcome whatIf(Path contractPath, Function<PreparedContract, List<Measurement>> measurements,
                             Integer asOfYear, int effectiveYear, String reason) {
        PreparedContract current = PreparedContract.prepare(contractPath, library);
        Contract contract = current.contract();
        Signing.checkAmendment(contract, effectiveYear, reason);
        List<Measurement> rows = measurements.apply(current);
        int asOf = yearSettled(current, rows, asOfYear);
        SourceManifest manifest = SourceManifest.of(contract, library);
        List<Signature> signed = ledger.read(c -> {
            LedgerVerifier.checkContract(c, ledger, contract.id());
            return Signatures.of(c, contract.id());
        });
        Signing.checkAmendable(contract, manifest, signed);
        Signature latest = signed.get(signed.size() - 1);
        List<Signature> terms = new ArrayList<>(signed);
        terms.add(new Signature(contract.id(), latest.seq() + 1, Signature.AMENDED, effectiveYear, reason.strip(),
                "(not recorded)", manifest, "", 0));
        TermsInForce inForce = TermsInForce.of(terms, contract.firstYear(), asOf);
        Settlement settlement = decide(current, manifest, inForce, rows, asOf);
        MeasurementSet inputs = MeasurementSet.of(rows);
        return ledger.read(c -> account(c, settlement, inForce, inputs, manifest, "What-if: amendment "
                + (latest.seq()) + " of " + contract.id() + " in force from " + effectiveYear + " ("
                + String.join("; ", manifest.changesSince(latest.manifest())) + "). Nothing was written; record it"
                + " with the same command without --dry-run.", null));
    }

    private static Signature unsigned(Contract contract, SourceManifest manifest) {
        return new Signature(contract.id(), 1, Signature.SIGNED, contract.firstYear(), "", "", manifest, "", 0);
    }

    /**
     * What an operator would type to preview an amendment of these files: the amend command with
     * --dry-run, which writes nothing.
     */
    static String whatIfCommand(Contract contract) {
        return "./utfall amend " + Locations.display(contract.folder()) + " --effective YEAR --reason TEXT --dry-run";
    }

    private static void refuseChanged(Contract contract, SourceManifest manifest, List<Signature> signed,
                                      String signedFrom) {
        if (signed.isEmpty()) {
            return;
        }
        Signature latest = signed.get(signed.size() - 1);
        if (latest.manifest().hash().equals(manifest.hash())) {
            return;
        }
        String here = Signatures.shown(contract.folder());
        if (signedFrom != null && !signedFrom.equals(here)) {
            throw BadInput.of(contract.file(), 0, otherFolder(contract, signedFrom));
        }
        List<Problem> problems = new ArrayList<>();
        String when = latest.kind().equals(Signature.SIGNED) ? "was signed " + latest.recordedAt()
                : "was last amended " + latest.recordedAt();
        for (String change : manifest.changesSince(latest.manifest())) {
            problems.add(new Problem(Locations.display(contract.file()), 0, "contract "
                    + contract.id() + " " + when + ", and since then " + change + ". Settling is refused: if the"
                    + " change is agreed, record it with ./utfall amend " + Locations.display(
                    contract.folder()) + " --effective YEAR --reason TEXT (preview its adjustments first with "
                    + whatIfCommand(contract) + "); otherwise restore the signed file."));
        }
        throw new BadInput(problems);
    }

    /** A second folder that reuses a signed contract id with other terms: two contracts, not one changed. */
    static String otherFolder(Contract contract, String signedFrom) {
        return "contract id " + contract.id() + " is already signed from another folder, " + signedFrom
                + ", with different terms: this folder (" + Signatures.shown(contract.folder()) + ") is not settled"
                + " or signed. If it is another contract, give it its own id in " + Contract.FILE + "; if it really"
                + " is the same contract, moved and changed, record the change with ./utfall amend "
                + Locations.display(contract.folder()) + " --effective YEAR --reason TEXT.";
    }

    /** Each span of years is decided with its own terms; the current files decide the latest span. */
    private Settlement decide(PreparedContract current, SourceManifest manifest, TermsInForce inForce,
                              List<Measurement> rows, int asOf) {
        if (inForce.spans().size() == 1 && inForce.spans().get(0).signature().manifest().hash().equals(manifest.hash())) {
            return current.settle(rows, asOf, settledOn);
        }
        List<DecisionLine> lines = new ArrayList<>();
        List<FiredRule> audit = new ArrayList<>();
        for (TermsInForce.Span span : inForce.spans()) {
            PreparedContract terms = span.signature().manifest().hash().equals(manifest.hash()) ? current
                    : ledger.read(c -> StoredTerms.prepare(c, span.signature().manifest()));
            List<Measurement> upTo = rows.stream().filter(m -> m.year() <= span.lastYear()).toList();
            Settlement s = terms.settle(upTo, span.lastYear(), settledOn);
            s.lines().stream().filter(l -> l.year() >= span.firstYear()).forEach(lines::add);
            s.audit().stream().filter(f -> f.year() >= span.firstYear()).forEach(audit::add);
        }
        return new Settlement(current.contract(), asOf, List.copyOf(lines), List.copyOf(audit));
    }

    /** Decided now minus paid before, per key; written under {@code signedNow} (this transaction's signings) unless null. */
    private RunOutcome account(Connection c, Settlement s, TermsInForce inForce, MeasurementSet inputs,
                               SourceManifest manifest, String notice, List<Signature> signedNow) throws SQLException {
        boolean write = signedNow != null;
        Contract contract = s.contract();
        Map<PaymentKey, BigDecimal> decided = new TreeMap<>();
        for (DecisionLine l : s.lines()) {
            decided.merge(PaymentKey.of(l), l.amount(), BigDecimal::add);
        }
        Map<PaymentKey, BigDecimal> paid = paid(c, contract.id());
        int settledUpTo = settledUpTo(c, contract.id());
        Set<PaymentKey> keys = new TreeSet<>(decided.keySet());
        paid.keySet().stream().filter(k -> k.year() <= s.asOfYear()).forEach(keys::add);
        Causes causes = new Causes(c, contract.id(), s, inForce, inputs);
        List<Payment> payments = new ArrayList<>();
        for (PaymentKey k : keys) {
            BigDecimal d = decided.getOrDefault(k, BigDecimal.ZERO);
            BigDecimal p = paid.getOrDefault(k, BigDecimal.ZERO);
            BigDecimal due = d.subtract(p);
            if (due.signum() == 0) {
                continue;
            }
            boolean adjustment = k.year() <= settledUpTo;
            String reason = adjustment
                    ? causes.of(k) + "; beslutat nu " + Amounts.human(d, contract) + ", tidigare betalt "
                    + Amounts.human(p, contract) + "."
                    : "Avräkning av " + k.year() + " enligt " + k.clause() + ".";
            payments.add(new Payment(k, adjustment ? Payment.ADJUSTMENT : Payment.PAYMENT,
                    due.setScale(contract.decimals()), d, p, reason));
        }
        List<YearAccount> years = new ArrayList<>();
        for (int y : s.years()) {
            BigDecimal d = s.total(y);
            int year = y;
            BigDecimal p = paid.entrySet().stream().filter(e -> e.getKey().year() == year).map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(contract.decimals());
            years.add(new YearAccount(y, d, p, d.subtract(p)));
        }
        if (!write) {
            return new RunOutcome(s, 0, true, notice, inForce, List.copyOf(years), List.copyOf(payments));
        }
        String signings = Signatures.named(signedNow);
        if (payments.isEmpty()) {
            Unchanged same = Unchanged.find(c, contract.id(), s.asOfYear(), manifest, inputs, inForce.render(),
                    signings);
            if (same != null) {
                long check = RunWriter.writeCheck(c, ledger.seal(), contract.id(), s.asOfYear(), same.run(),
                        same.rowHash(), by);
                return new RunOutcome(s, same.run(), false, notice, inForce, List.copyOf(years), List.copyOf(payments),
                        check);
            }
        }
        long runId = RunWriter.write(c, ledger.seal(), s, inForce, signings, inputs, manifest, payments, by);
        return new RunOutcome(s, runId, false, notice, inForce, List.copyOf(years), List.copyOf(payments));
    }

    /**
     * The contract's latest run, when it was made up to the same year, by this Utfall, with the same
     * files, measurements, terms and signings: a settlement is a pure function of those, so a rerun
     * that pays nothing decided exactly what that run decided, and another copy of it tells nobody
     * anything.
     */
    private record Unchanged(long run, String rowHash) {
        static Unchanged find(Connection c, String contractId, int asOf, SourceManifest manifest,
                              MeasurementSet inputs, String terms, String signings) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("SELECT id, row_hash, as_of_year, engine, contract_hash,"
                    + " manifest_hash, measurements_hash, terms, signings FROM runs WHERE contract_id = ?"
                    + " ORDER BY id DESC LIMIT 1")) {
                st.setString(1, contractId);
                try (ResultSet r = st.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    boolean same = r.getInt(3) == asOf && r.getString(4).equals(EngineVersion.VALUE)
                            && r.getString(5).equals(manifest.contractHash()) && r.getString(6).equals(manifest.hash())
                            && r.getString(7).equals(inputs.hash()) && r.getString(8).equals(terms)
                            && r.getString(9).equals(signings);
                    return same ? new Unchanged(r.getLong(1), r.getString(2)) : null;
                }
            }
        }
    }

    static Map<PaymentKey, BigDecimal> paid(Connection c, String contractId) throws SQLException {
        Map<PaymentKey, BigDecimal> paid = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT year, clause, subject, payer, payee, amount"
                + " FROM payments WHERE contract_id = ?")) {
            st.setString(1, contractId);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    paid.merge(new PaymentKey(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5)), new BigDecimal(r.getString(6)), BigDecimal::add);
                }
            }
        }
        return paid;
    }

    private static int settledUpTo(Connection c, String contractId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT MAX(as_of_year) FROM runs WHERE contract_id = ?")) {
            st.setString(1, contractId);
            try (ResultSet r = st.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /**
     * Why a settled year's amount changed, in words for a committee: corrected figures, a released
     * hold or a clawback, or amended terms. Looks at the contract's previous run only when needed.
     */
    private static final class Causes {
        private final Connection c;
        private final String contractId;
        private final Settlement now;
        private final TermsInForce inForce;
        private boolean loaded;
        private Map<MeasurementSet.Row.Key, MeasurementSet.Row> before = Map.of();
        private Map<MeasurementSet.Row.Key, MeasurementSet.Row> after = Map.of();
        private List<int[]> termsBefore = List.of();
        private final Map<PaymentKey, Set<String>> statusesBefore = new HashMap<>();

        private final MeasurementSet inputs;

        Causes(Connection c, String contractId, Settlement now, TermsInForce inForce, MeasurementSet inputs) {
            this.c = c;
            this.inputs = inputs;
            this.contractId = contractId;
            this.now = now;
            this.inForce = inForce;
        }

        String of(PaymentKey k) throws SQLException {
            load();
            List<String> causes = new ArrayList<>();
            List<String> figures = new ArrayList<>();
            List<String> sameSubject = new ArrayList<>();
            Set<MeasurementSet.Row.Key> all = new TreeSet<>(before.keySet());
            all.addAll(after.keySet());
            for (MeasurementSet.Row.Key m : all) {
                if (m.year() > k.year()) {
                    continue;
                }
                String change = change(before.get(m), after.get(m));
                if (change != null) {
                    figures.add(change);
                    if (m.subject().equals(k.subject())) {
                        sameSubject.add(change);
                    }
                }
            }
            causes.addAll(sameSubject.isEmpty() ? figures : sameSubject);
            Set<String> was = statusesBefore.getOrDefault(k, Set.of());
            Set<String> is = new LinkedHashSet<>();
            now.lines().stream().filter(l -> PaymentKey.of(l).equals(k)).forEach(l -> is.add(l.status().name()));
            if (was.contains(LineStatus.WITHHELD.name()) && !is.contains(LineStatus.WITHHELD.name())) {
                causes.add("innehållet belopp för " + k.year() + " frisläpps");
            }
            if (is.contains(LineStatus.CLAWED_BACK.name()) && !was.contains(LineStatus.CLAWED_BACK.name())) {
                causes.add("återkrav för " + k.year());
            }
            Signature terms = TermsInForce.inForce(inForce.spans().stream().map(TermsInForce.Span::signature).toList(),
                    k.year());
            int seqBefore = termsBefore.stream().filter(t -> t[0] <= k.year() && k.year() <= t[1]).mapToInt(t -> t[2])
                    .findFirst().orElse(terms.seq());
            if (seqBefore != terms.seq()) {
                causes.add("ändrade villkor från " + terms.effectiveYear() + " (" + terms.reason() + ")");
            }
            if (causes.isEmpty()) {
                causes.add("omprövning av " + k.year());
            }
            String text = String.join("; ", causes);
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private static String change(MeasurementSet.Row then, MeasurementSet.Row now) {
            if (then == null && now == null) {
                return null;
            }
            MeasurementSet.Row.Key k = now != null ? now.key() : then.key();
            String where = k.year() + " för " + k.subject() + " (" + k.measure() + ")";
            if (then == null) {
                return "nytt mätvärde " + where + ": " + now.value().toPlainString();
            }
            if (now == null) {
                return "borttaget mätvärde " + where + ": " + then.value().toPlainString();
            }
            List<String> parts = new ArrayList<>();
            if (then.value().compareTo(now.value()) != 0) {
                parts.add(then.value().toPlainString() + " → " + now.value().toPlainString());
            }
            if (!then.respondents().equals(now.respondents())) {
                parts.add("svarande " + blank(then.respondents()) + " → " + blank(now.respondents()));
            }
            if (!then.responseRate().equals(now.responseRate())) {
                parts.add("svarsfrekvens " + blank(then.responseRate()) + " → " + blank(now.responseRate()));
            }
            if (!then.verifiedBy().equals(now.verifiedBy())) {
                parts.add("verifierat av " + blank(then.verifiedBy()) + " → " + blank(now.verifiedBy()));
            }
            return parts.isEmpty() ? null : "rättelse av mätvärde " + where + ": " + String.join(", ", parts);
        }

        private static String blank(String s) {
            return s.isEmpty() ? "–" : s;
        }

        private void load() throws SQLException {
            if (loaded) {
                return;
            }
            loaded = true;
            after = MeasurementSet.rows(inputs.text());
            try (PreparedStatement st = c.prepareStatement("SELECT id, measurements_hash, terms FROM runs"
                    + " WHERE contract_id = ? ORDER BY id DESC LIMIT 1")) {
                st.setString(1, contractId);
                try (ResultSet r = st.executeQuery()) {
                    if (!r.next()) {
                        return;
                    }
                    long run = r.getLong(1);
                    before = MeasurementSet.rows(new String(Sources.load(c, r.getString(2)),
                            StandardCharsets.UTF_8));
                    termsBefore = TermsInForce.parse(r.getString(3));
                    try (PreparedStatement l = c.prepareStatement("SELECT year, clause, subject, payer, payee, status"
                            + " FROM decision_lines WHERE run_id = ?")) {
                        l.setLong(1, run);
                        try (ResultSet lr = l.executeQuery()) {
                            while (lr.next()) {
                                statusesBefore.computeIfAbsent(new PaymentKey(lr.getInt(1), lr.getString(2),
                                        lr.getString(3), lr.getString(4), lr.getString(5)), x -> new LinkedHashSet<>())
                                        .add(lr.getString(6));
                            }
                        }
                    }
                }
            }
        }

    }
}
