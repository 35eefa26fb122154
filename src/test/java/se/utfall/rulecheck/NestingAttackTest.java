package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.utfall.problem.Problem;

/**
 * 20 000 nested parentheses overflowed the stack of the parsers and of the checker's walk: a
 * StackOverflowError and a stack trace instead of a refusal. Now it is one finding at the line.
 */
class NestingAttackTest {
    private static String function(String expression) {
        return "package utfall.attacks;\n\nfunction int deep() {\n    return " + expression + ";\n}\n";
    }

    @Test
    void withoutTheBoundTheParserOverflows() {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        assertThrows(StackOverflowError.class, () -> Snippets.javaExpression(deep));
    }

    @Test
    void twentyThousandNestedParenthesesAreRefusedAtTheirLine() {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        List<Problem> problems = RuleChecker.problems(List.of(new RuleFile("deep.drl", function(deep), true)));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("nested too deeply"), problems.get(0).render());
    }

    @Test
    void aLongChainWithoutBracketsIsRefusedNotAnError() {
        String chain = "1" + " + 1".repeat(60_000);
        List<Problem> problems = RuleChecker.problems(List.of(new RuleFile("chain.drl", function(chain), true)));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("nested too deeply")),
                problems.toString());
    }

    @Test
    void bracketsInTextAndCommentsDoNotCount() {
        String text = "\"" + "(".repeat(500) + "\".length() /* " + "(".repeat(500) + " */";
        assertEquals(List.of(), RuleChecker.problems(List.of(new RuleFile("text.drl", function(text), true))));
    }
}
