package se.utfall.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utfall.problem.Problem;
import se.utfall.report.JsonText;

/** Text from files reaches the terminal escaped: no control character is printed raw. */
class SafeTextTest {
    private static boolean raw(String s) {
        return s.chars().anyMatch(c -> SafeText.isControl(c) && c != '\n');
    }

    @Test
    void oneLineFieldsShowEveryControlCharacterEscaped() {
        assertEquals("a\\u001b[2Kb\\nPAYABLE\\r\\u0000\\u202e", SafeText.line("a\u001b[2Kb\nPAYABLE\r\u0000\u202e"));
        assertEquals("Hemtjänst Norr · §5.2", SafeText.line("Hemtjänst Norr · §5.2"));
        assertEquals("\\u009b\\u007f\\u2028", SafeText.line("\u009b\u007f\u2028"));
    }

    @Test
    void blocksKeepTheirLinesButNothingElse() {
        assertEquals("line one\nline two\\u001b[31m\nthree\\rfour", SafeText.block("line one\r\nline two\u001b[31m\nthree\rfour"));
    }

    @Test
    void aProblemCannotForgeALineOfItsOwn() {
        Problem p = Problem.at(Path.of("x\u001b.csv"), 3, "bad 'a\nb.csv:1: fine' \u001b[2J");
        String shown = p.render();
        assertFalse(raw(shown), shown);
        assertTrue(shown.startsWith("x\\u001b.csv:3: bad 'a\n  b.csv:1: fine'"), shown);
    }

    @Test
    void theTerminalWriterEscapesWhateverAReportForgot() {
        StringWriter target = new StringWriter();
        PrintWriter out = TerminalWriter.wrap(new PrintWriter(target));
        out.print("ok\t\u001b[2K\u0000 \u202ex\r\n");
        out.flush();
        assertEquals("ok\t\\u001b[2K\\u0000 \\u202ex\r\n", target.toString());
    }

    @Test
    void jsonOutputAlreadyEscapesC0ControlsAndStaysValidThroughTheTerminalWriter() {
        String json = JsonText.of(Map.of("subject", "a\u001b[2K\u0000\nb\u202e"));
        assertFalse(json.contains("\u001b") || json.contains("\u0000"), json);
        StringWriter target = new StringWriter();
        PrintWriter out = TerminalWriter.wrap(new PrintWriter(target));
        out.print(json);
        out.flush();
        assertFalse(raw(target.toString().replace("\n", "")), target.toString());
        // \\u202e is a JSON escape of the same character: a JSON reader sees the same text.
        assertTrue(target.toString().contains("b\\u202e"), target.toString());
    }
}
