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
        assertTrue(out.matches("(?s).*takat +−780 000.*"), out);
        assertTrue(out.contains("Taket på 5 000 000 kr för hela avtalsperioden är nått"), out);
        assertTrue(out.contains("5 000 000 − 3 740 000 − 2 040 000 = −780 000"), out);
        assertTrue(out.contains("beslutat av regeln \"Cap the clause's total over the contract period\" (rules/rate-card/rate-card.drl:"), out);
        assertTrue(out.contains("Summa för §6.1 2026–2028: 5 000 000 SEK"), out);
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
        assertTrue(cli.out().matches("(?s).*Utfallsfonden \\(investerare\\)\\s+3 000 000\\s+5 000 000\\s+2 000 000.*"),
                cli.out());
    }

    @Test
    void totalsArePerFlowAndNeverAddFinancingToOutcomePayments() {
        Cli cli = Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--year", "2028", "--dry-run");
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out();
        assertTrue(out.matches("(?s).*\n  Summa 2028, kommunen → fonden\\s+1 260 000\n  Summa 2028, fonden → coachen\\s+1 000 000\n.*"),
                out);
        assertTrue(out.matches("(?s).*Beslutat per betalningsflöde 2026–2028\n  Österåkers kommun → Utfallsfonden\\s+5 000 000\n"
                + "  Utfallsfonden → Hälsocoachverksamheten\\s+3 000 000\n.*"), out);
        // 8 000 000 would add the fund's financing of the provider to the municipality's payments to the fund.
        assertTrue(!out.contains("8 000 000"), out);
    }

    @Test
    void aCapIsPartOfOneNetPaymentPerPayeeAndYear() {
        Cli cli = Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--year", "2028", "--dry-run");
        assertEquals(0, cli.exitCode(), cli.err());
        String payments = cli.out().substring(cli.out().indexOf("Betalningar som körningen skulle göra"));
        assertTrue(payments.matches("(?s).*\n  2028 kommunen → fonden\\s+1 260 000\n      brutto 2 040 000 · takat −780 000\n.*"),
                payments);
        assertTrue(payments.lines().noneMatch(l -> l.startsWith("  20") && l.endsWith("−780 000")),
                "the cap is not a payment of its own: " + payments);
    }

    @Test
    void theStatementSpeaksTheContractsLanguageAndCurrency() {
        Path folder = ContractCopy.of("osteraker-halsocoach", tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "currency: SEK", "currency: USD\nlanguage: en");
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--year", "2028", "--dry-run");
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Contract osteraker-halsocoach · settled 2026–2028 · amounts in USD"), out);
        assertTrue(out.contains("Utfallsfonden (investor)") && out.contains("Payments this run would make"), out);
        assertTrue(out.matches("(?s).*\n  Total 2028, kommunen → fonden\\s+1,260,000\n.*"), out);
        Cli sv = Cli.run("settle", "--ledger", ledger(), OSTERAKER, "--year", "2028", "--dry-run");
        assertTrue(sv.out().contains("Avtal osteraker-halsocoach · avräknat 2026–2028 · belopp i kr"), sv.out());
        assertTrue(!sv.out().contains("Parties") && !sv.out().contains("(purchaser)"), sv.out());
    }

    @Test
    void everyAmountOfAContractInOreHasTwoDecimals() {
        Path folder = ContractCopy.of("osteraker-halsocoach", tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "decimals: 0", "decimals: 2");
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--year", "2028", "--dry-run");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().matches("(?s).*Summa 2028, kommunen → fonden\\s+1 260 000,00\n.*"), cli.out());
        assertTrue(cli.out().contains("brutto 2 040 000,00 · takat −780 000,00"), cli.out());
    }
}
