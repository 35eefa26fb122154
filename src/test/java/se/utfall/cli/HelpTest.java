package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * Every command's --help is clean: picocli formats descriptions with String.format, so a bare '%'
 * (as in "0–100 for %") made it print "[picocli WARN] Could not format ..." straight to the
 * process's stderr, around the help a person asked for.
 */
class HelpTest {

    @Test
    void everyCommandsHelpPrintsWithoutAWarning() {
        List<String> commands = new ArrayList<>();
        commands.add("");
        Main.COMMANDS.forEach(c -> commands.add(c.getAnnotation(Command.class).name()));
        for (String command : commands) {
            PrintStream before = System.err;
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            Cli cli;
            try {
                System.setErr(new PrintStream(raw, true, StandardCharsets.UTF_8));
                cli = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
            } finally {
                System.setErr(before);
            }
            String stray = raw.toString(StandardCharsets.UTF_8);
            assertEquals(0, cli.exitCode(), command + ": " + cli.err());
            assertEquals("", stray, "utfall " + command + " --help wrote to stderr");
            assertEquals("", cli.err(), "utfall " + command + " --help wrote to its error stream");
            assertTrue(cli.out().contains("Usage: utfall"), command + ": " + cli.out());
            assertTrue(!cli.out().contains("%n"), command + " help shows a raw %n: " + cli.out());
        }
    }
}
