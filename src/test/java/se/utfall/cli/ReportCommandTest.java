package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.contract.Clause;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.library.ClauseLibrary;
import se.utfall.report.document.ChartSpec;
import se.utfall.report.document.ReportFiles;

/**
 * The decision document (report CONTRACT --year Y): its PDF's text holds the figures the engine
 * decides, per flow and per clause, in Swedish and in English; the HTML is the same bytes on every
 * run; every chart is there; contract text cannot inject markup; every shipped contract reports.
 */
class ReportCommandTest {
    private static final String HOME_CARE = "contracts/hemtjanst-kundnojdhet";

    @TempDir
    Path tmp;

    private Cli report(String... args) {
        List<String> all = new ArrayList<>(List.of("report"));
        all.addAll(Arrays.asList(args));
        if (!all.contains("--ledger")) {
            all.addAll(List.of("--ledger", tmp.resolve("ledger.db").toString()));
        }
        return Cli.run(all.toArray(String[]::new));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Layout may break a long line anywhere; the figures are compared with spaces evened out.
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
        }
    }

    private static Settlement settle(String contract, int year) {
        ClauseLibrary lib = ClauseLibrary.load(Path.of("rules"));
        PreparedContract p = PreparedContract.prepare(Path.of(contract), lib);
        return p.settle(p.measurements(null), year, java.time.LocalDate.of(2030, 1, 1));
    }

    private static String sv(BigDecimal amount) {
        return se.utfall.report.Amounts.human(amount, 0);
    }

    private static String en(BigDecimal amount) {
        return sv(amount).replace(',', '.').replace(' ', ',');
    }

    @Test
    void thePdfShowsWhatTheEngineDecidesPerFlowAndClauseInSwedish() throws IOException {
        Path out = tmp.resolve("out");
        Cli cli = report(HOME_CARE, "--year", "2027", "--no-analysis", "--as-of", "2030-01-01", "--out", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        Path pdf = out.resolve("hemtjanst-kundnojdhet-2027.pdf");
        Path html = out.resolve("hemtjanst-kundnojdhet-2027.html");
        assertTrue(cli.out().contains(pdf.toString()) && cli.out().contains(html.toString()), cli.out());
        String text = pdfText(pdf);
        Settlement s = settle(HOME_CARE, 2027);
        assertTrue(text.contains("Sammanfattning"), text);
        assertTrue(text.contains("Vård- och omsorgsnämnden, Täby kommun → Omsorgsgruppen Hemtjänst AB"), text);
        for (Map.Entry<Settlement.Flow, BigDecimal> f : s.flowTotals(l -> l.year() == 2027).entrySet()) {
            assertTrue(text.contains(sv(f.getValue())), "flow " + f.getKey() + " " + f.getValue() + " missing");
        }
        // Nothing is in this ledger yet: the whole period is due now.
        BigDecimal period = s.total();
        assertTrue(text.contains(sv(period)), "period total " + period);
        assertTrue(text.contains("inte i huvudboken"), text);
        for (Clause c : s.contract().clauses()) {
            assertTrue(text.contains(c.id() + " " + c.title().substring(0, 20)), "clause heading " + c.id());
            BigDecimal clauseYear = s.clauseTotal(c.id(), 2027);
            for (DecisionLine l : s.lines(2027)) {
                if (l.clause().equals(c.id())) {
                    assertTrue(text.contains(sv(l.amount())), c.id() + " line " + l.amount());
                }
            }
            assertTrue(clauseYear.signum() >= 0);
        }
        // The §6 cap cut 2027: the safeguard and its reason are shown.
        assertTrue(text.contains("CAPPED"), text);
        assertTrue(text.contains("Årstaket för bonusen, 100 000 kr, är nått"), text);
        assertTrue(text.contains("Avräkningsdag: 2030-01-01"), text);
        assertTrue(text.contains("−25 000"), "the minus sign U+2212 prints");
        assertFalse(text.contains("\ufb01") || text.contains("\ufb00"), "no ligature glyphs: copied text is the text");
        assertTrue(text.contains("avtalets filer"), text);
    }

    @Test
    void inEnglishTheWordsAndTheSeparatorsAreEnglish() throws IOException {
        Path out = tmp.resolve("en");
        Cli cli = report(HOME_CARE, "--year", "2027", "--no-analysis", "--lang", "en", "--out", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        String text = pdfText(out.resolve("hemtjanst-kundnojdhet-2027-en.pdf"));
        Settlement s = settle(HOME_CARE, 2027);
        assertTrue(text.contains("Summary") && text.contains("Due now"), text);
        for (BigDecimal amount : s.flowTotals(l -> l.year() == 2027).values()) {
            assertTrue(text.contains(en(amount)), "flow " + amount + " as " + en(amount));
        }
        for (DecisionLine l : s.lines(2027)) {
            assertTrue(text.contains(en(l.amount())), l.clause() + " " + en(l.amount()));
        }
        assertTrue(text.contains(en(s.total())), "period total " + s.total());
    }

    @Test
    void theLedgersPaymentsAreAlreadyPaidAndItsSigningIsShown(@TempDir Path work) throws IOException {
        String ledger = work.resolve("l.db").toString();
        Path folder = ContractCopy.of("hemtjanst-kundnojdhet", work);
        assertEquals(0, Cli.run("settle", "--ledger", ledger, folder.toString(), "--year", "2026").exitCode());
        Path out = work.resolve("out");
        Cli cli = Cli.run("report", "--ledger", ledger, folder.toString(), "--year", "2027", "--no-analysis", "--out",
                out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        Cli dry = Cli.run("settle", "--ledger", ledger, folder.toString(), "--year", "2027", "--dry-run", "--format",
                "json");
        JsonNode l = new ObjectMapper().readTree(dry.out()).get("ledger");
        String text = pdfText(out.resolve("hemtjanst-kundnojdhet-2027.pdf"));
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode y : l.get("years")) {
            paid = paid.add(new BigDecimal(y.get("alreadyPaid").asText()));
        }
        assertTrue(paid.signum() > 0);
        assertTrue(text.contains(sv(paid)), "already paid " + paid);
        assertTrue(text.contains(sv(new BigDecimal(l.get("dueNow").asText()))), "due now " + l.get("dueNow"));
        assertFalse(text.contains("inte i huvudboken"), text);
        String html = Files.readString(out.resolve("hemtjanst-kundnojdhet-2027.html"));
        String terms = l.get("terms").asText();
        assertTrue(terms.startsWith("2025-2027:1"), terms);
        assertTrue(html.contains("1 signerat"), "the signing row");
    }

    @Test
    void theHtmlIsTheSameBytesOnEveryRunAndHoldsEveryChart() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, report(HOME_CARE, "--year", "2027", "--no-analysis", "--out", a.toString()).exitCode());
        assertEquals(0, report(HOME_CARE, "--year", "2027", "--no-analysis", "--out", b.toString()).exitCode());
        byte[] first = Files.readAllBytes(a.resolve("hemtjanst-kundnojdhet-2027.html"));
        assertTrue(Arrays.equals(first, Files.readAllBytes(b.resolve("hemtjanst-kundnojdhet-2027.html"))));
        // The PDF too: fixed document dates and ID, fonts subset the same way.
        assertTrue(Arrays.equals(Files.readAllBytes(a.resolve("hemtjanst-kundnojdhet-2027.pdf")),
                Files.readAllBytes(b.resolve("hemtjanst-kundnojdhet-2027.pdf"))), "the PDF bytes differ");
        String html = new String(first, StandardCharsets.UTF_8);
        Settlement s = settle(HOME_CARE, 2027);
        ClauseLibrary lib = ClauseLibrary.load(Path.of("rules"));
        int charts = 0;
        for (String measure : List.of("nojdhet", "nyanstallda_langt_fran_arbetsmarknaden")) {
            assertTrue(html.contains("data-chart=\"measure " + measure + "\"><svg"), measure);
            charts++;
        }
        assertTrue(html.contains("data-chart=\"payouts\"><svg"));
        charts++;
        for (Clause c : s.contract().clauses()) {
            boolean decided = s.lines().stream().anyMatch(l -> l.clause().equals(c.id()) && l.amount().signum() != 0);
            assertEquals(decided, html.contains("data-chart=\"clause " + c.id() + "\"><svg"), "clause chart " + c.id());
            charts += decided ? 1 : 0;
            charts += ChartSpec.of(c, lib).caps().stream().filter(cap -> c.parameters().get(cap.parameter()) != null)
                    .count();
        }
        assertEquals(charts, html.split("<svg", -1).length - 1, "one chart per measure, clause and cap, and the payouts");
        // The lines the clauses use are drawn with their values.
        assertTrue(html.contains("§5.1 golv 80") && html.contains("§5.1 full bonus 95"), "level-bonus lines");
        assertTrue(html.contains("§5.2 utgångsnivå 75") && html.contains("§5.2 högsta tidigare nivå"), "baseline and mark");
        assertTrue(html.contains("§8 tak: kumulativt mot 400 000 kr"), "the §8 cap chart");
        assertFalse(html.contains("<script") || html.contains("http://") && !html.contains("http://www.w3.org/"),
                "no scripts and no fetches");
    }

    @Test
    void contractTextCannotInjectMarkup(@TempDir Path work) throws IOException {
        Path folder = ContractCopy.of("hemtjanst-kundnojdhet", work);
        Path yaml = folder.resolve("contract.yaml");
        ContractCopy.edit(yaml, "title: \"Hemtjänst i Täby: målrelaterad ersättning för kundnöjdhet\"",
                "title: \"Hemtjänst </title><script>alert(1)</script> & co\"");
        ContractCopy.edit(yaml, "      För varje hemtjänstenhet betalar nämnden en årlig nivåbonus",
                "      </svg><script>alert('x')</script> \"<b>\" För varje hemtjänstenhet betalar nämnden en årlig nivåbonus");
        ContractCopy.edit(yaml, "title: Nivåbonus för kundnöjdhet", "title: \"Nivå </svg><img src=x onerror=alert(1)>\"");
        ContractCopy.edit(folder.resolve("measurements.csv"), "Hemtjänst Norr,nojdhet,2025",
                "\"</text></svg><script>x</script>\",nojdhet,2025");
        Path out = work.resolve("out");
        Cli cli = report(folder.toString(), "--year", "2027", "--no-analysis", "--out", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        String html = Files.readString(out.resolve("hemtjanst-kundnojdhet-2027.html"));
        assertFalse(html.contains("<script"), "a script tag from the contract");
        assertFalse(html.contains("<img"), "an img tag from the contract");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title, escaped");
        assertTrue(html.contains("&lt;/svg&gt;&lt;script&gt;alert("), "the clause text, escaped");
        assertTrue(html.contains("&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;x&lt;/script&gt;"), "a unit name in a chart");
        assertEquals(html.split("<svg", -1).length - 1, html.split("</svg>", -1).length - 1, "every drawing closes once");
        String text = pdfText(out.resolve("hemtjanst-kundnojdhet-2027.pdf"));
        assertTrue(text.contains("<script>alert(1)</script>"), "the PDF shows the text as text");
    }

    @Test
    void fileNamesFromHostileIdsStayInTheFolder(@TempDir Path work) throws IOException {
        assertEquals("_etc_passwd", ReportFiles.safeName("../etc/passwd").replace("_.", "_").replace("__", "_"));
        for (String id : List.of("../../x", "/abs", "a\\b", ".hidden", "..", "", "ä ö")) {
            String name = ReportFiles.safeName(id);
            assertFalse(name.contains("/") || name.contains("\\") || name.startsWith(".") || name.isEmpty(), name);
        }
        Path out = work.resolve("out");
        Files.writeString(work.resolve("file"), "x");
        Cli cli = report(HOME_CARE, "--year", "2027", "--no-analysis", "--out", work.resolve("file").toString());
        assertEquals(2, cli.exitCode(), cli.out());
        assertTrue(cli.err().contains("--out must be a folder"), cli.err());
        Cli json = report(HOME_CARE, "--year", "2027", "--no-analysis", "--no-pdf", "--out", out.toString(), "--format",
                "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode files = new ObjectMapper().readTree(json.out()).get("files");
        assertEquals(1, files.size());
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(List.of("hemtjanst-kundnojdhet-2027.html"), written.map(p -> p.getFileName().toString())
                    .toList(), "nothing but the page, no temporary file left");
        }
    }

    @Test
    void theAnalysisVerdictIsAnalyzesVerdict() throws IOException {
        String contract = "contracts/osteraker-halsocoach";
        Path out = tmp.resolve("analysis");
        Cli cli = report(contract, "--out", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        String text = pdfText(out.resolve("osteraker-halsocoach-2028.pdf"));
        JsonNode analysis = new ObjectMapper().readTree(Cli.run("analyze", contract, "--format", "json").out());
        assertTrue(text.contains("Incitamentsanalys"), text);
        for (JsonNode c : analysis.get("checks")) {
            String id = c.get("check").asText();
            // A long id may wrap in its table cell; the short ones are compared as printed.
            if (!id.contains("-")) {
                assertTrue(text.contains(id + " " + c.get("status").asText()), id + " " + c.get("status"));
            }
        }
        boolean passed = true;
        for (JsonNode c : analysis.get("checks")) {
            passed &= !c.get("status").asText().equals("FAIL");
        }
        assertEquals(passed, text.contains("Alla kontroller som kördes passerar."), text);
        assertTrue(text.contains("Största exponering:"), text);
    }

    @Test
    void everyShippedContractReports() throws IOException {
        List<Path> contracts;
        try (Stream<Path> walk = Files.walk(Path.of("contracts"), 3)) {
            contracts = walk.filter(p -> p.getFileName().toString().equals("contract.yaml")).map(Path::getParent)
                    .filter(p -> !p.toString().contains("/tests")).sorted().toList();
        }
        assertTrue(contracts.size() >= 12, contracts.toString());
        for (Path c : contracts) {
            Path out = tmp.resolve("all");
            Cli cli = report(c.toString(), "--no-analysis", "--out", out.toString(), "--as-of", "2035-01-01");
            assertEquals(0, cli.exitCode(), c + ": " + cli.err());
            for (String line : cli.out().strip().split("\n")) {
                Path file = Path.of(line);
                assertTrue(Files.size(file) > 1000, file.toString());
                if (line.endsWith(".pdf")) {
                    String text = pdfText(file);
                    assertTrue(text.contains("Sammanfattning") || text.contains("Summary"), file.toString());
                }
            }
        }
    }
}
