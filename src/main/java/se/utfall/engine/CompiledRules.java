package se.utfall.engine;

import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import se.utfall.library.ClauseFamily;

/** A compiled rule set, shared by every settlement that uses the same sources. */
public record CompiledRules(KieBase kieBase, RuleSet ruleSet, Map<String, RuleLocation> ruleLocations) {

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
