package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;
import se.utfall.contract.Contract;
import se.utfall.derived.DerivedFigures;
import se.utfall.engine.Phase;
import se.utfall.engine.PreparedContract;
import se.utfall.engine.SettlementEngine;
import se.utfall.facts.Line;
import se.utfall.facts.Measurement;
import se.utfall.facts.SettlementYear;

/**
 * What Drools alone costs for a settlement: the floor under the engine while Drools decides. The same
 * compiled rule base and the very facts the engine inserts ({@link SettlementEngine#standingFacts},
 * then per year the year and its measurements), the same five phases per year, each focused and
 * fired with the engine's firing limit, the rules' consequences running (they still write their
 * reasons and workings), and a session from a pool of the rule base as the engine takes one. Left
 * out is all that is Utfall's: no supervisor thread or budget, no listeners (audit trail, running
 * rule), no evaluation years, no missing-figure reasons, no decision lines or payer split, no sorting.
 *
 * <p>The facts are made once per contract, before timing (the terms are set once and no rule changes
 * them, so each session may be given the same objects); each year's totals are read from the Line
 * facts left in the session, and checked against the engine's, so the floor decides what the engine
 * decides.
 */
final class DroolsAlone {
    private final Contract contract;
    private final KieBase kieBase;
    private final List<Object> standing;
    private final Map<Integer, List<Measurement>> byYear;

    /** Each rule base's own pool: the engine's pool stays as the engine uses it. */
    private static final Map<KieBase, KieSessionsPool> POOLS = new java.util.IdentityHashMap<>();

    DroolsAlone(PreparedContract prepared, List<Measurement> measurements) {
        this.contract = prepared.contract();
        this.kieBase = prepared.rules().kieBase();
        this.standing = List.copyOf(SettlementEngine.standingFacts(contract, prepared.rules()));
        this.byYear = DerivedFigures.compute(contract, measurements).measurements().stream()
                .collect(Collectors.groupingBy(Measurement::year));
    }

    /** Settles every year up to the contract's last and returns each year's total of the Line facts. */
    YearTotals settle() {
        KieSessionsPool pool;
        synchronized (POOLS) {
            pool = POOLS.computeIfAbsent(kieBase, b -> b.newKieSessionsPool(0));
        }
        KieSession session = pool.newKieSession();
        try {
            standing.forEach(session::insert);
            FactHandle year = null;
            for (int y = contract.firstYear(); y <= contract.lastYear(); y++) {
                if (year != null) {
                    session.delete(year);
                }
                year = session.insert(new SettlementYear(y, contract.firstYear(), contract.lastYear()));
                byYear.getOrDefault(y, List.of()).forEach(session::insert);
                for (Phase phase : Phase.values()) {
                    session.getAgenda().getAgendaGroup(phase.agendaGroup()).setFocus();
                    session.fireAllRules(SettlementEngine.MAX_FIRINGS_PER_PHASE);
                }
            }
            TreeMap<Integer, BigDecimal> totals = new TreeMap<>();
            for (int y = contract.firstYear(); y <= contract.lastYear(); y++) {
                totals.put(y, BigDecimal.ZERO);
            }
            for (Object o : session.getObjects(o -> o instanceof Line)) {
                Line line = (Line) o;
                totals.merge(line.year(), line.amount(), BigDecimal::add);
            }
            return new YearTotals(contract.id(), contract.decimals(), totals);
        } finally {
            session.dispose();
        }
    }
}
