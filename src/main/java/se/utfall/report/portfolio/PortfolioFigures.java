package se.utfall.report.portfolio;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.utfall.concurrent.InParallel;
import se.utfall.contract.Contract;
import se.utfall.contract.Party;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.ledger.PortfolioMeasurements;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;

/**
 * The figures a portfolio page compares, computed from the files alone (contract, rules and
 * measurements, as a dry run would; the ledger is not read): per contract its units' measures
 * (latest figure and the year before), and what each clause pays each unit in a year and the year
 * before. Contracts are settled a few at a time, like settle-all; only these figures are kept, not
 * the decision lines, so memory does not grow with the lines of a large portfolio.
 */
public final class PortfolioFigures {
    private PortfolioFigures() {
    }

    /** A unit's figure for one measure: the latest year up to the report's year, and the year before it. */
    public record MeasureFigure(String subject, String measure, int latestYear, BigDecimal latest, BigDecimal before) {
    }

    /** What one clause decided for one unit and payee, in the report's year and the year before. */
    public record ClausePayout(String clause, String subject, String payer, String payee, BigDecimal amount,
                               BigDecimal before) {
    }

    /** One contract's figures, or (contract null) why it could not be read or settled. */
    public record ContractFigures(String folder, Contract contract, List<MeasureFigure> measures,
                                  List<ClausePayout> payouts, List<String> problems) {
        public boolean failed() {
            return contract == null;
        }

        /** The provider a unit belongs to: the contract says so, or it has one provider, else whom its lines pay. */
        public String provider(String subject) {
            String declared = contract.subjectPayees().get(subject);
            if (declared != null) {
                return declared;
            }
            List<String> providers = contract.providers();
            if (providers.size() == 1) {
                return providers.get(0);
            }
            return payouts.stream().filter(p -> p.subject().equals(subject)).map(ClausePayout::payee).sorted()
                    .findFirst().orElse("");
        }

        /** A party's name, or the id as written when the contract has no such party. */
        public String name(String party) {
            Party p = contract.parties().get(party);
            return p == null ? party : p.name();
        }
    }

    /**
     * Every folder's figures for {@code year}, sorted by folder; a contract that does not load or settle
     * is kept with its problems and the others go on.
     */
    public static List<ContractFigures> of(ClauseLibrary library, Path root, List<Path> folders, int year,
                                           PortfolioMeasurements measurements, int threads) {
        List<ContractFigures> all = new ArrayList<>(InParallel.map(folders, threads,
                folder -> one(library, root, folder, year, measurements)));
        all.sort(Comparator.comparing(ContractFigures::folder));
        return List.copyOf(all);
    }

    static ContractFigures one(ClauseLibrary library, Path root, Path folder, int year,
                               PortfolioMeasurements measurements) {
        String shown = root.relativize(folder).toString().replace('\\', '/');
        try {
            PreparedContract prepared = PreparedContract.prepare(folder, library);
            Contract c = prepared.contract();
            List<Measurement> rows = measurements.forContract(folder).apply(prepared);
            List<MeasureFigure> figures = measures(rows, year);
            if (year < c.firstYear()) {
                // Nothing is decided before the contract's period: its measures are shown, no payouts.
                return new ContractFigures(shown, c, figures, List.of(), List.of());
            }
            // A contract that ended before the year is settled up to its last year (as settle-all does).
            Settlement s = prepared.settle(rows, Math.min(year, c.lastYear()));
            return new ContractFigures(shown, c, figures, payouts(s, year), List.of());
        } catch (BadInput bad) {
            return new ContractFigures(shown, null, List.of(), List.of(),
                    bad.problems().stream().map(Problem::render).toList());
        } catch (RuntimeException | Error e) {
            // An Error too (a parser's StackOverflowError on absurd input): it fails this contract, not the page.
            return new ContractFigures(shown, null, List.of(), List.of(), List.of(Locations.display(folder)
                    + ": internal error: " + e + " (set UTFALL_DEBUG=1 and settle this contract alone for the trace)"));
        }
    }

    /** Per unit and measure: the latest figure up to {@code year} and the figure of the year before that one. */
    static List<MeasureFigure> measures(List<Measurement> rows, int year) {
        Map<String, TreeMap<Integer, BigDecimal>> by = new TreeMap<>();
        for (Measurement m : rows) {
            if (m.year() <= year && m.value() != null) {
                by.computeIfAbsent(m.subject() + "\u0000" + m.measure(), k -> new TreeMap<>()).put(m.year(), m.value());
            }
        }
        List<MeasureFigure> out = new ArrayList<>();
        by.forEach((key, years) -> {
            String[] k = key.split("\u0000", -1);
            int latest = years.lastKey();
            out.add(new MeasureFigure(k[0], k[1], latest, years.get(latest), years.get(latest - 1)));
        });
        return List.copyOf(out);
    }

    /** Per clause, unit and flow: the sum of the lines of {@code year} and of the year before. */
    static List<ClausePayout> payouts(Settlement s, int year) {
        Map<List<String>, BigDecimal[]> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)).thenComparing(k -> k.get(3)));
        Map<String, Integer> order = new TreeMap<>();
        for (DecisionLine l : s.lines()) {
            if (l.year() != year && l.year() != year - 1) {
                continue;
            }
            order.putIfAbsent(l.clause(), l.clauseOrder());
            BigDecimal[] sum = sums.computeIfAbsent(List.of(l.clause(), l.subject(), l.payer(), l.payee()),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[l.year() == year ? 0 : 1] = sum[l.year() == year ? 0 : 1].add(l.amount());
        }
        int decimals = s.contract().decimals();
        List<ClausePayout> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new ClausePayout(k.get(0), k.get(1), k.get(2), k.get(3),
                v[0].setScale(decimals), v[1].setScale(decimals))));
        // In the contract's clause order, then unit and flow.
        out.sort(Comparator.comparingInt((ClausePayout p) -> order.get(p.clause())).thenComparing(ClausePayout::clause)
                .thenComparing(ClausePayout::subject).thenComparing(ClausePayout::payer)
                .thenComparing(ClausePayout::payee));
        return List.copyOf(out);
    }

    /** Every unit a contract names in its figures: measured, paid, or declared under a provider. */
    static TreeSet<String> subjects(ContractFigures f) {
        TreeSet<String> all = new TreeSet<>();
        f.measures().forEach(m -> all.add(m.subject()));
        f.payouts().forEach(p -> all.add(p.subject()));
        all.addAll(f.contract().subjectPayees().keySet());
        return all;
    }
}
