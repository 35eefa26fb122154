package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;

/**
 * A .dslr as Windows editors save it: with a byte order mark (read), in Windows-1252 (refused at the
 * line of its first such letter); and a rule whose end ("slut") was forgotten: one message at that rule.
 */
class DslrEncodingAndEndTest {
    private static final String CONTRACT = "hemtjanst-kundnojdhet";
    private static final String DSLR = "hog-nojdhet.dslr";

    @TempDir
    Path tmp;

    private static void assertOneClearMessage(Cli cli) {
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
    }

    @Test
    void aByteOrderMarkIsRead() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = folder.resolve(DSLR);
        byte[] text = Files.readAllBytes(dslr);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        Files.write(dslr, marked);
        Cli test = Cli.run("test", folder.toString());
        assertEquals(0, test.exitCode(), test.out() + test.err());
    }

    @Test
    void windows1252IsRefusedAtTheLineOfItsFirstLetter() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = folder.resolve(DSLR);
        String text = Files.readString(dslr, StandardCharsets.UTF_8);
        Files.write(dslr, text.getBytes(Charset.forName("windows-1252")));
        String[] lines = text.split("\n");
        int line = 1;
        while (lines[line - 1].chars().allMatch(c -> c < 128)) {
            line++;
        }
        assertTrue(lines[line - 1].startsWith("// §5.4"), lines[line - 1]);
        for (String command : new String[] {"validate", "settle", "describe"}) {
            Cli cli = command.equals("settle")
                    ? Cli.run("settle", folder.toString(), "--dry-run", "--ledger", tmp.resolve("l.db").toString())
                    : Cli.run(command, folder.toString());
            assertOneClearMessage(cli);
            assertEquals(Locations.display(dslr) + ":" + line + ": is not UTF-8 text: byte 0xA7 ('§' in Windows-1252) on"
                    + " this line is not UTF-8. The file is probably saved as Windows-1252 (ANSI); save it as UTF-8 (in"
                    + " Notepad: Save as, Encoding UTF-8).", cli.errLines()[0], command);
        }
    }

    @Test
    void aForgottenEndIsOneMessageAtTheRuleThatLacksIt() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = folder.resolve(DSLR);
        String text = Files.readString(dslr);
        int firstEnd = text.indexOf("\nslut\n");
        Files.writeString(dslr, text.substring(0, firstEnd + 1) + text.substring(firstEnd + 6));
        int rule = ContractCopy.lineOf(dslr, "regel \"Hög nöjdhet ger bonus\"");
        int last = ContractCopy.lineOf(dslr, "betala 50 000 kr för enheten enligt §5.4 eftersom andelen nöjda");
        int next = ContractCopy.lineOf(dslr, "regel \"Under 90 procent");
        Cli cli = Cli.run("validate", folder.toString());
        assertOneClearMessage(cli);
        assertEquals(Locations.display(dslr) + ":" + rule + ": the rule regel \"Hög nöjdhet ger bonus\" has no end; write"
                + " \"slut\" on the line after its last line (line " + last + "), before the next rule begins (line " + next
                + ").", cli.errLines()[0]);

        Cli test = Cli.run("test", folder.toString());
        assertEquals(2, test.exitCode());
        assertEquals(1, test.out().split("has no end", -1).length - 1, "said once, not once per scenario:\n" + test.out());
    }

    @Test
    void aForgottenLastEndIsOneMessageAtTheLastRule() throws IOException {
        Path folder = ContractCopy.of("osteraker-halsocoach", tmp);
        Path dslr = folder.resolve("validation.dslr");
        ContractCopy.edit(dslr, "\nslut", "\n");
        int rule = ContractCopy.lineOf(dslr, "regel \"");
        Cli cli = Cli.run("validate", folder.toString());
        assertOneClearMessage(cli);
        assertTrue(cli.errLines()[0].startsWith(Locations.display(dslr) + ":" + rule + ": the rule regel \"Utfall som"
                + " inte validerats av RISE hålls inne\" has no end; write \"slut\" on the line after its last line (line "),
                cli.err());
    }
}
