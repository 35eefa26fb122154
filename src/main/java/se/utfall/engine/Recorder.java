package se.utfall.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import se.utfall.decision.FiredRule;
import se.utfall.facts.ClauseTerms;
import se.utfall.facts.Line;
import se.utfall.facts.TableRow;

/** Listens to a settlement session: which rule inserted each line, and every rule that fired. */
final class Recorder {
    /** Where a line came from. */
    record Origin(String rule, String location, Phase phase) {
    }

    private final CompiledRules rules;
    private final Map<Line, Origin> origins = new IdentityHashMap<>();
    private final List<FiredRule> fired = new ArrayList<>();
    private int year;
    private Phase phase;

    /** False for a settlement read only for its amounts: lines get no rule or location, firings no facts or clauses. */
    private final boolean explained;

    Recorder(CompiledRules rules) {
        this(rules, true);
    }

    Recorder(CompiledRules rules, boolean explained) {
        this.rules = rules;
        this.explained = explained;
    }

    void enter(int year, Phase phase) {
        this.year = year;
        this.phase = phase;
    }

    Origin origin(Line line) {
        return origins.getOrDefault(line, new Origin("", "", phase));
    }

    /** A line the engine itself makes from a term of contract.yaml (e.g. {@code due:}), not a rule. */
    void noteContract(Line line, String location) {
        origins.put(line, new Origin("", location, phase));
    }

    List<FiredRule> fired() {
        return fired;
    }

    /** A rule's file:line (each line and firing names it), looked up once per rule set. */
    private String location(Rule rule) {
        return rules.rendered(rule);
    }

    final DefaultRuleRuntimeEventListener insertions = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Line line && event.getRule() != null) {
                // amounts only: the phase still orders the lines; the rule and its location are left out
                origins.put(line, explained ? new Origin(event.getRule().getName(), location(event.getRule()), phase)
                        : new Origin("", "", phase));
            }
        }
    };

    /**
     * Every firing, told by Drools with the match itself (a {@link RuleEventListener}): an agenda
     * listener would make Drools build an event object for every match created, fired and cancelled.
     */
    final RuleEventListener firings = new RuleEventListener() {
        @Override
        public void onAfterMatchFire(Match match) {
            var rule = match.getRule();
            if (!explained) {
                // still named: a rule that re-triggers itself is reported by name and location
                fired.add(new FiredRule(year, phase.agendaGroup(), rule.getName(), location(rule), List.of(), List.of()));
                return;
            }
            Set<String> clauses = new LinkedHashSet<>();
            List<Object> facts = match.getObjects();
            for (Object o : facts) {
                if (o instanceof ClauseTerms t) {
                    clauses.add(t.getClause());
                } else if (o instanceof Line l) {
                    clauses.add(l.clause());
                } else if (o instanceof TableRow r) {
                    clauses.add(r.clause());
                }
            }
            String location = location(rule);
            fired.add(new FiredRule(year, phase.agendaGroup(), rule.getName(), location, List.copyOf(clauses),
                    new FactTexts(facts.toArray())));
        }
    };
}
