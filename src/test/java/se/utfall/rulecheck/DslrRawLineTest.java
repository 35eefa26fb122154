package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import se.utfall.problem.Problem;

/**
 * A .dslr line starting with '>' is not looked up in the .dsl: Drools passes it on as it is. So a
 * rule written in a readable vocabulary can still carry any Java, and the checker refuses the line
 * in the file the person wrote, before expansion hides where it came from.
 */
class DslrRawLineTest {
    private static final String DSL = """
            [when]Det finns ett avräkningsår=SettlementYear()
            [then]Inget händer=// inget
            """;
    private static final String DSLR = """
            package attacks;

            import se.utfall.facts.SettlementYear;

            rule "Attack"
                agenda-group "entitle"
            when
                Det finns ett avräkningsår
            then
                Inget händer
                > System.exit( 0 );
            end
            """;

    @Test
    void aRawLinePassesJavaThroughTheExpanderAndDroolsCompilesIt() throws Exception {
        String expanded = new DrlParser().getExpandedDRL(DSLR, new StringReader(DSL));
        assertTrue(expanded.lines().anyMatch(l -> l.strip().equals("System.exit( 0 );")), expanded);
        assertTrue(expanded.contains("SettlementYear()"), "the vocabulary was expanded too:\n" + expanded);
        assertEquals(List.of(), AttackFilesCompileTest.buildErrors("raw-line.drl", expanded));
    }

    @Test
    void theCheckerRefusesTheRawLineWhereItWasWritten() {
        List<Problem> problems = RuleChecker.rawDslLines("contracts/x/rules.dslr", DSLR);
        assertEquals(List.of("contracts/x/rules.dslr:11: a raw '>' line is not allowed in rule files: it passes code"
                + " to Drools without the vocabulary; add the phrase to the .dsl instead"),
                problems.stream().map(Problem::render).toList());
    }

    @Test
    void theExpandedRuleIsRefusedTooShouldTheRawLineCheckBeBypassed() throws Exception {
        String expanded = new DrlParser().getExpandedDRL(DSLR, new StringReader(DSL));
        List<Problem> problems = RuleChecker.problems(List.of(new RuleFile("rules.dslr", expanded, false)));
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("System")), problems.toString());
    }
}
