package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code utfall import}: published figures (Kolada answers, Socialstyrelsen's survey tables) merged
 * into a contract's measurements, previewed before anything is written, with a figure a recorded run
 * used becoming a correction that is written only when confirmed. Fixtures are in the sources' real
 * shapes (src/test/resources/import).
 */
class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path temp;

    Path folder;
    Path measurements;
    String ledger;

    @BeforeEach
    void copy() {
        folder = ContractCopy.of("hemtjanst-kundnojdhet", temp);
        measurements = folder.resolve("measurements.csv");
        ledger = temp.resolve("ledger.db").toString();
    }

    private Cli importing(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "import";
        all[1] = folder.toString();
        all[2] = "--ledger";
        all[3] = ledger;
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    @Test
    void koladaUnitAnswerIsPreviewedAndNothingIsWritten() throws IOException {
        byte[] before = Files.readAllBytes(measurements);
        Cli cli = importing("--kolada", fixture("kolada-ou-2027.json"));
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("förhandsvisning, inget skrevs"), cli.out());
        // Söder's 83 in the file becomes T (total) 81.5, not the K or M figure.
        assertTrue(cli.out().contains("ändrad    2027 Hemtjänst Söder (nojdhet): 83 (102 / 62.4 %) → 81.5 (102 / 62.4 %)"),
                cli.out());
        assertTrue(cli.out().contains("oförändrade: 1 mätvärde"), cli.out());
        // Kolada's null with status Missing is left out with a note, never read as 0.
        assertTrue(cli.out().contains("kolada-ou-2027.json:10: Hemtjänst Söder / nojdhet / 2028 (ou V21E016000102):"
                + " Kolada publicerar inget värde (status 'Missing')"), cli.out());
        assertFalse(cli.out().contains("2028 Hemtjänst Söder (nojdhet): 0"), cli.out());
        assertArrayEquals(before, Files.readAllBytes(measurements), "a preview writes nothing");
    }

    @Test
    void koladaMunicipalityAnswerAddsARowForTheMunicipalitySubject() throws IOException {
        ContractCopy.edit(folder.resolve("contract.yaml"), "          Hemtjänst Söder: V21E016000102",
                "          Hemtjänst Söder: V21E016000102\n          Täby kommun: \"0160\"");
        Cli cli = importing("--kolada", fixture("kolada-municipality-2028.json"), "--write");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("ny        2028 Täby kommun (nojdhet): 85;"), cli.out());
        assertTrue(Files.readString(measurements).endsWith(
                "Täby kommun,nojdhet,2028,85,,,Kolada U21468 kommun 0160 2028 (kolada-municipality-2028.json),"
                        + "Socialstyrelsen\n"), Files.readString(measurements));
    }

    @Test
    void oneKpiFeedsTwoMeasuresOneGenderEach() {
        ContractCopy.edit(folder.resolve("contract.yaml"), "  nyanstallda_langt_fran_arbetsmarknaden:\n",
                "  nojdhet_kvinnor:\n    title: Andel nöjda kvinnor\n    unit: \"%\"\n    better: higher\n"
                        + "    role: context\n    import:\n      kolada:\n        kpi: U21468\n        gender: K\n"
                        + "        units: {Hemtjänst Norr: V21E016000101, Hemtjänst Söder: V21E016000102}\n"
                        + "  nyanstallda_langt_fran_arbetsmarknaden:\n");
        Cli cli = importing("--kolada", fixture("kolada-ou-2027.json"));
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("ny        2027 Hemtjänst Norr (nojdhet_kvinnor): 90;"), cli.out());
        assertTrue(cli.out().contains("ny        2027 Hemtjänst Söder (nojdhet_kvinnor): 82;"), cli.out());
        assertTrue(cli.out().contains("ändrad    2027 Hemtjänst Söder (nojdhet): 83"), cli.out());
    }

    @Test
    void surveyCsvFromSwedishExcelWritesNewRowsAndKeepsTheFileAsItWas() throws IOException {
        String before = Files.readString(measurements);
        Cli cli = importing("--survey", fixture("survey-2028.csv"), "--year", "2028", "--write");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("2 rader skrevs"), cli.out());
        assertTrue(cli.out().contains("2 rader för enheter som avtalet inte följer"), cli.out());
        String after = Files.readString(measurements);
        assertTrue(after.startsWith(before), "comment lines, header and rows stay as they were:\n" + after);
        assertEquals("Hemtjänst Norr,nojdhet,2028,89,120,66,Vad tycker de äldre om äldreomsorgen 2028 (survey-2028.csv),"
                + "Socialstyrelsen\nHemtjänst Söder,nojdhet,2028,84.5,101,61.9,Vad tycker de äldre om äldreomsorgen"
                + " 2028 (survey-2028.csv),Socialstyrelsen\n", after.substring(before.length()));
        // Importing the same table again changes nothing, and the file stays byte for byte the same.
        Cli again = importing("--survey", fixture("survey-2028.csv"), "--year", "2028", "--write");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("oförändrade: 2 mätvärden"), again.out());
        assertEquals(after, Files.readString(measurements));
        assertEquals(0, Cli.run("validate", folder.toString()).exitCode());
    }

    @Test
    void surveyWorkbookWithPercentCellsAndATitleRowIsRead() throws IOException {
        Path xlsx = temp.resolve("brukarundersokning.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            Sheet sheet = book.createSheet("Hemtjänst");
            sheet.createRow(0).createCell(0).setCellValue("Vad tycker de äldre om äldreomsorgen? 2028");
            Row header = sheet.createRow(2);
            String[] headings = {"År", "Enhet", "Fråga", "ANDEL NÖJDA (%)", "Antal  svar", "Svarsfrekvens"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            Object[][] rows = {
                {2028, "Hemtjänst Norr", "Sammantaget nöjd med hemtjänsten", 0.891, 120, 0.66},
                {2028, "Hemtjänst Söder", "Sammantaget nöjd med hemtjänsten", "*", 7, 0.35},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        if (c == 3 || c == 5) {
                            cell.setCellStyle(percent);
                        }
                    } else {
                        cell.setCellValue((String) v);
                    }
                }
            }
            book.write(out);
        }
        Cli cli = importing("--survey", xlsx.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertEquals(1, json.get("new").size(), cli.out());
        JsonNode norr = json.get("new").get(0);
        assertEquals("Hemtjänst Norr", norr.get("subject").asText());
        assertEquals("89.1", norr.get("value").asText(), "a cell formatted as % holds 0.891");
        assertEquals(120, norr.get("respondents").asInt());
        assertEquals("66", norr.get("response_rate").asText());
        assertEquals(false, json.get("written").asBoolean());
        assertTrue(json.get("notes").toString().contains("ingen andel publicerad ('*'"), cli.out());
    }

    @Test
    void aChangedFigureARunUsedIsACorrectionWrittenOnlyWhenAccepted() throws IOException {
        Cli settled = Cli.run("settle", folder.toString(), "--ledger", ledger, "--year", "2027");
        assertEquals(0, settled.exitCode(), settled.err());
        byte[] before = Files.readAllBytes(measurements);

        Cli preview = importing("--kolada", fixture("kolada-ou-2027.json"));
        assertEquals(0, preview.exitCode(), preview.err());
        assertTrue(preview.out().contains("rättelse  2027 Hemtjänst Söder (nojdhet): 83 → 81.5 (102 / 62.4 %),"
                + " använt i körning 1; källa: Kolada U21468 ou V21E016000102 2027 (kolada-ou-2027.json)"), preview.out());

        Cli refused = importing("--kolada", fixture("kolada-ou-2027.json"), "--write");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("1 imported figure corrects one a recorded run used"), refused.err());
        assertArrayEquals(before, Files.readAllBytes(measurements), "refused: nothing written");

        Cli accepted = importing("--kolada", fixture("kolada-ou-2027.json"), "--write", "--accept-corrections");
        assertEquals(0, accepted.exitCode(), accepted.err());
        assertTrue(Files.readString(measurements).contains("Hemtjänst Söder,nojdhet,2027,81.5,102,62.4,"
                + "Kolada U21468 ou V21E016000102 2027 (kolada-ou-2027.json),Socialstyrelsen\n"));

        // The next settle records it as the ledger records every correction of a figure.
        Cli resettled = Cli.run("settle", folder.toString(), "--ledger", ledger, "--year", "2027");
        assertEquals(0, resettled.exitCode(), resettled.err());
        Cli history = Cli.run("history", folder.toString(), "--ledger", ledger);
        assertTrue((resettled.out() + history.out()).toLowerCase().contains(
                "rättelse av mätvärde 2027 för hemtjänst söder (nojdhet): 83 → 81.5"),
                resettled.out() + history.out());
    }

    @Test
    void badSurveyRowsAreRefusedEachAtItsLineAndNothingIsWritten() throws IOException {
        byte[] before = Files.readAllBytes(measurements);
        Cli cli = importing("--survey", fixture("survey-bad.csv"), "--write");
        assertEquals(2, cli.exitCode());
        String err = cli.err();
        assertTrue(err.contains("survey-bad.csv:2: Hemtjänst Norr / nojdhet: value -4 of nojdhet (%) is not allowed"), err);
        assertTrue(err.contains("survey-bad.csv:3: Hemtjänst Söder / nojdhet: value (column C) "), err);
        assertTrue(err.contains("survey-bad.csv:4: Hemtjänst Norr / nojdhet: value 150 of nojdhet (%) is not allowed"), err);
        assertTrue(err.contains("survey-bad.csv:5: Hemtjänst Söder / nojdhet: year 2031 is outside the contract period"),
                err);
        assertTrue(err.contains("survey-bad.csv:6: Hemtjänst Norr / nojdhet: respondents 12.5 must be a whole number"),
                err);
        assertFalse(err.contains("\tat "), err);
        assertArrayEquals(before, Files.readAllBytes(measurements));
    }

    @Test
    void koladaEntriesForAnotherKpiOrUnitOrOutsideTheDomainAreRefusedAtTheirLine() {
        Cli other = importing("--kolada", fixture("kolada-other-kpi-and-unit.json"));
        assertEquals(2, other.exitCode());
        assertTrue(other.err().contains("kolada-other-kpi-and-unit.json:2: an answer for KPI 'N00945', which"
                + " contract.yaml maps to no measure (it maps U21468 → nojdhet)"), other.err());
        assertTrue(other.err().contains("kolada-other-kpi-and-unit.json:4: an answer for unit (ou) 'V21E018000199',"
                + " which measure 'nojdhet' does not map to a subject"), other.err());

        Cli domain = importing("--kolada", fixture("kolada-out-of-domain.json"));
        assertEquals(2, domain.exitCode());
        assertTrue(domain.err().contains("kolada-out-of-domain.json:2: Hemtjänst Norr / nojdhet / 2027 (ou"
                + " V21E016000101): value 188 of nojdhet (%) is not allowed"), domain.err());
        assertTrue(domain.err().contains("kolada-out-of-domain.json:4: Hemtjänst Söder / nojdhet / 2027 (ou"
                + " V21E016000102): value -3 of nojdhet (%) is not allowed"), domain.err());

        Cli nan = importing("--kolada", fixture("kolada-nan.json"));
        assertEquals(2, nan.exitCode());
        assertTrue(nan.err().contains("kolada-nan.json:3: is not valid JSON"), nan.err());
    }

    @Test
    void deeplyNestedOrHugeJsonIsRefusedWithOneMessage() throws IOException {
        Path deep = temp.resolve("deep.json");
        Files.writeString(deep, "{\"values\": [" + "[".repeat(100_000) + "]".repeat(100_000) + "]}");
        Cli nested = importing("--kolada", deep.toString());
        assertEquals(2, nested.exitCode());
        assertTrue(nested.err().contains("deep.json:1: is not valid JSON"), nested.err());
        assertTrue(nested.err().contains("nesting depth"), nested.err());
        assertEquals(1, nested.errLines().length, nested.err());

        Path huge = temp.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] filler = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 9; i++) {
                out.write(filler);
            }
        }
        Cli big = importing("--kolada", huge.toString());
        assertEquals(2, big.exitCode());
        assertTrue(big.err().contains("huge.json: is larger than 8 MiB"), big.err());
    }

    @Test
    void aFormulaCellIsRefusedAtItsRow() throws IOException {
        Path xlsx = temp.resolve("formel.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("Tabell");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Enhet");
            header.createCell(1).setCellValue("Andel nöjda");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Hemtjänst Norr");
            row.createCell(1).setCellFormula("80+15");
            book.write(out);
        }
        Cli cli = importing("--survey", xlsx.toString(), "--year", "2028");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("formel.xlsx:2: sheet 'Tabell', row 2: Hemtjänst Norr / nojdhet: value (column B)"
                + " is a formula (=80+15)"), cli.err());
    }

    @Test
    void aSpreadsheetBombIsRefusedUnread() throws IOException {
        // A real workbook whose sheet XML is padded with 40 MiB of spaces: a few KiB packed.
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Tabell").createRow(0).createCell(0).setCellValue("Enhet");
            book.write(plain);
        }
        Path bomb = temp.resolve("bomb.xlsx");
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 1 << 20, "the bomb is small on disk: " + Files.size(bomb));
        Cli cli = importing("--survey", bomb.toString(), "--year", "2028");
        assertEquals(2, cli.exitCode(), cli.out());
        assertTrue(cli.err().contains("bomb.xlsx: unpacks to far more than its size"), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
    }

    @Test
    void fetchingWithoutNetworkSaysToPassSavedFiles() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Cli cli = importing("--fetch-kolada", "--kolada-url", "http://127.0.0.1:" + closed + "/v2", "--year", "2027");
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().length, cli.err());
        assertTrue(cli.err().startsWith("utfall: cannot reach Kolada at http://127.0.0.1:" + closed), cli.err());
        assertTrue(cli.err().contains("save the answer as a .json file and pass it with --kolada FILE"), cli.err());
        assertTrue(cli.err().contains("/v2/oudata/kpi/U21468/ou/V21E016000101,V21E016000102/year/2027"), cli.err());
    }

    @Test
    void fetchingFromKoladaFollowsNextPage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> asked = new CopyOnWriteArrayList<>();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
        String page1 = "{\"count\":1,\"values\":[{\"kpi\":\"U21468\",\"ou\":\"V21E016000101\",\"period\":2027,"
                + "\"values\":[{\"gender\":\"T\",\"value\":88.0,\"count\":1,\"status\":\"\"}]}],"
                + "\"next_page\":\"" + base + "/oudata/page2\"}";
        String page2 = "{\"count\":1,\"values\":[{\"kpi\":\"U21468\",\"ou\":\"V21E016000102\",\"period\":2027,"
                + "\"values\":[{\"gender\":\"T\",\"value\":81.5,\"count\":1,\"status\":\"\"}]}],"
                + "\"previous_page\":\"" + base + "/oudata/kpi\"}";
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            asked.add(path);
            byte[] body = (path.endsWith("page2") ? page2 : page1).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Cli cli = importing("--fetch-kolada", "--kolada-url", base, "--year", "2027", "--format", "json");
            assertEquals(0, cli.exitCode(), cli.err());
            assertEquals(List.of("/v2/oudata/kpi/U21468/ou/V21E016000101,V21E016000102/year/2027", "/v2/oudata/page2"),
                    asked);
            JsonNode json = new ObjectMapper().readTree(cli.out());
            assertEquals(1, json.get("unchanged").asInt(), cli.out());
            assertEquals(1, json.get("changed").size(), cli.out());
            assertEquals("81.5", json.get("changed").get(0).get("value").asText());
            assertTrue(json.get("changed").get(0).get("source").asText().contains("(127.0.0.1)"), cli.out());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aNextPageOnAnotherServerIsNotFollowed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"count\":0,\"values\":[],\"next_page\":\"http://evil.example/steal\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Cli cli = importing("--fetch-kolada", "--kolada-url", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/v2", "--year", "2027");
            assertEquals(2, cli.exitCode());
            assertTrue(cli.err().contains("next_page points to another server ('http://evil.example/steal')"), cli.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMistakeInTheMappingIsNamedByValidate() {
        ContractCopy.edit(folder.resolve("contract.yaml"), "kpi: U21468", "kpi: U2146");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode());
        int line = ContractCopy.lineOf(folder.resolve("contract.yaml"), "kpi: U2146");
        assertTrue(cli.err().contains("contract.yaml:" + line + ": measure 'nojdhet' import kolada kpi 'U2146' is not"
                + " a Kolada KPI id"), cli.err());
    }
}
