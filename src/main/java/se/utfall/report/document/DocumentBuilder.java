package se.utfall.report.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import se.utfall.analysis.Analysis;
import se.utfall.analysis.Cliff;
import se.utfall.analysis.ComparisonResult;
import se.utfall.analysis.CountedMoney;
import se.utfall.analysis.Status;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.contract.Party;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.facts.LineStatus;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.Measurement;
import se.utfall.ledger.NetPayment;
import se.utfall.ledger.RunOutcome;
import se.utfall.ledger.Signature;
import se.utfall.ledger.SourceManifest;
import se.utfall.ledger.TermsInForce;
import se.utfall.library.ClauseLibrary;
import se.utfall.report.Amounts;
import se.utfall.report.Words;
import se.utfall.report.chart.YearChart;

/**
 * Builds the decision document from a dry-run settlement against the ledger (the figures settle
 * --dry-run shows), the measurements, the clause families' chart declarations and, when asked, the
 * incentive analysis. Money stays BigDecimal until it is written as text.
 */
final class DocumentBuilder {
    /** Lines that show a safeguard at work: a cap, a hold, a clawback, data not good enough. */
    private static final Set<LineStatus> SAFEGUARDS = Set.of(LineStatus.CAPPED, LineStatus.WITHHELD,
            LineStatus.RELEASED, LineStatus.CLAWED_BACK, LineStatus.NOT_COUNTED, LineStatus.INSUFFICIENT_DATA,
            LineStatus.PENDING, LineStatus.NOT_DUE);

    private final RunOutcome outcome;
    private final Settlement s;
    private final Contract c;
    private final ClauseLibrary library;
    private final List<Measurement> figures;
    private final String lang;
    private final Words w;
    private final Words statusWords;

    DocumentBuilder(RunOutcome outcome, ClauseLibrary library, List<Measurement> figures, String lang) {
        this.outcome = outcome;
        this.s = outcome.settlement();
        this.c = s.contract();
        this.library = library;
        this.figures = figures;
        this.lang = lang;
        se.utfall.contract.Language language = lang.equals("en") ? se.utfall.contract.Language.EN
                : se.utfall.contract.Language.SV;
        this.w = Words.document(language);
        this.statusWords = Words.of(language);
    }

    DecisionDocument build(String css, String asOf, String ledgerShown, boolean signed, SourceManifest files,
                           Analysis analysis, boolean analysisAsked, String contractShown) {
        int year = s.asOfYear();
        String subtitle = w.get("contract") + " " + c.id() + " · " + w.get("settled") + " " + c.firstYear() + "–" + year
                + " · " + w.get("amounts in") + " " + currency();
        String ledgerNote = signed ? w.format("in ledger", ledgerShown) : w.format("not in ledger", ledgerShown);
        List<String> flowHead = List.of(w.get("flow"), w.format("decided year", year),
                w.format("decided period", c.firstYear(), year), w.get("already paid"), w.get("due now"));
        List<NetPayment> nets = NetPayment.of(outcome);
        Map<Settlement.Flow, BigDecimal[]> perFlow = new LinkedHashMap<>();
        for (NetPayment n : nets) {
            BigDecimal[] t = perFlow.computeIfAbsent(n.flow(), f -> new BigDecimal[] {zero(), zero(), zero(), zero()});
            if (n.year() == year) {
                t[0] = t[0].add(n.decided());
            }
            t[1] = t[1].add(n.decided());
            t[2] = t[2].add(n.paidBefore());
            t[3] = t[3].add(n.due());
        }
        List<List<String>> flows = new ArrayList<>();
        perFlow.forEach((f, t) -> flows.add(List.of(flowName(f), money(t[0]), money(t[1]), money(t[2]), money(t[3]))));
        List<DecisionDocument.Account> accounts = new ArrayList<>();
        Map<Settlement.Flow, List<List<String>>> rows = new LinkedHashMap<>();
        for (NetPayment n : nets) {
            rows.computeIfAbsent(n.flow(), f -> new ArrayList<>()).add(List.of(String.valueOf(n.year()),
                    money(n.decided()), money(n.paidBefore()), money(n.due())));
        }
        rows.forEach((f, r) -> {
            BigDecimal[] t = perFlow.get(f);
            List<List<String>> all = new ArrayList<>(r);
            all.add(List.of(w.get("total"), money(t[1]), money(t[2]), money(t[3])));
            accounts.add(new DecisionDocument.Account(flowName(f), all));
        });
        List<CapUse> capUses = caps();
        List<List<String>> capRows = new ArrayList<>();
        for (CapUse u : capUses) {
            String over = u.scope().endsWith("period") ? w.format("scope." + u.scope(), c.firstYear(), year)
                    : w.format("scope." + u.scope(), year);
            capRows.add(List.of(u.clause().id(), u.label(), over, money(u.limit()), money(u.used()),
                    money(u.limit().subtract(u.used()))));
        }
        String budget = budget(year);
        List<DecisionDocument.Chart> measureCharts = measureCharts();
        DecisionDocument.Chart payoutChart = payoutChart();
        List<DecisionDocument.Chart> capCharts = new ArrayList<>();
        for (CapUse u : capUses) {
            capCharts.add(capChart(u));
        }
        List<DecisionDocument.ClauseSection> clauses = new ArrayList<>();
        for (Clause clause : c.clauses()) {
            clauses.add(section(clause, year));
        }
        DecisionDocument.AnalysisSection analysisSection = analysis(analysis, analysisAsked, contractShown);
        List<List<String>> signings = new ArrayList<>();
        String signingNote = null;
        if (signed) {
            for (TermsInForce.Span span : outcome.terms().spans()) {
                Signature g = span.signature();
                signings.add(List.of(span.firstYear() + "–" + span.lastYear(), g.seq() + " " + w.get(g.kind()),
                        g.recordedAt(), g.manifest().hash(), g.manifest().contractHash()));
            }
        } else {
            signingNote = w.format("signing none", files.hash(), files.contractHash());
        }
        return new DecisionDocument(lang, css, c.title(), c.id(), subtitle, asOf, c.firstYear(), year, w, ledgerNote, flowHead, flows,
                accounts, capRows, budget, measureCharts, payoutChart, capCharts, clauses, analysisSection, signings,
                signingNote);
    }

    /** kr in a Swedish document; the ISO code otherwise (SEK in an English one). */
    private String currency() {
        return lang.equals("en") ? c.currency() : Amounts.currency(c);
    }

    private BigDecimal zero() {
        return BigDecimal.ZERO.setScale(c.decimals());
    }

    /** Money as the document's language writes it, at the contract's precision. */
    String money(BigDecimal amount) {
        String sv = Amounts.human(amount.setScale(c.decimals(), RoundingMode.HALF_UP), c.decimals());
        return lang.equals("en") ? sv.replace(',', '.').replace(' ', ',') : sv;
    }

    /** A measure's value or a tick: plain digits, the language's decimal mark, − for minus. */
    String number(BigDecimal v) {
        BigDecimal plain = v.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String digits = Amounts.human(plain, plain.scale());
        return lang.equals("en") ? digits.replace(',', '.').replace(' ', ',') : digits;
    }

    private String flowName(Settlement.Flow f) {
        return name(f.payer()) + " → " + name(f.payee());
    }

    private String name(String party) {
        Party p = c.parties().get(party);
        return p == null ? party : p.name();
    }

    private String budget(int year) {
        BigDecimal limit = c.analysis().budget();
        if (limit == null) {
            return w.get("no budget");
        }
        Set<String> payers = CountedMoney.purchasers(c).payers();
        BigDecimal spent = s.sum(l -> payers.contains(l.payer()));
        String share = limit.signum() == 0 ? "–" : number(spent.multiply(BigDecimal.valueOf(100))
                .divide(limit, 1, RoundingMode.HALF_UP)) + " %";
        return w.format("budget line", money(limit) + " " + currency(), c.firstYear(), year,
                money(spent) + " " + currency(), share);
    }

    // ---- caps ------------------------------------------------------------------------------

    /** A cap of a clause, over what it holds, the clauses it covers, and how much of it is used. */
    record CapUse(Clause clause, String label, String scope, BigDecimal limit, Set<String> covers, BigDecimal used) {
    }

    private List<CapUse> caps() {
        List<CapUse> out = new ArrayList<>();
        int year = s.asOfYear();
        for (Clause clause : c.clauses()) {
            ChartSpec spec = ChartSpec.of(clause, library);
            for (ChartSpec.Cap cap : spec.caps()) {
                BigDecimal limit = ChartSpec.decimal(clause.parameters().get(cap.parameter()));
                String scope = ChartSpec.scope(cap, clause, library);
                if (limit == null || scope == null) {
                    continue;
                }
                Set<String> covers = ChartSpec.covered(cap, clause, c.clauses());
                BigDecimal used = switch (scope) {
                    case "year" -> s.sum(l -> covers.contains(l.clause()) && l.year() == year);
                    case "period" -> s.sum(l -> covers.contains(l.clause()));
                    case "subject-year" -> bySubject(covers, l -> l.year() == year);
                    default -> bySubject(covers, l -> true);
                };
                out.add(new CapUse(clause, cap.label().in(lang), scope, limit, covers, used));
            }
        }
        return out;
    }

    private BigDecimal bySubject(Set<String> covers, java.util.function.Predicate<DecisionLine> which) {
        Map<String, BigDecimal> per = new TreeMap<>();
        s.lines().stream().filter(l -> covers.contains(l.clause()) && which.test(l))
                .forEach(l -> per.merge(l.subject(), l.amount(), BigDecimal::add));
        return per.values().stream().reduce(BigDecimal::max).orElse(BigDecimal.ZERO).setScale(c.decimals());
    }

    private DecisionDocument.Chart capChart(CapUse u) {
        List<Integer> years = s.years();
        String title = w.format("cumulative chart", u.clause().id(), u.label(), money(u.limit()) + " "
                + currency());
        YearChart chart = new YearChart(title, years, this::number).fromZero();
        boolean perSubject = u.scope().startsWith("subject");
        Map<String, Map<Integer, BigDecimal>> series = new TreeMap<>();
        for (DecisionLine l : s.lines()) {
            if (u.covers().contains(l.clause())) {
                series.computeIfAbsent(perSubject ? l.subject() : w.get("total"), k -> new TreeMap<>())
                        .merge(l.year(), l.amount(), BigDecimal::add);
            }
        }
        for (Map.Entry<String, Map<Integer, BigDecimal>> e : series.entrySet()) {
            Map<Integer, BigDecimal> cumulative = new TreeMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int y : years) {
                sum = sum.add(e.getValue().getOrDefault(y, BigDecimal.ZERO));
                cumulative.put(y, sum);
            }
            chart.series(new YearChart.Series(e.getKey().isEmpty() ? w.get("total") : e.getKey(), cumulative));
        }
        if (u.scope().endsWith("period")) {
            chart.reference(new YearChart.Reference(u.label(), u.limit(), false));
        } else {
            Map<Integer, BigDecimal> allowance = new TreeMap<>();
            for (int i = 0; i < years.size(); i++) {
                allowance.put(years.get(i), u.limit().multiply(BigDecimal.valueOf(i + 1L)));
            }
            chart.marks(new YearChart.Marks(w.get("allowance"), allowance));
        }
        return new DecisionDocument.Chart("cap " + u.clause().id() + " " + u.label(), chart.svg());
    }

    // ---- measures ----------------------------------------------------------------------------

    private List<DecisionDocument.Chart> measureCharts() {
        List<Integer> years = s.years();
        Map<String, Map<String, Map<Integer, BigDecimal>>> byMeasure = new TreeMap<>();
        for (Measurement m : figures) {
            if (m.year() >= c.firstYear() && m.year() <= s.asOfYear() && c.measures().containsKey(m.measure())) {
                byMeasure.computeIfAbsent(m.measure(), k -> new TreeMap<>())
                        .computeIfAbsent(m.subject(), k -> new TreeMap<>()).put(m.year(), m.value());
            }
        }
        List<DecisionDocument.Chart> out = new ArrayList<>();
        for (String id : c.measures().keySet()) {
            Map<String, Map<Integer, BigDecimal>> bySubject = byMeasure.get(id);
            if (bySubject == null) {
                continue;
            }
            MeasureDefinition def = c.measures().get(id);
            String unit = def.unit() == null || def.unit().isBlank() ? id : def.unit();
            YearChart chart = new YearChart(w.format("measure chart", def.title() == null ? id : def.title(), unit),
                    years, this::number);
            bySubject.forEach((subject, values) -> chart.series(new YearChart.Series(subject, values)));
            Set<String> drawn = new LinkedHashSet<>();
            for (Clause clause : c.clauses()) {
                ChartSpec spec = ChartSpec.of(clause, library);
                if (spec.measure() == null || !id.equals(String.valueOf(clause.parameters().get(spec.measure())))) {
                    continue;
                }
                for (ChartSpec.Level level : spec.levels()) {
                    BigDecimal v = ChartSpec.decimal(ChartSpec.value(clause, library, level.parameter()));
                    if (v != null && ChartSpec.holds(level.when(), clause, library)
                            && drawn.add(clause.id() + level.parameter())) {
                        chart.reference(new YearChart.Reference(clause.id() + " " + level.label().in(lang), v, false));
                    }
                }
                for (ChartSpec.Best best : spec.best()) {
                    if (!ChartSpec.holds(best.when(), clause, library)) {
                        continue;
                    }
                    BigDecimal from = best.from() == null ? null
                            : ChartSpec.decimal(ChartSpec.value(clause, library, best.from()));
                    int shape = 0;
                    for (Map.Entry<String, Map<Integer, BigDecimal>> e : bySubject.entrySet()) {
                        chart.marks(new YearChart.Marks(clause.id() + " " + best.label().in(lang) + ", " + e.getKey(),
                                bestSoFar(e.getValue(), from, def.higherIsBetter(), years), shape++));
                    }
                }
            }
            out.add(new DecisionDocument.Chart("measure " + id, chart.svg()));
        }
        return out;
    }

    /** Per year, the best of {@code start} and every earlier year's value (a high-water mark). */
    static Map<Integer, BigDecimal> bestSoFar(Map<Integer, BigDecimal> values, BigDecimal start, boolean higher,
                                              List<Integer> years) {
        Map<Integer, BigDecimal> out = new TreeMap<>();
        BigDecimal best = start;
        for (int y : years) {
            if (best != null) {
                out.put(y, best);
            }
            BigDecimal v = values.get(y);
            if (v != null) {
                best = best == null ? v : higher ? best.max(v) : best.min(v);
            }
        }
        return out;
    }

    // ---- payouts -----------------------------------------------------------------------------

    private DecisionDocument.Chart payoutChart() {
        YearChart chart = new YearChart(w.get("payouts chart") + " (" + currency() + ")", s.years(),
                this::number).bars();
        for (Clause clause : c.clauses()) {
            Map<Integer, BigDecimal> values = new TreeMap<>();
            boolean any = false;
            for (int y : s.years()) {
                int year = y;
                BigDecimal v = s.sum(l -> l.clause().equals(clause.id()) && l.year() == year);
                any |= s.lines().stream().anyMatch(l -> l.clause().equals(clause.id()) && l.amount().signum() != 0);
                values.put(y, v);
            }
            if (any) {
                chart.series(new YearChart.Series(clause.id(), values));
            }
        }
        return new DecisionDocument.Chart("payouts", chart.svg());
    }

    private DecisionDocument.ClauseSection section(Clause clause, int year) {
        List<DecisionDocument.Line> lines = new ArrayList<>();
        List<DecisionDocument.Line> safeguards = new ArrayList<>();
        for (DecisionLine l : s.lines()) {
            if (!l.clause().equals(clause.id())) {
                continue;
            }
            boolean safeguard = SAFEGUARDS.contains(l.status());
            DecisionDocument.Line line = new DecisionDocument.Line(String.valueOf(l.year()), l.subject(),
                    l.status().name() + " · " + statusWords.status(l.status()), name(l.payer()) + " → "
                    + name(l.payee()), money(l.amount()), l.reason(), l.working(), safeguard);
            if (l.year() == year) {
                lines.add(line);
            }
            if (safeguard) {
                safeguards.add(line);
            }
        }
        String implementedBy = clause.family() == null ? w.get("own rules") : clause.family() + " " + clause.version();
        DecisionDocument.Chart chart = null;
        if (s.lines().stream().anyMatch(l -> l.clause().equals(clause.id()) && l.amount().signum() != 0)) {
            Map<String, Map<Integer, BigDecimal>> bySubject = new TreeMap<>();
            for (DecisionLine l : s.lines()) {
                if (l.clause().equals(clause.id())) {
                    bySubject.computeIfAbsent(l.subject().isEmpty() ? w.get("no unit") : l.subject(), k -> new TreeMap<>())
                            .merge(l.year(), l.amount(), BigDecimal::add);
                }
            }
            YearChart yc = new YearChart(w.format("clause chart", clause.id() + " " + clause.title()) + " ("
                    + currency() + ")", s.years(), this::number).bars();
            bySubject.forEach((k, v) -> yc.series(new YearChart.Series(k, v)));
            chart = new DecisionDocument.Chart("clause " + clause.id(), yc.svg());
        }
        return new DecisionDocument.ClauseSection(clause.id(), "clause-" + anchor(clause.id()), clause.title(),
                clause.text() == null ? "" : paragraphs(clause.text()), implementedBy,
                name(clause.payer()) + " → " + (clause.payeeNamed() ? name(clause.payee()) : w.get("unit providers")), lines, safeguards,
                chart);
    }

    /** The legal text as paragraphs: the line breaks of a YAML block are joined, blank lines kept. */
    static String paragraphs(String text) {
        return text.strip().replace("\r\n", "\n").replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    /** An id safe in an HTML id attribute: letters and digits kept, anything else as its code point. */
    static String anchor(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('_').append(Integer.toHexString(cp));
            }
        });
        return b.toString();
    }

    // ---- analysis ----------------------------------------------------------------------------

    private DecisionDocument.AnalysisSection analysis(Analysis a, boolean asked, String contractShown) {
        if (!asked) {
            return new DecisionDocument.AnalysisSection(w.format("analysis skipped", contractShown), List.of(), null,
                    null, null, true);
        }
        if (a == null) {
            return new DecisionDocument.AnalysisSection(w.get("analysis none"), List.of(), null, null, null, true);
        }
        List<List<String>> checks = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ComparisonResult r : a.comparisons()) {
            String claim = w.get("check." + r.check().id());
            checks.add(List.of(r.check().id(), r.status().label(), claim.startsWith("check.") ? r.check().claim() : claim));
            if (r.status() == Status.FAIL) {
                failed.add(r.check().id());
            }
        }
        Cliff k = a.cliff();
        String cliff;
        if (k == null) {
            cliff = w.get("cliff none");
        } else {
            checks.add(List.of("cliffs", k.status().label(), w.get("check.cliffs")));
            if (k.status() == Status.FAIL) {
                failed.add("cliffs");
            }
            cliff = w.format("cliff", money(k.change().abs()) + " " + currency(), k.focus().label(),
                    c.firstYear() + k.year(), number(k.focus().lattice().value(k.lower().at(k.year()))),
                    number(k.focus().lattice().value(k.upper().at(k.year()))),
                    k.limit() == null ? w.get("no limit") : money(k.limit()) + " " + currency());
        }
        var e = a.exposure();
        checks.add(List.of("exposure", e.status().label(), w.get("check.exposure")));
        if (e.status() == Status.FAIL) {
            failed.add("exposure");
        }
        String exposure = w.format("exposure", money(e.payout().total()) + " " + currency(), c.firstYear(),
                c.lastYear(), e.budget() == null ? w.get("no limit") : money(e.budget()) + " " + currency());
        String verdict = failed.isEmpty() ? w.get("analysis passed")
                : w.format("analysis failed", failed.size(), String.join(", ", failed));
        return new DecisionDocument.AnalysisSection(w.format("settlements", number(BigDecimal.valueOf(a.settlements())),
                a.seed()), checks, cliff, exposure, verdict, failed.isEmpty());
    }
}
