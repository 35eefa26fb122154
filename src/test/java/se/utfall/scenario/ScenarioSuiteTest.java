package se.utfall.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.utfall.library.ClauseLibrary;

/**
 * Every scenario file under rules/ and contracts/ is a test: the legal editors' worked examples are
 * the regression suite.
 */
class ScenarioSuiteTest {
    private static final List<Path> ROOTS = List.of(Path.of("rules"), Path.of("contracts"));

    @TestFactory
    List<DynamicTest> everyScenarioInTheRepository() {
        ScenarioRunner runner = new ScenarioRunner(ClauseLibrary.load(Path.of("rules")));
        List<Path> files = ScenarioRunner.discover(ROOTS);
        assertFalse(files.isEmpty(), "no scenario files found under rules/ and contracts/");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            for (ScenarioResult result : runner.runFile(file)) {
                tests.add(DynamicTest.dynamicTest(result.title(), file.toUri(), () ->
                        assertTrue(result.passed(), () -> "\n" + String.join("\n", result.failures()))));
            }
        }
        return tests;
    }
}
