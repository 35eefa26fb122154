package se.utfall.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.event.rule.RuleEventManager;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.FiredRule;
import se.utfall.decision.PayerSplit;
import se.utfall.decision.Settlement;
import se.utfall.derived.DerivedFigures;
import se.utfall.engine.budget.Budget;
import se.utfall.engine.budget.Supervised;
import se.utfall.facts.ClauseMisconfigured;
import se.utfall.facts.ClauseTerms;
import se.utfall.facts.Line;
import se.utfall.facts.Measurement;
import se.utfall.facts.SettlementYear;
import se.utfall.facts.TableRow;
import se.utfall.library.ClauseFamily;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;

/**
 * Settles a contract up to a year: a pure function of contract, rules and measurements. Years are
 * settled in order in one session; while year Y is settled, working memory holds the decisions of
 * earlier years and the measurements up to Y only, so a year's decision never changes when later
 * years are settled. Within a year the phases run in {@link Phase} order. Every settlement runs under
 * the time and memory {@link Budget}: a rule that loops, recurses or fills the heap is stopped and named.
 */
public final class SettlementEngine {
    /** A rule set that fires this often in one phase is looping, not settling. */
    public static final int MAX_FIRINGS_PER_PHASE = 100_000;

    private SettlementEngine() {
    }

    public static Settlement settle(Contract contract, CompiledRules rules, List<Measurement> measurements,
                                    int asOfYear) {
        return settle(contract, rules, measurements, asOfYear, null);
    }

    /**
     * Settles on a date: a year whose figure is missing before the day the contract says it is published
     * is PENDING rather than INSUFFICIENT_DATA. {@code settledOn} null counts every figure as published.
     */
    public static Settlement settle(Contract contract, CompiledRules rules, List<Measurement> measurements,
                                    int asOfYear, LocalDate settledOn) {
        return settle(contract, rules, measurements, asOfYear, settledOn, true);
    }

    /**
     * The same decisions, amounts only: with {@code explained} false the lines carry no working, rule or
     * rule location and the firings no facts, for a caller that only adds up who pays what (the incentive
     * analyzer, thousands of settlements a run). Every rule fires as in a full settlement; only the
     * text describing how a line was reached is left out.
     */
    public static Settlement settle(Contract contract, CompiledRules rules, List<Measurement> measurements,
                                    int asOfYear, LocalDate settledOn, boolean explained) {
        if (asOfYear < contract.firstYear() || asOfYear > contract.lastYear()) {
            throw new IllegalArgumentException("year " + asOfYear + " is outside " + contract.firstYear() + "–"
                    + contract.lastYear());
        }
        RunningRule running = new RunningRule(rules);
        return Supervised.run("settling " + contract.id(), Budget.settlement(),
                () -> settleNow(contract, rules, measurements, asOfYear, settledOn, running, explained, true),
                stop -> stopped(contract, rules, running, stop));
    }

    /** The same settlement without a budget: only for tests that show a rule really runs away. */
    static Settlement settleWithoutBudget(Contract contract, CompiledRules rules, List<Measurement> measurements,
                                          int asOfYear) {
        return settleNow(contract, rules, measurements, asOfYear, null, new RunningRule(rules), true, true);
    }

    /** A full settlement in a session of its own, never pooled: for the test that pooling changes nothing. */
    static Settlement settleInNewSession(Contract contract, CompiledRules rules, List<Measurement> measurements,
                                         int asOfYear) {
        return settleNow(contract, rules, measurements, asOfYear, null, new RunningRule(rules), true, false);
    }

    private static Settlement settleNow(Contract contract, CompiledRules rules, List<Measurement> given,
                                        int asOfYear, LocalDate settledOn, RunningRule running,
                                        boolean explained, boolean pooled) {
        // Derived measures are computed before any rule runs and enter as ordinary measurements.
        DerivedFigures.Result derived = DerivedFigures.compute(contract, given);
        List<Measurement> measurements = derived.measurements();
        MissingFigureReasons reasons = new MissingFigureReasons(contract, settledOn, measurements, derived.missing());
        KieSession session = pooled ? SessionPools.newSession(rules.kieBase()) : rules.kieBase().newKieSession();
        Recorder recorder = new Recorder(rules, explained);
        // The firing listeners are Drools' lean kind (see RunningRule): no agenda listener is attached.
        RuleEventManager firings = (RuleEventManager) session;
        session.addEventListener(recorder.insertions);
        firings.addEventListener(recorder.firings);
        firings.addEventListener(running);
        boolean clean = false;
        try {
            standingFacts(contract, rules).forEach(session::insert);
            Map<Integer, List<Measurement>> byYear = measurements.stream()
                    .collect(Collectors.groupingBy(Measurement::year));
            FactHandle year = null;
            for (int y = contract.firstYear(); y <= asOfYear; y++) {
                if (year != null) {
                    session.delete(year);
                }
                year = session.insert(new SettlementYear(y, contract.firstYear(), contract.lastYear()));
                byYear.getOrDefault(y, List.of()).forEach(session::insert);
                for (Phase phase : Phase.values()) {
                    recorder.enter(y, phase);
                    session.getAgenda().getAgendaGroup(phase.agendaGroup()).setFocus();
                    fire(session, contract, rules, recorder, y, phase);
                    if (phase != Phase.DERIVE) {
                        EvaluationYears.replaceNotDue(session, contract, y, recorder);
                    }
                }
            }
            List<DecisionLine> lines = new ArrayList<>();
            Map<String, Clause> clauses = byId(contract);
            for (Object o : session.getObjects(o -> o instanceof Line)) {
                Line line = (Line) o;
                Clause clause = clauses.get(line.clause());
                DecisionLine whole = explained
                        ? report(reasons.explain(line), reasons.derivations(line), contract, clause,
                                recorder.origin(line))
                        : amountOnly(reasons.explain(line), clause, recorder.origin(line));
                // Only lines the clause's payer pays are shared; a line a rule books between other parties is not.
                if (clause == null || !whole.payer().equals(clause.payer())) {
                    lines.add(whole);
                } else {
                    lines.addAll(PayerSplit.split(whole, clause.payerShares(), contract.decimals()));
                }
            }
            lines.sort(ORDER);
            Settlement settled = new Settlement(contract, asOfYear, List.copyOf(lines), List.copyOf(recorder.fired()));
            clean = true;
            return settled;
        } finally {
            if (clean && pooled) {
                // back to the rule set's pool, reset: the next settlement starts from an empty session
                session.removeEventListener(recorder.insertions);
                firings.removeEventListener(recorder.firings);
                firings.removeEventListener(running);
                session.dispose();
            } else if (pooled) {
                // a settlement that failed or was stopped may have left the session half-way: never reused
                session.destroy();
            } else {
                session.dispose();
            }
        }
    }

    /**
     * One message for a settlement that was stopped: the rule that was running (its header line), the
     * contract, and what to do. The compiled rules are dropped from the cache, so no later contract uses a
     * rule base a stopped thread may have left half-way.
     */
    private static RuntimeException stopped(Contract contract, CompiledRules rules, RunningRule running,
                                            Supervised.Stop stop) {
        RuleCompiler.forget(rules);
        Rule rule = running.at(stop.stack());
        String what = switch (stop.reason()) {
            case TIME -> "it ran past its time budget of " + Budget.shown(stop.budget());
            case MEMORY -> "it exhausted memory" + (stop.error() == null ? "" : " (" + stop.error() + ")");
            case STACK -> "it ran out of stack (StackOverflowError)";
        };
        String advice = switch (stop.reason()) {
            case TIME -> "look for a loop in the rule (or in a function or comparator it calls) that never ends;"
                    + " if the contract is only large, raise the budget with --time-budget SECONDS or "
                    + Budget.ENVIRONMENT + ".";
            case MEMORY -> "look for a rule that builds an ever larger text or collection.";
            case STACK -> "look for a function that calls itself without end.";
        };
        String message = "contract " + contract.id() + ": settlement stopped, " + what
                + (rule == null ? "" : ", while rule \"" + rule.getName() + "\" was running")
                + (stop.died() ? "" : "; its thread could not be stopped and keeps running until Utfall exits")
                + "; " + advice;
        if (rule == null) {
            return BadInput.of(contract.file(), 0, message);
        }
        CompiledRules.RuleLocation at = running.locate(rule);
        return new BadInput(List.of(new Problem(at.file(), at.line(), message)));
    }

    /**
     * The facts a settlement inserts before its first year, new objects in the order it inserts them:
     * the contract's measure definitions, then each clause's table rows and terms. Public for the
     * benchmark, which times Drools alone on the very facts the engine gives it.
     */
    public static List<Object> standingFacts(Contract contract, CompiledRules rules) {
        List<Object> facts = new ArrayList<>(contract.measures().values());
        for (Clause clause : contract.clauses()) {
            addTerms(facts, contract, clause, rules);
        }
        return facts;
    }

    private static void addTerms(List<Object> facts, Contract contract, Clause clause, CompiledRules rules) {
        ClauseTerms terms;
        ClauseFamily family = clause.family() == null ? null : rules.ruleSet().familyOf(clause);
        if (clause.family() == null) {
            terms = new ClauseTerms();
        } else {
            FactType type = rules.termsType(family);
            try {
                Object instance = type.newInstance();
                for (Map.Entry<String, Object> p : clause.parameters().entrySet()) {
                    type.set(instance, p.getKey(), p.getValue());
                }
                terms = (ClauseTerms) instance;
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot create the terms of " + clause.id(), e);
            }
            for (Object value : clause.parameters().values()) {
                if (value instanceof List<?> rows) {
                    rows.stream().filter(TableRow.class::isInstance).forEach(facts::add);
                }
            }
        }
        Map<String, String> texts = family == null ? Map.of() : rules.texts(family, contract.language().code());
        terms.init(clause.id(), clause.title(), clause.order(), clause.payer(), clause.payee(), contract.decimals(),
                contract.roundingMode(), contract.language().code(), contract.currency(), texts);
        if (!clause.payerShares().isEmpty()) {
            List<String> shares = new ArrayList<>();
            clause.payerShares().forEach((p, share) -> shares.add(p + " " + share.stripTrailingZeros().toPlainString()));
            terms.sharedBy(String.join(", ", shares));
        }
        if (!clause.payeeNamed() && contract.providers().contains(clause.payee())) {
            terms.payUnitsTo(contract.subjectPayees(), contract.providers());
        }
        facts.add(terms);
    }

    private static void fire(KieSession session, Contract contract, CompiledRules rules, Recorder recorder, int year,
                             Phase phase) {
        int fired;
        try {
            fired = session.fireAllRules(MAX_FIRINGS_PER_PHASE);
        } catch (ConsequenceException e) {
            if (e.getCause() instanceof ClauseMisconfigured refused) {
                Clause clause = contract.clause(refused.clause()).orElseThrow();
                throw BadInput.of(contract.file(), clause.line(), "clause " + clause.id() + " cannot be settled: "
                        + refused.getMessage());
            }
            var rule = e.getMatch().getRule();
            var at = rules.locate(rule.getPackageName(), rule.getName());
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadInput(List.of(new Problem(at.file(), at.line(), "rule \"" + rule.getName()
                    + "\" failed while settling " + year + ": " + cause
                    + ". Check that every parameter it uses has a value.")));
        } catch (RuntimeException e) {
            throw new BadInput(List.of(new Problem("(rules)", 0, "a rule failed while settling " + year + " in phase "
                    + phase.agendaGroup() + ": " + e)));
        }
        if (fired >= MAX_FIRINGS_PER_PHASE) {
            FiredRule busiest = recorder.fired().stream()
                    .filter(f -> f.year() == year && f.phase().equals(phase.agendaGroup()))
                    .collect(Collectors.groupingBy(f -> f.location() + "\u0000" + f.rule(), Collectors.toList()))
                    .values().stream().max(Comparator.comparingInt(List::size)).map(l -> l.get(0)).orElseThrow();
            int colon = busiest.location().lastIndexOf(':');
            throw new BadInput(List.of(new Problem(busiest.location().substring(0, colon),
                    Integer.parseInt(busiest.location().substring(colon + 1)), "rule \"" + busiest.rule()
                    + "\" fired more than " + MAX_FIRINGS_PER_PHASE + " times in phase " + phase.agendaGroup()
                    + " of " + year + " without settling: it re-triggers itself; guard its insert with a 'not' pattern"
                    + " for the line it makes.")));
        }
    }

    /**
     * The contract's clauses by id, the first of an id as {@link Contract#clause} finds it: looked up for
     * every line of a settlement.
     */
    private static Map<String, Clause> byId(Contract contract) {
        Map<String, Clause> clauses = new java.util.HashMap<>();
        for (Clause c : contract.clauses()) {
            clauses.putIfAbsent(c.id(), c);
        }
        return clauses;
    }

    /**
     * A decision line as {@link #report} makes it, without the working (see the lean settle); {@code clause}
     * is the line's clause, null when the contract has none of its id.
     */
    private static DecisionLine amountOnly(Line line, Clause clause, Recorder.Origin origin) {
        return new DecisionLine(line.year(), line.clause(), clause == null ? "" : clause.title(),
                clause == null ? Integer.MAX_VALUE : clause.order(), line.subject(), line.payer(), line.payee(),
                line.status(), line.amount(), line.reason(), "", origin.rule(),
                origin.location(), origin.phase().agendaGroup());
    }

    private static DecisionLine report(Line line, String derivations, Contract contract, Clause clause,
                                       Recorder.Origin origin) {
        String working = contract.language() == se.utfall.contract.Language.EN
                ? line.working().render(line.amount(), o -> o instanceof java.math.BigDecimal d
                        ? se.utfall.facts.Figures.english(d) : se.utfall.facts.Figures.format(o))
                : line.working().render(line.amount());
        if (!derivations.isEmpty()) {
            working = working.isEmpty() ? derivations : derivations + "; " + working;
        }
        return new DecisionLine(line.year(), line.clause(), clause == null ? "" : clause.title(),
                clause == null ? Integer.MAX_VALUE : clause.order(), line.subject(), line.payer(), line.payee(),
                line.status(), line.amount(), line.reason(), working, origin.rule(),
                origin.location(), origin.phase().agendaGroup());
    }

    private static final Comparator<DecisionLine> ORDER = Comparator.comparingInt(DecisionLine::year)
            .thenComparingInt(DecisionLine::clauseOrder)
            .thenComparing(DecisionLine::clause)
            .thenComparing(l -> Phase.of(l.phase()))
            .thenComparing(DecisionLine::subject)
            .thenComparing(DecisionLine::status)
            .thenComparing(DecisionLine::payee)
            .thenComparing(DecisionLine::amount)
            .thenComparing(DecisionLine::reason)
            .thenComparing(DecisionLine::payer);

}
