package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utfall.problem.Problem;

/**
 * {@code import accumulate <class> name}: Drools creates an instance of the named class while it
 * builds, before it finds out the class is no accumulate function (and then fails with a
 * ClassCastException). So any public no-argument constructor runs: java.util.Timer starts a thread.
 */
class ImportAccumulateAttackTest {
    private static final Path FILE = AttackFilesTest.ATTACKS.resolve("building/library-import-accumulate.drl");

    private static long timerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("Timer-")).count();
    }

    @Test
    void buildingAloneRunsTheNamedClassesConstructor() throws IOException {
        long before = timerThreads();
        try {
            AttackFilesCompileTest.buildErrors("accumulate.drl", Files.readString(FILE, StandardCharsets.UTF_8));
        } catch (RuntimeException expected) {
            // ClassCastException from inside the build: the constructor has run by then
        }
        assertTrue(timerThreads() > before, "Drools created a java.util.Timer, which started its thread");
    }

    @Test
    void theCheckerRefusesItAtTheImportLine() throws IOException {
        AttackFilesTest.assertRefusedAtAttackLine(FILE);
    }

    @Test
    void theBuiltInFunctionsMayStillBeImportedByTheirOwnClass() {
        List<Problem> problems = RuleChecker.problems(List.of(new RuleFile("ok.drl", """
                package utfall.ok;
                import accumulate org.drools.core.base.accumulators.SumAccumulateFunction sum
                """, true)));
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
