package se.utfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.library.ClauseLibrary;

class RuleCompilerTest {
    private static final ClauseLibrary LIBRARY = ClauseLibrary.load(Path.of("rules"));

    @Test
    void contractsWithTheSameRuleSourcesShareOneCompiledKieBase() {
        Contract a = ContractLoader.load(Path.of("rules/rate-card/example"), LIBRARY);
        Contract b = ContractLoader.load(Path.of("rules/rate-card/example/small-total-cap"), LIBRARY);
        RuleSet setA = RuleSet.forContract(a, LIBRARY);
        RuleSet setB = RuleSet.forContract(b, LIBRARY);
        assertEquals(setA.hash(), setB.hash());
        assertSame(RuleCompiler.compile(setA).kieBase(), RuleCompiler.compile(setB).kieBase());
    }

    @Test
    void aContractWithRulesOfItsOwnGetsItsOwnRuleSet() {
        Contract own = ContractLoader.load(Path.of("contracts/osteraker-halsocoach"), LIBRARY);
        Contract library = ContractLoader.load(Path.of("rules/rate-card/example"), LIBRARY);
        assertNotEquals(RuleSet.forContract(own, LIBRARY).hash(), RuleSet.forContract(library, LIBRARY).hash());
    }

    @Test
    void theGeneratedTermsTypeHasOneTypedFieldPerParameter() {
        String drl = TermsDeclaration.generate(LIBRARY.family("rate-card"));
        assertTrue(drl.contains("import se.utfall.facts.ClauseTerms;"), drl);
        assertTrue(drl.contains("declare RateCard extends ClauseTerms\n"), drl);
        assertTrue(drl.contains("pricePerOutcome : java.math.BigDecimal"), drl);
        assertTrue(drl.contains("measure : String"), drl);
    }
}
