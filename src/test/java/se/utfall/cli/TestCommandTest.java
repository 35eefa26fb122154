package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `utfall test` given a folder without scenarios, or the whole file system, ends at once with one message. */
class TestCommandTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void theRootOfTheFileSystemIsRefusedNotWalked() {
        Cli cli = Cli.run("test", "/");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        assertTrue(cli.err().startsWith("/: is the root of the file system; name the folder that holds the contracts"),
                cli.err());
        assertTrue(!cli.err().contains("\tat "), cli.err());
    }

    @Test
    void aFolderWithoutScenariosSaysSoAndFails() throws Exception {
        Files.createDirectories(tmp.resolve("empty/contract/notes"));
        Files.writeString(tmp.resolve("empty/contract/notes/x.yaml"), "a: 1\n");
        Cli cli = Cli.run("test", tmp.resolve("empty").toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("holds no scenario files: scenarios are *.yaml files in a tests/ folder"),
                cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void aFolderTooLargeToHoldContractsIsRefusedInsteadOfWalkedToTheEnd() throws Exception {
        Path big = tmp.resolve("big");
        for (int d = 0; d < 60; d++) {
            Path dir = Files.createDirectories(big.resolve("d" + d));
            for (int f = 0; f < 900; f++) {
                Files.createFile(dir.resolve("f" + f));
            }
        }
        Cli cli = Cli.run("test", big.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("holds more than 50000 files and folders"), cli.err());
    }
}
