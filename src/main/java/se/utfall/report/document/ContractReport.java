package se.utfall.report.document;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.utfall.analysis.Analysis;
import se.utfall.analysis.CountedMoney;
import se.utfall.analysis.IncentiveAnalysis;
import se.utfall.contract.Language;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerKey;
import se.utfall.ledger.LedgerLocation;
import se.utfall.ledger.LedgerSettler;
import se.utfall.ledger.RunBy;
import se.utfall.ledger.RunOutcome;
import se.utfall.ledger.SourceManifest;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Locations;

/**
 * Writes the decision document of one contract and year: the HTML page and a PDF of the same
 * page. The figures are a dry run against the ledger (what {@code settle --dry-run} shows); nothing
 * is written to the ledger. The page is a pure function of the contract's files, the measurements,
 * the ledger's payments and signings, and the options: no clock, no host name, no absolute path.
 */
public final class ContractReport {
    /** What the report command was asked for; {@code language} null means the contract's own. */
    public record Options(Path contract, Path measurements, Integer year, LocalDate asOf, String language, Path out,
                          boolean analysis, boolean pdf) {
    }

    /** The page as written, and the model it was made from (for tests and the portfolio page). */
    public record Rendered(String html, DecisionDocument document, String baseName) {
    }

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final ClauseLibrary library;
    private final LedgerLocation ledger;
    private final LedgerKey key;

    public ContractReport(ClauseLibrary library, LedgerLocation ledger, LedgerKey key) {
        this.library = library;
        this.ledger = ledger;
        this.key = key;
    }

    /** Writes the HTML (and the PDF unless asked not to) into {@code options.out()}; returns their paths. */
    public List<Path> write(Options options) {
        Rendered page = render(options);
        ReportFiles folder = ReportFiles.in(options.out());
        List<Path> written = new ArrayList<>();
        written.add(folder.write(page.baseName() + ".html", page.html().getBytes(StandardCharsets.UTF_8)));
        if (options.pdf()) {
            written.add(folder.write(page.baseName() + ".pdf", PdfDocument.of(page.html())));
        }
        return written;
    }

    /** The page, without writing it. */
    public Rendered render(Options options) {
        List<List<Measurement>> read = new ArrayList<>();
        RunOutcome outcome;
        try (Ledger l = Ledger.openToRead(ledger, key)) {
            outcome = new LedgerSettler(l, library, new RunBy("", "", "", "report"), true)
                    .on(options.asOf() != null ? options.asOf() : LocalDate.now(java.time.ZoneOffset.UTC))
                    .settle(options.contract(), p -> {
                        List<Measurement> rows = p.measurements(options.measurements());
                        read.add(rows);
                        return rows;
                    }, options.year(), true);
        }
        var contract = outcome.settlement().contract();
        String lang = options.language() != null ? options.language()
                : contract.language() == Language.EN ? "en" : "sv";
        List<Measurement> rows = read.get(0);
        List<Measurement> figures = se.utfall.derived.DerivedFigures.compute(contract, rows).measurements();
        boolean signed = outcome.terms().spans().stream().noneMatch(s -> s.signature().recordedAt().isEmpty());
        SourceManifest files = SourceManifest.of(contract, library);
        Analysis analysis = null;
        if (options.analysis()) {
            // What a plain ./utfall analyze says; nothing when no one pays or there is nothing to vary.
            CountedMoney money = CountedMoney.purchasers(contract);
            IncentiveAnalysis.Outcome run = money.payers().isEmpty() || rows.isEmpty() ? null
                    : IncentiveAnalysis.run(PreparedContract.prepare(options.contract(), library), library, rows,
                    money, IncentiveAnalysis.Settings.defaults());
            analysis = run == null ? null : run.analysis();
        }
        String contractShown = Locations.display(contract.folder());
        DecisionDocument doc = new DocumentBuilder(outcome, library, figures, lang).build(css(),
                options.asOf() == null ? null : options.asOf().toString(), ledger.shown(), signed, files, analysis,
                options.analysis(), contractShown);
        StringOutput out = new StringOutput();
        TEMPLATES.render("report/contract.jte", doc, out);
        String base = ReportFiles.safeName(contract.id()) + "-" + outcome.settlement().asOfYear()
                + (lang.equals(defaultLanguage(contract)) ? "" : "-" + lang);
        return new Rendered(out.toString(), doc, base);
    }

    private static String defaultLanguage(se.utfall.contract.Contract c) {
        return c.language() == Language.EN ? "en" : "sv";
    }

    /** The page's style sheet, shared with the portfolio page: src/main/resources/report/report.css. */
    public static String css() {
        try (InputStream in = ContractReport.class.getResourceAsStream("/report/report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
