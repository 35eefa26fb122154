package se.utfall.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.engine.TermsDeclaration;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;
import se.utfall.testing.Folders;

/**
 * family.yaml's names become DRL source: TermsDeclaration writes each parameter as a field of the
 * generated terms type. A name holding a newline wrote a rule of its own into that source; now
 * every such name must be an identifier, said at its family.yaml line.
 */
class FamilyNamesTest {
    private static final String INJECTED = "amount : java.math.BigDecimal\nend\n"
            + "rule \"Injected\" when then System.exit( 3 ); end\ndeclare Spare\n    spare";

    @Test
    void withoutTheCheckANewlineInAParameterNameWritesARuleIntoTheGeneratedSource() throws Exception {
        ClauseFamily fixed = ClauseLibrary.load(Path.of("rules")).family("fixed-payment", "1.0.0");
        Map<String, Parameter> parameters = new LinkedHashMap<>(fixed.parameters());
        Parameter any = parameters.values().iterator().next();
        parameters.put(INJECTED, new Parameter(INJECTED, ParameterType.AMOUNT, null, null, null, null, true,
                any.description(), Map.of(), List.of(), Map.of()));
        ClauseFamily injected = new ClauseFamily(fixed.id(), fixed.version(), fixed.folder(), fixed.definitionFile(),
                fixed.termsType(), fixed.title(), fixed.description(), parameters, fixed.ruleFiles(), false,
                fixed.describe());
        PackageDescr pkg = new DrlParser().parse(false, TermsDeclaration.generate(injected));
        assertEquals("Injected", pkg.getRules().get(0).getName());
    }

    private static List<Problem> load(Path dir, String from, String to) {
        Path family = Folders.copy(Path.of("rules/fixed-payment"), dir.resolve("fixed-payment"));
        Folders.edit(family.resolve("family.yaml"), from, to);
        BadInput bad = assertThrows(BadInput.class, () -> FamilyLoader.load(family));
        return bad.problems();
    }

    @Test
    void aParameterNameWithANewlineIsRefusedAtItsLine(@TempDir Path dir) {
        String key = "\"" + INJECTED.replace("\"", "\\\"").replace("\n", "\\n") + "\":";
        List<Problem> problems = load(dir, "  schedule:", "  " + key);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(20, problems.get(0).line(), problems.get(0).render());
        // The YAML reader refuses the line break in the key before the name check sees it.
        assertTrue(problems.get(0).message().contains("a key contains the control character U+000A (line break)"),
                problems.get(0).render());
        assertTrue(!problems.get(0).message().contains("\n"), "the message stays on one line");
    }

    @Test
    void aParameterNameThatIsNoIdentifierIsRefusedAtItsLine(@TempDir Path dir) {
        List<Problem> problems = load(dir, "  schedule:", "  \"amount : java.math.BigDecimal end rule\":");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(20, problems.get(0).line(), problems.get(0).render());
        assertTrue(problems.get(0).message().contains("must be a letter followed by letters, digits or _"),
                problems.get(0).render());
    }

    @Test
    void aKeywordOrAReflectiveNameIsRefused(@TempDir Path dir) {
        assertTrue(load(dir.resolve("a"), "  schedule:", "  class:").get(0).message().contains("reserved word"));
        assertTrue(load(dir.resolve("b"), "  schedule:", "  classLoader:").get(0).message().contains("reserved word"));
    }

    @Test
    void aColumnNameWithASpaceIsRefused(@TempDir Path dir) {
        List<Problem> problems = load(dir, "      year:", "      \"year; x\":");
        assertTrue(problems.get(0).message().contains("the column name"), problems.toString());
    }

    @Test
    void aTermsTypeNamedLikeARealClassIsRefused(@TempDir Path dir) {
        List<Problem> problems = load(dir, "terms: FixedPayment", "terms: Line");
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("se.utfall.facts.Line"), problems.toString());
    }
}
