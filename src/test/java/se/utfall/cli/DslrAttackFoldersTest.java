package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The .dslr attack folders are refused by validate at the line attack.yaml names, before anything is
 * compiled or run (the shared harness runs settle and analyze on them too). Until that harness
 * exists this keeps them from going stale.
 */
class DslrAttackFoldersTest {
    private static final Path FOLDERS = Path.of("src/test/resources/attacks/folders");
    private static final Path CANARY = Path.of("/tmp/utfall-attack-canary");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dslr-reason-breaks-out|klausul.dslr:9: the words in {skäl} cannot contain \"",
        "dslr-reason-unicode-escape|klausul.dslr:9: the words in {skäl} cannot contain \\",
        "dslr-expander-outside-library|klausul.dslr:1: no vocabulary '../../src/test/resources/attacks/folders/",
        "dslr-raw-line|klausul.dslr:10: a line starting with '>'",
    })
    void isRefusedAtItsLine(String folder, String expected) {
        boolean canaryBefore = Files.exists(CANARY);
        Cli cli = Cli.run("validate", FOLDERS.resolve(folder).toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(expected), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        assertEquals(canaryBefore, Files.exists(CANARY), "the attack ran");
    }
}
