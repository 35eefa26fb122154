package se.utfall.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.describe.ClauseSentences;
import se.utfall.describe.DescribeTemplates;

/**
 * Every family in rules/, and every released version of it, has a describe template in Swedish and
 * English, and the template renders a whole sentence for the family's example contract: no slot
 * left unfilled, no value missing. A family added without a template fails here by name.
 */
class EveryFamilyDescribesItselfTest {
    private static final ClauseLibrary LIBRARY = ClauseLibrary.load(Path.of("rules"));

    @TestFactory
    Stream<DynamicTest> everyFamilyVersionHasATemplateInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : LIBRARY.families().keySet()) {
            for (ClauseFamily f : LIBRARY.versions(id)) {
                tests.add(DynamicTest.dynamicTest(f.label() + " has a describe template in sv and en", () -> {
                    assertNotNull(f.describe(), () -> f.definitionFile() + " has no 'describe:' section;"
                            + " see rules/README.md, \"Describing a clause in words\".");
                    for (String lang : DescribeTemplates.LANGUAGES) {
                        assertFalse(f.describe().byLanguage().get(lang).isEmpty(), lang);
                    }
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no family found under rules/");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleContractIsDescribedInWholeSentences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ClauseFamily f : LIBRARY.families().values()) {
            Path example = f.folder().resolve("example").resolve(Contract.FILE);
            if (!Files.exists(example)) {
                continue;
            }
            for (String lang : DescribeTemplates.LANGUAGES) {
                tests.add(DynamicTest.dynamicTest(f.id() + " example in " + lang, () -> {
                    Contract contract = ContractLoader.load(example, LIBRARY);
                    for (Clause clause : contract.clauses()) {
                        if (!f.id().equals(clause.family())) {
                            continue;
                        }
                        String s = ClauseSentences.describe(contract, clause, f, LIBRARY, lang);
                        assertFalse(s.matches(".*[{}\\[\\]|].*"), s);
                        assertFalse(s.contains("(ej angivet)") || s.contains("(not set)"), s);
                        assertTrue(s.endsWith("."), s);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
