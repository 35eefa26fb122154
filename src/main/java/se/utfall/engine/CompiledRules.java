package se.utfall.engine;

import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import se.utfall.library.ClauseFamily;

/** A compiled rule set, shared by every settlement that uses the same sources. */
public record CompiledRules(KieBase kieBase, RuleSet ruleSet, Map<String, RuleLocation> ruleLocations,
                            Map<String, Map<String, String>> familyTexts) {

    public CompiledRules(KieBase kieBase, RuleSet ruleSet, Map<String, RuleLocation> ruleLocations) {
        this(kieBase, ruleSet, ruleLocations, new java.util.concurrent.ConcurrentHashMap<>());
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
        return kieBase.getFactType(family.drlPackage(), family.termsType());
    }

    public RuleLocation locate(String packageName, String ruleName) {
        return ruleLocations.getOrDefault(packageName + "/" + ruleName, new RuleLocation("?", 0));
    }
}
