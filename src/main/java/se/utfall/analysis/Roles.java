package se.utfall.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.engine.CompiledRules;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.MeasureRole;
import java.util.function.Function;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.Parameter;

/**
 * Which figures are the provider's results, and so varied, and which are held: a measure whose
 * role in contract.yaml is not outcome (a comparison group's rate, base pay, an investor's
 * balance), a subject a clause names as a comparison group (a text parameter whose family declares
 * {@code role:}, e.g. {@code comparison: Riket}), and a measure held with --hold. A comparison
 * group that does better is not the provider doing worse, so varying it raised false alarms.
 */
public final class Roles {
    private final Contract contract;
    /** subject → role and the clause that names it. */
    private final Map<String, Named> subjects = new TreeMap<>();
    private final List<String> heldMeasures;

    record Named(MeasureRole role, String clause) {
    }

    private Roles(Contract contract, List<String> heldMeasures) {
        this.contract = contract;
        this.heldMeasures = List.copyOf(heldMeasures);
    }

    public static Roles of(Contract contract, CompiledRules rules, List<String> held) {
        return of(contract, rules.ruleSet()::familyOf, held);
    }

    /**
     * The roles the contract and its clauses' families give. The families come from the library the
     * contract was read with: compiled rules are shared between libraries whose rule files are the
     * same, while a family.yaml may differ.
     */
    public static Roles of(Contract contract, ClauseLibrary library, List<String> held) {
        return of(contract, c -> c.family() == null ? null : library.family(c.family(), c.version()), held);
    }

    private static Roles of(Contract contract, Function<Clause, ClauseFamily> families, List<String> held) {
        Roles roles = new Roles(contract, held);
        for (Clause clause : contract.clauses()) {
            ClauseFamily family = clause.family() == null ? null : families.apply(clause);
            if (family == null) {
                continue;
            }
            for (Parameter p : family.parameters().values()) {
                if (p.subjectRole() != null && clause.parameters().get(p.name()) instanceof String subject) {
                    roles.subjects.putIfAbsent(subject, new Named(p.subjectRole(), clause.id()));
                }
            }
        }
        return roles;
    }

    /** The subjects a clause names as a comparison group (or another role that is not the provider's). */
    public java.util.Set<String> heldSubjects() {
        return java.util.Set.copyOf(subjects.keySet());
    }

    /** Whether a subject's figures of a measure are varied: only an outcome's, of a subject no clause holds. */
    public boolean varied(String subject, String measure) {
        MeasureDefinition def = contract.measures().get(measure);
        return !heldMeasures.contains(measure) && def != null && def.isOutcome() && !subjects.containsKey(subject);
    }

    /** The measure's role, OUTCOME for one the contract does not define. */
    public MeasureRole role(String measure) {
        MeasureDefinition def = contract.measures().get(measure);
        return def == null ? MeasureRole.OUTCOME : def.role();
    }

    /** Whether the subject's figures are kept only as the file gives them (a state). */
    public boolean asMeasured(String measure) {
        return role(measure) == MeasureRole.STATE;
    }

    /** What is held and why, in a fixed order, for the report. */
    public List<String> held(List<String> used, Template template) {
        List<String> out = new ArrayList<>();
        for (String m : used) {
            if (heldMeasures.contains(m)) {
                out.add(m + " (--hold)");
            } else if (!role(m).equals(MeasureRole.OUTCOME)) {
                out.add(m + " (role: " + role(m).word() + ")");
            }
        }
        for (String m : used) {
            if (heldMeasures.contains(m) || role(m) != MeasureRole.OUTCOME) {
                continue;
            }
            for (String subject : template.subjects(m)) {
                Named n = subjects.get(subject);
                if (n != null) {
                    out.add(subject + " · " + m + " (" + n.role().word() + ", named by " + n.clause() + ")");
                }
            }
        }
        return List.copyOf(out);
    }
}
