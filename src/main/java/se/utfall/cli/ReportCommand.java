package se.utfall.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import se.utfall.contract.Language;
import se.utfall.report.document.ContractReport;
import se.utfall.report.portfolio.PortfolioFigures;
import se.utfall.report.portfolio.PortfolioPage;

/**
 * {@code report CONTRACT --year Y}: the decision document for a committee (beslutsunderlag), as a
 * self-contained HTML page and a PDF of the same page. Nothing is written to the ledger: the
 * figures are those {@code settle --dry-run} shows.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the decision document for one contract and year: a self-contained HTML page (inline CSS"
                + " and SVG charts, no scripts) and a PDF of the same page, for a committee's agenda. It holds who pays"
                + " whom how much against caps and budget, what the ledger has paid and what is due now (as settle"
                + " --dry-run), each clause's text with its decision lines, charts of the measures and payouts, the"
                + " incentive analysis and the signing. Nothing is written to the ledger.",
                "--portfolio DIR: every provider and unit across the contracts under DIR side by side (their"
                + " measures, the payouts per clause in --year and the year before, the change), in tables sorted"
                + " by a click on a column heading. Computed from the files, as a dry run: the ledger is not read."
                + " Folders named tests are never read; a contract that cannot be read is listed with its problem.",
                "Prints the paths of the files written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written",
                "1:the portfolio report was written, but some contracts could not be read (they are listed in it)",
                "2:bad command line or input; nothing was written",
                "3:internal error"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Mixin
    LedgerOption ledger;

    @Mixin
    JsonOption output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTRACT", description = "Contract folder (or its contract.yaml).")
    Path contract;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "The year decided (default: the latest year with measurements); every year up to it is settled.")
    Integer year;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = SettlementDate.class,
            description = "The settlement date (default: today). Given, it is printed in the document; left out, the"
                    + " document names no date, so the same files give the same page.")
    java.time.LocalDate asOfDate;

    @Mixin
    LanguageOption language;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder the files are written to (default: ${DEFAULT-VALUE}, created if missing). Nothing is"
                    + " written outside it.")
    Path out;

    @Option(names = "--no-analysis", description = "Leave out the incentive analysis (it takes seconds).")
    boolean noAnalysis;

    @Option(names = "--no-pdf", description = "Write the HTML page only.")
    boolean noPdf;

    @Option(names = "--portfolio", paramLabel = "DIR",
            description = "A folder of contract folders (searched below): the portfolio report, portfolio-YEAR.html.")
    Path portfolio;

    @Mixin
    PortfolioOptions selection;

    @Override
    public Integer call() {
        if (portfolio != null) {
            return portfolioReport();
        }
        if (contract == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name a CONTRACT folder to report on.");
        }
        ContractReport.Options options = new ContractReport.Options(contract, selection.measurements, year, asOfDate,
                language.lang == null ? null : language.lang.name(), out, !noAnalysis, !noPdf);
        List<Path> written = new ContractReport(library.load(), ledger.location(), ledger.key()).write(options);
        if (output.json()) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("files", written.stream().map(Path::toString).toList());
            JsonOption.print(spec.commandLine().getOut(), root);
        } else {
            written.forEach(p -> spec.commandLine().getOut().println(p));
        }
        return ExitCodes.OK;
    }

    private int portfolioReport() {
        if (contract != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either a CONTRACT or --portfolio DIR, not both.");
        }
        if (year == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--portfolio needs --year YEAR.");
        }
        int threads = selection.threads();
        var lib = library.load();
        List<Path> found = selection.discover(portfolio);
        var figures = PortfolioFigures.of(lib, portfolio, found, year, selection.source(), threads);
        PortfolioPage page = PortfolioPage.of(figures, year, se.utfall.problem.Locations.display(portfolio),
                Language.parse(language.code()));
        Path written = page.write(out);
        var failed = page.failures();
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("command", "report");
            json.put("html", written.toString());
            json.put("contracts", figures.size());
            json.put("failed", failed.stream().map(f -> Map.of("folder", f.folder(), "problem", f.problem()))
                    .toList());
            JsonOption.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().println(written);
        }
        failed.forEach(f -> spec.commandLine().getErr().println("utfall: not in the report: " + f.problem()));
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
