package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.utfall.problem.Problem;

/**
 * Each file under attacks/ hides harmful code in one place Drools would run it. Its first line
 * says what the refusal must name ({@code // expect: System}); the line marked
 * {@code // <- attack} is where it must be named. Files named library-* are checked as if they
 * were part of the clause library, which may define functions.
 */
class AttackFilesTest {
    static final Path ATTACKS = Path.of("src/test/resources/attacks");

    static Stream<Path> attacks() throws IOException {
        try (Stream<Path> files = Files.list(ATTACKS)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            assertTrue(list.size() >= 20, "at least 20 attack files, found " + list.size());
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedAtTheAttackLine(Path file) throws IOException {
        assertRefusedAtAttackLine(file);
    }

    static void assertRefusedAtAttackLine(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        String expected = lines.get(0).replace("// expect:", "").strip();
        int attackLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// <- attack")) {
                attackLine = i + 1;
            }
        }
        boolean library = file.getFileName().toString().startsWith("library-");
        List<Problem> problems = RuleChecker.problems(List.of(new RuleFile(file.toString(), text, library)));
        String all = String.join("\n", problems.stream().map(Problem::render).toList());
        assertTrue(!problems.isEmpty(), "nothing refused in " + file);
        for (Problem p : problems) {
            assertEquals(file.toString(), p.file());
            assertTrue(p.message().contains(" is not allowed in rule files: "), p.render());
        }
        int line = attackLine;
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(expected)),
                "expected '" + expected + "' at line " + line + ", got:\n" + all);
    }
}
