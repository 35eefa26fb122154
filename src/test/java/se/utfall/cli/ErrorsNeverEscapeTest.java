package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.BadInput;
import se.utfall.testing.Folders;

/** An Error thrown anywhere is one line and exit 3 (bad input stays exit 2), never a stack trace. */
class ErrorsNeverEscapeTest {
    @TempDir
    Path tmp;

    @Test
    void anErrorIsOneLineAndExitThree() {
        for (Throwable e : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"),
                new AssertionError("line one\nline two"), new IllegalStateException("bug"))) {
            StringWriter err = new StringWriter();
            assertEquals(3, Main.failed(new PrintWriter(err, true), e));
            String shown = err.toString().strip();
            assertEquals(1, shown.lines().count(), shown);
            assertTrue(shown.startsWith("utfall: internal error: " + e.getClass().getName()), shown);
        }
        StringWriter err = new StringWriter();
        assertEquals(2, Main.failed(new PrintWriter(err, true), BadInput.of(Path.of("a.yaml"), 3, "wrong")));
        assertEquals("a.yaml:3: wrong", err.toString().strip());
    }

    /**
     * picocli hands only Exceptions to the command's handler; an Error thrown by a command (here a YAML
     * alias that contains itself, which recurses without end) used to escape as a stack trace, exit 1.
     */
    @Test
    void anErrorThrownByACommandDoesNotEscape() {
        Path contract = ContractCopy.of("osteraker-halsocoach", tmp);
        Path yaml = contract.resolve("contract.yaml");
        Folders.write(yaml, Folders.read(yaml) + "x: &a [ *a ]\n");
        Cli cli = Cli.run("validate", contract.toString());
        assertTrue(cli.exitCode() == 2 || cli.exitCode() == 3, cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception in thread"), cli.err());
    }
}
