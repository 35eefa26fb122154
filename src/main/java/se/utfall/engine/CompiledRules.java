package se.utfall.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;
import se.utfall.library.ClauseFamily;

/** A compiled rule set, shared by every settlement that uses the same sources. */
public record CompiledRules(KieBase kieBase, RuleSet ruleSet, Map<String, RuleLocation> ruleLocations,
                            Map<String, Map<String, String>> familyTexts, Lookups lookups) {

    public CompiledRules(KieBase kieBase, RuleSet ruleSet, Map<String, RuleLocation> ruleLocations) {
        this(kieBase, ruleSet, ruleLocations, new ConcurrentHashMap<>(), new Lookups());
    }

    /**
     * What every settlement of the rule set looks up again and again, kept once per rule set: each
     * family's terms type (Drools finds it by package and name) and each rule's rendered location (every
     * firing and line names it). Both depend only on the compiled rules.
     */
    public static final class Lookups {
        private final Map<String, FactType> termsTypes = new ConcurrentHashMap<>();
        private final Map<Rule, String> locations = new ConcurrentHashMap<>();

        Lookups() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Lookups;  // caches only: two rule sets differ by what they cache from
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /**
     * A family's texts in one language, immutable: made once per rule set and
     * language and given to the terms of every clause of the family in every settlement.
     */
    public Map<String, String> texts(ClauseFamily family, String language) {
        return familyTexts.computeIfAbsent(family.drlPackage() + "\u0000" + family.termsType() + "\u0000" + language,
                k -> {
                    Map<String, String> texts = new java.util.TreeMap<>();
                    family.texts().forEach((key, v) -> texts.put(key, v.in(language)));
                    return Map.copyOf(texts);  // immutable: the terms' own Map.copyOf keeps this one
                });
    }

    /** Where a rule is written, for messages and for explain. */
    public record RuleLocation(String file, int line) {
        public String render() {
            return file + ":" + line;
        }
    }

    public FactType termsType(ClauseFamily family) {
        FactType type = lookups.termsTypes.get(family.label());
        if (type == null) {
            type = kieBase.getFactType(family.drlPackage(), family.termsType());
            if (type != null) {
                lookups.termsTypes.put(family.label(), type);
            }
        }
        return type;
    }

    public RuleLocation locate(String packageName, String ruleName) {
        return ruleLocations.getOrDefault(packageName + "/" + ruleName, new RuleLocation("?", 0));
    }

    /** A rule of this rule set as {@code file:line}, rendered once per rule. */
    String rendered(Rule rule) {
        String at = lookups.locations.get(rule);
        if (at == null) {
            at = locate(rule.getPackageName(), rule.getName()).render();
            lookups.locations.put(rule, at);
        }
        return at;
    }
}
