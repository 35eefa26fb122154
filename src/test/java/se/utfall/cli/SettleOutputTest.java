package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What scripts and committees rely on in settle's and explain's output. */
class SettleOutputTest {
    @TempDir
    Path tmp;

    /** This class's own ledger, so no other test's settlements (or signatures) change what it sees. */
    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    private static final String OSTERAKER = "contracts/osteraker-halsocoach";

    @Test
    void jsonHasTheDocumentedShapeWithAmountsAsDecimalStrings() throws IOException {
        Cli cli = Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--year", "2028", "--format", "json", "--dry-run");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertEquals("osteraker-halsocoach", root.get("contract").asText());
        assertEquals(2028, root.get("asOfYear").asInt());
        assertEquals("SEK", root.get("currency").asText());
        assertTrue(root.get("total").isTextual());
        assertEquals(3, root.get("years").size());
        JsonNode y2028 = root.get("years").get(2);
        assertEquals(2028, y2028.get("year").asInt());
        JsonNode capped = null;
        for (JsonNode line : y2028.get("lines")) {
            for (String key : List.of("clause", "party", "amount", "status", "reason", "working")) {
                assertTrue(line.has(key), "line lacks " + key + ": " + line);
            }
            if (line.get("status").asText().equals("CAPPED")) {
                capped = line;
            }
        }
        assertTrue(capped != null, "no CAPPED line in 2028");
        assertEquals("-780000", capped.get("amount").asText());
        assertEquals("§6.1", capped.get("clause").asText());
        assertEquals("fonden", capped.get("party").asText());
        assertTrue(capped.get("working").asText().endsWith("= −780 000"), capped.get("working").asText());
        assertEquals("1260000", sumOfClause(y2028, "§6.1"));
    }

    private static String sumOfClause(JsonNode year, String clause) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode line : year.get("lines")) {
            if (line.get("clause").asText().equals(clause)) {
                sum = sum.add(new java.math.BigDecimal(line.get("amount").asText()));
            }
        }
        return sum.toPlainString();
    }

    @Test
    void twoRunsInOneProcessGiveIdenticalJson() {
        String first = Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--format", "json", "--dry-run").out();
        String second = Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--format", "json", "--dry-run").out();
        assertTrue(first.length() > 100);
        assertEquals(first, second);
    }

    @Test
    void twoSeparateProcessesGiveByteIdenticalJson() throws Exception {
        byte[] first = runInNewJvm("settle", "--ledger", ledger(), OSTERAKER, "--format", "json", "--dry-run");
        byte[] second = runInNewJvm("settle", "--ledger", ledger(), OSTERAKER, "--format", "json", "--dry-run");
        assertTrue(first.length > 100);
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
        assertEquals(Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--format", "json", "--dry-run").out(), new String(first, StandardCharsets.UTF_8));
    }

    private static byte[] runInNewJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), "exit code of " + command);
        return out;
    }

    @Test
    void explainShowsTheCapLineWithItsReasonAndTheRuleThatDecidedIt() {
        Cli cli = Cli.run("explain", OSTERAKER, "--year", "2028", "--clause", "§6.1");
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Kommunen betalar till utfallsfonden 68 000 kronor"), "contract text missing");
        assertTrue(out.contains("totalCap               5 000 000 SEK"), out);
        assertTrue(out.contains("CAPPED                     −780 000"), out);
        assertTrue(out.contains("Taket på 5 000 000 kr för hela avtalsperioden är nått"), out);
        assertTrue(out.contains("5 000 000 − 3 740 000 − 2 040 000 = −780 000"), out);
        assertTrue(out.contains("decided by rule \"Cap the clause's total over the contract period\" (rules/rate-card/rate-card.drl:"), out);
        assertTrue(out.contains("Total for §6.1 2026–2028: 5 000 000 SEK"), out);
        assertTrue(!out.contains("§4 Finansiering"), "explain --clause must show only that clause");
    }

    @Test
    void explainOfAnUnknownClauseSuggestsTheClosest() {
        Cli cli = Cli.run("explain", OSTERAKER, "--clause", "6.1");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("Did you mean '§6.1'?"), cli.err());
    }

    @Test
    void theTextStatementShowsEachPartysNetResult() {
        Cli cli = Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--year", "2028", "--dry-run");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().matches("(?s).*Utfallsfonden \\(investor\\)\\s+3 000 000\\s+5 000 000\\s+2 000 000.*"),
                cli.out());
    }
}
