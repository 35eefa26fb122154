package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.Measurement;
import se.utfall.facts.TableRow;

/**
 * Settles a contract of the four reference families in plain Java, year by year, phase by phase, as
 * the rule files do, and returns the total of each year. It reads the same {@link Contract} and
 * measurements the engine gets, so both start from the same parsed inputs. A contract it cannot settle
 * exactly as the engine would (another family, its own rule files, derived measures, evaluation years,
 * co-payers, a cap with a party filter, nested or carried caps) is left out of the comparison: see
 * {@link #unsupported}.
 */
public final class ReferenceSettlement {
    /** The families this reference implements: benchmark code may name them; the core never does. */
    public static final Set<String> FAMILIES = Set.of("rate-card", "fixed-payment", "level-bonus", "payment-cap");

    private final Contract contract;
    private final List<ReferenceClause> clauses;

    private ReferenceSettlement(Contract contract, List<ReferenceClause> clauses) {
        this.contract = contract;
        this.clauses = clauses;
    }

    /** Why the reference cannot settle this contract exactly as the engine does, or empty when it can. */
    public static Optional<String> unsupported(Contract contract) {
        if (!contract.ruleFiles().isEmpty()) {
            return Optional.of("rule files of its own");
        }
        if (!contract.derived().isEmpty()) {
            return Optional.of("derived measures");
        }
        int caps = 0;
        for (Clause c : contract.clauses()) {
            if (c.family() == null || !FAMILIES.contains(c.family())) {
                return Optional.of("family " + (c.family() == null ? "(none)" : c.family()));
            }
            if (!c.due().isEmpty() || !c.payerShares().isEmpty()) {
                return Optional.of("evaluation years or co-payers");
            }
            if (c.family().equals("payment-cap")) {
                caps++;
                Object per = c.parameters().get("per");
                if (!"year".equals(per) && !"period".equals(per)) {
                    return Optional.of("payment-cap per " + per);
                }
                if (c.parameters().get("party") != null) {
                    return Optional.of("payment-cap with a party");
                }
                for (String counted : counted(contract, c)) {
                    Clause other = contract.clause(counted).orElseThrow();
                    if (!other.payer().equals(c.payer()) || !other.payee().equals(c.payee())) {
                        return Optional.of("payment-cap across flows");
                    }
                }
            }
            if (c.family().equals("level-bonus")) {
                Object mode = c.parameters().get("mode");
                if (!"step".equals(mode) && !"linear".equals(mode)) {
                    return Optional.of("level-bonus mode " + mode);
                }
            }
        }
        return caps > 1 ? Optional.of("more than one payment-cap") : Optional.empty();
    }

    /** The reference for a contract {@link #unsupported} accepts. */
    public static ReferenceSettlement of(Contract contract) {
        unsupported(contract).ifPresent(why -> {
            throw new IllegalArgumentException("the reference cannot settle " + contract.id() + ": " + why);
        });
        List<ReferenceClause> clauses = new ArrayList<>();
        for (Clause c : contract.clauses()) {
            Map<String, Object> p = c.parameters();
            clauses.add(switch (c.family()) {
                case "fixed-payment" -> new FixedPaymentClause(c.id(), rows(p.get("schedule")));
                case "rate-card" -> new RateCardClause(c.id(), (String) p.get("measure"),
                        (BigDecimal) p.get("pricePerOutcome"), (BigDecimal) p.get("yearCap"),
                        (BigDecimal) p.get("totalCap"));
                case "level-bonus" -> {
                    MeasureDefinition measure = contract.measures().get((String) p.get("measure"));
                    yield new LevelBonusClause(c.id(), measure.id(), measure.higherIsBetter(),
                            "linear".equals(p.get("mode")), (BigDecimal) p.get("threshold"),
                            (BigDecimal) p.get("ceiling"), (BigDecimal) p.get("amount"),
                            p.get("minRespondents") == null ? null : ((Number) p.get("minRespondents")).intValue());
                }
                case "payment-cap" -> new PaymentCapClause(c.id(), counted(contract, c),
                        "period".equals(p.get("per")), (BigDecimal) p.get("limit"));
                default -> throw new IllegalStateException("no reference for family " + c.family());
            });
        }
        return new ReferenceSettlement(contract, List.copyOf(clauses));
    }

    /** Settles every year from the first up to {@code asOfYear}: the total of each year. */
    public YearTotals settle(List<Measurement> measurements, int asOfYear) {
        Figures figures = new Figures(measurements);
        Book book = new Book(contract.firstYear(), contract.lastYear(), contract.decimals(), contract.roundingMode());
        TreeMap<Integer, BigDecimal> totals = new TreeMap<>();
        for (int year = contract.firstYear(); year <= asOfYear; year++) {
            for (ReferenceClause c : clauses) {
                c.entitle(year, figures, book);
            }
            for (ReferenceClause c : clauses) {
                c.limitOwn(year, book);
            }
            for (ReferenceClause c : clauses) {
                c.limitAcross(year, book);
            }
            totals.put(year, book.total(year));
        }
        return new YearTotals(contract.id(), contract.decimals(), totals);
    }

    /** The clauses a cap counts: those it names, or every other clause when it names none. */
    private static List<String> counted(Contract contract, Clause cap) {
        Object named = cap.parameters().get("clauses");
        List<String> ids = new ArrayList<>();
        for (Clause c : contract.clauses()) {
            boolean counts = named instanceof List<?> list && !list.isEmpty() ? list.contains(c.id())
                    : !c.id().equals(cap.id());
            if (counts && !c.id().equals(cap.id())) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    private static List<TableRow> rows(Object table) {
        List<TableRow> rows = new ArrayList<>();
        if (table instanceof List<?> list) {
            list.stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).forEach(rows::add);
        }
        return rows;
    }
}
