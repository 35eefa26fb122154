package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Locations;

/** `utfall new` writes a contract folder that validates, with the chosen families' parameters, and overwrites nothing. */
class NewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aSkeletonWithAPaymentAndASafeguardOverItValidatesAndItsExampleRuns() throws Exception {
        Path folder = tmp.resolve("hemtjanst-bonus");
        Cli made = Cli.run("new", folder.toString(), "--family", "improvement-bonus,clawback", "--first-year", "2027");
        assertEquals(0, made.exitCode(), made.err());
        String yaml = Files.readString(folder.resolve("contract.yaml"));
        assertTrue(yaml.startsWith("# yaml-language-server: $schema="), yaml);
        assertTrue(yaml.contains("id: hemtjanst-bonus\n"), yaml);
        assertTrue(yaml.contains("family: improvement-bonus\n") && yaml.contains("family: clawback\n"), yaml);
        assertTrue(Files.readString(folder.resolve("measurements.csv")).contains("subject,measure,year,value"));
        assertTrue(Files.isRegularFile(folder.resolve("tests/exempel.yaml")));
        Cli validate = Cli.run("validate", folder.toString());
        assertEquals(0, validate.exitCode(), validate.err() + "\n" + yaml);
        Cli test = Cli.run("test", folder.toString());
        assertEquals(0, test.exitCode(), test.out() + test.err());
    }

    @Test
    void everyFamilyOfTheLibraryGivesASkeletonThatValidatesOrNamesTheLineToFill() {
        for (String family : ClauseLibrary.load(Path.of("rules")).ids()) {
            Path folder = tmp.resolve("f-" + family);
            assertEquals(0, Cli.run("new", folder.toString(), "--family", family).exitCode(), family);
            Cli validate = Cli.run("validate", folder.toString());
            if (validate.exitCode() != 0) {
                assertEquals(2, validate.exitCode(), family + ": " + validate.err());
                assertTrue(validate.err().startsWith(Locations.display(folder.resolve("contract.yaml")) + ":"),
                        family + ": " + validate.err());
                assertFalse(validate.err().contains("\tat "), validate.err());
            }
        }
    }

    @Test
    void aFolderThatHoldsAnythingIsNeverOverwritten() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(folder.resolve("contract.yaml"), "id: mitt\n");
        Cli cli = Cli.run("new", folder.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(Locations.display(folder) + ": exists and is not empty; name a new folder, so nothing is overwritten.",
                cli.errLines()[0]);
        assertEquals("id: mitt\n", Files.readString(folder.resolve("contract.yaml")));
    }

    @Test
    void anUnknownFamilyIsNamedWithTheClosest() {
        Cli cli = Cli.run("new", tmp.resolve("x").toString(), "--family", "rate-crad");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("no clause family 'rate-crad'") && cli.err().contains("rate-card"), cli.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
