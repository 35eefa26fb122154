package se.utfall.engine;

import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * Knows which rule a settlement is running, so a stopped settlement can name it. The agenda says which
 * rule is firing; code that runs outside a firing (an accumulate's action runs while the network is
 * evaluated) is found on the worker's stack instead, where Drools' generated classes carry the rule's
 * name ({@code Rule_<name><n>$Accumulate0}, {@code Rule_<name><n>DefaultConsequenceInvoker}).
 *
 * <p>A {@link RuleEventListener}, not an agenda listener: Drools calls it with the match itself around
 * each consequence, while any agenda listener makes it build an event object for every match created,
 * fired and cancelled and every phase's focus, in every settlement.
 */
final class RunningRule implements RuleEventListener {
    private static final Pattern NOT_IN_NAME = Pattern.compile("[^\\w$]");

    private final CompiledRules rules;
    private volatile Rule firing;

    RunningRule(CompiledRules rules) {
        this.rules = rules;
    }

    @Override
    public void onBeforeMatchFire(Match match) {
        firing = match.getRule();
    }

    @Override
    public void onAfterMatchFire(Match match) {
        firing = null;
    }

    /** The rule whose code is innermost on the stack, else the rule firing, else null. */
    Rule at(StackTraceElement[] stack) {
        if (stack != null) {
            for (StackTraceElement frame : stack) {
                Rule r = ruleOf(frame.getClassName());
                if (r != null) {
                    return r;
                }
            }
        }
        return firing;
    }

    CompiledRules.RuleLocation locate(Rule rule) {
        return rules.locate(rule.getPackageName(), rule.getName());
    }

    /** The rule a generated class belongs to: same package, and the class named after the rule. */
    private Rule ruleOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot < 0 || !className.startsWith("Rule_", dot + 1)) {
            return null;
        }
        String pkg = className.substring(0, dot);
        String simple = className.substring(dot + 1 + "Rule_".length());
        KiePackage kiePackage = rules.kieBase().getKiePackage(pkg);
        if (kiePackage == null) {
            return null;
        }
        Rule best = null;
        int bestLength = -1;
        for (Rule r : kiePackage.getRules()) {
            String name = NOT_IN_NAME.matcher(r.getName()).replaceAll("_");
            String upper = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : new String[] {name, upper}) {
                // The class name is the rule's, then a counter (digits), then what the class is for.
                if (simple.startsWith(candidate) && simple.length() > candidate.length()
                        && Character.isDigit(simple.charAt(candidate.length())) && candidate.length() > bestLength) {
                    best = r;
                    bestLength = candidate.length();
                }
            }
        }
        return best;
    }
}
