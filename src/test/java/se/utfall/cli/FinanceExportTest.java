package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finance's export, opened as Swedish Excel opens a CSV file, and checked against the ledger. */
class FinanceExportTest {
    @TempDir
    Path tmp;

    private Path contract;
    private String ledger;

    /** Österåker in öre, with a diarienummer, settled twice: 2026–2027, then up to 2028. */
    private void settled() {
        contract = ContractCopy.of("osteraker-halsocoach", tmp);
        Path file = contract.resolve("contract.yaml");
        ContractCopy.edit(file, "decimals: 0", "decimals: 2");
        ContractCopy.edit(file, "currency: SEK", "currency: SEK\nreference: \"Dnr ÄN 2025/0042\"");
        ledger = tmp.resolve("ledger.db").toString();
        for (String year : List.of("2027", "2028")) {
            Cli cli = Cli.run("settle", "--ledger", ledger, contract.toString(), "--year", year);
            assertEquals(0, cli.exitCode(), cli.err());
        }
    }

    /** What Excel with Swedish settings does: BOM means UTF-8, ';' separates, CRLF ends a row. */
    private static List<List<String>> asSwedishExcel(byte[] bytes) {
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF, "no UTF-8 byte-order mark: Excel would read the file as Windows-1252");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "rows end with CRLF");
        assertTrue(!text.replace("\r\n", "").contains("\n"), "a bare LF would split a row for Excel");
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            rows.add(Arrays.asList(line.split(";", -1)));
        }
        return rows;
    }

    /** A cell as Swedish Excel reads a number: decimal comma; a thousands separator would make it text. */
    private static BigDecimal number(String cell) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getInstance(Locale.forLanguageTag("sv-SE"));
        f.setParseBigDecimal(true);
        ParsePosition at = new ParsePosition(0);
        BigDecimal value = (BigDecimal) f.parse(cell.replace('-', '\u2212'), at);
        assertEquals(cell.length(), at.getIndex(), "'" + cell + "' is not wholly a Swedish number");
        return value;
    }

    private BigDecimal ledgerSum(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            BigDecimal sum = BigDecimal.ZERO;
            while (r.next()) {
                sum = sum.add(new BigDecimal(r.getString(1)));
            }
            return sum;
        }
    }

    @Test
    void theCsvOpensInSwedishExcelWithTheLedgersSums() throws Exception {
        settled();
        Path file = tmp.resolve("utbetalningar.csv");
        Cli cli = Cli.run("export", "--ledger", ledger, contract.toString(), "--output", file.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.out(), "with --output nothing goes to stdout");
        List<List<String>> rows = asSwedishExcel(Files.readAllBytes(file));
        List<String> header = rows.get(0);
        assertEquals(List.of("avtal", "titel", "diarienummer", "valuta", "körning", "betalare", "betalarens namn",
                "mottagare", "mottagarens namn", "år", "klausuler", "beslutat", "redan betalt", "att betala nu"), header);
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal toFund = BigDecimal.ZERO;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size(), row.toString());
            assertEquals("Socialt utfallskontrakt: hälsocoach för äldre i Österåker", row.get(1));
            assertEquals("Dnr ÄN 2025/0042", row.get(2));
            BigDecimal decided = number(row.get(11));
            BigDecimal before = number(row.get(12));
            BigDecimal now = number(row.get(13));
            assertEquals(decided, before.add(now), "decided = already paid + due now: " + row);
            due = due.add(now);
            paid = paid.add(before);
            if (row.get(7).equals("fonden")) {
                toFund = toFund.add(decided);
                assertEquals("Österåkers kommun", row.get(6));
            }
        }
        // 7 rows: 2026–2028 × (municipality → fund, fund → provider); the last run is run 2.
        assertEquals(7, rows.size());
        assertEquals(ledgerSum("SELECT amount FROM payments WHERE run_id = 2"), due);
        assertEquals(ledgerSum("SELECT amount FROM payments WHERE run_id = 1"), paid);
        assertEquals(new BigDecimal("5000000.00"), toFund);
        assertTrue(rows.get(6).contains("1260000,00"), "decimal comma, no thousands separator: " + rows.get(6));
    }

    @Test
    void theJsonHasTheSameRowsWithExactAmounts() throws Exception {
        settled();
        Cli cli = Cli.run("export", "--ledger", ledger, contract.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode rows = new ObjectMapper().readTree(cli.out()).get("rows");
        assertEquals(6, rows.size());
        JsonNode last = rows.get(5);
        assertEquals("osteraker-halsocoach", last.get("contract").asText());
        assertEquals("Dnr ÄN 2025/0042", last.get("reference").asText());
        assertEquals(2028, last.get("year").asInt());
        assertEquals("kommunen", last.get("payer").asText());
        assertEquals("fonden", last.get("payee").asText());
        assertEquals("§6.1", last.get("clauses").get(0).asText());
        assertEquals("1260000.00", last.get("decided").asText());
        assertEquals("1260000.00", last.get("dueNow").asText());
    }

    @Test
    void aFolderOfContractsExportsEveryContractTheLedgerKnows() {
        settled();
        Cli cli = Cli.run("export", "--ledger", ledger, tmp.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("\uFEFFavtal;"), cli.out());
        assertEquals(7, cli.out().split("\r\n").length);
    }

    @Test
    void aTitleThatLooksLikeAFormulaStaysText() throws Exception {
        settled();
        Path file = contract.resolve("contract.yaml");
        ContractCopy.edit(file, "title: \"Socialt", "title: \"=HYPERLINK(\\\"http://x\\\";\\\"Socialt\\\") ;Socialt");
        Cli amend = Cli.run("amend", "--ledger", ledger, contract.toString(), "--effective", "2028", "--reason", "ny titel");
        assertEquals(0, amend.exitCode(), amend.err());
        Cli cli = Cli.run("export", "--ledger", ledger, contract.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        String row = cli.out().split("\r\n")[1];
        assertTrue(row.startsWith("osteraker-halsocoach;\"'=HYPERLINK(\"\"http://x\"\";"), row);
    }

    @Test
    void aLedgerThatDoesNotExistIsAnError() {
        Cli cli = Cli.run("export", "--ledger", tmp.resolve("none.db").toString(), "contracts/osteraker-halsocoach");
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals("", cli.out());
    }
}
