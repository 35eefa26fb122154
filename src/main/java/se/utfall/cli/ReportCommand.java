package se.utfall.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.contract.Language;
import se.utfall.ledger.PortfolioMeasurements;
import se.utfall.ledger.PortfolioSelection;
import se.utfall.report.portfolio.PortfolioFigures;
import se.utfall.report.portfolio.PortfolioPage;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a report as a self-contained HTML page.",
                "--portfolio DIR: every provider and unit across the contracts under DIR side by side (their"
                + " measures, the payouts per clause in --year and the year before, the change), in tables sorted"
                + " by a click on a column heading. Computed from the files, as a dry run: the ledger is not read."
                + " Folders named tests are never read; a contract that cannot be read is listed with its problem."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written",
                "1:the report was written, but some contracts could not be read (they are listed in it)",
                "2:bad command line or input; nothing was written",
                "3:internal error"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Mixin
    LanguageOption language;

    @Option(names = "--portfolio", paramLabel = "DIR", required = true,
            description = "A folder of contract folders (searched below): the portfolio report.")
    Path portfolio;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The year reported.")
    int year;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "The folder the page is written to, as portfolio-YEAR.html (default: the current folder).")
    Path out;

    @Option(names = "--measurements", paramLabel = "FILE_OR_DIR",
            description = "As for settle-all: a folder with <contract id>.csv per contract, or one CSV with a first"
                    + " column 'contract' (default: each contract folder's measurements.csv).")
    Path measurements;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Contracts settled at once (default: 2).")
    int threads;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "As for settle-all: leave out folders matching this glob, relative to DIR. Repeatable.")
    List<String> excludes = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (threads < 1 || threads > SettleAllCommand.MAX_THREADS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be from 1 to "
                    + SettleAllCommand.MAX_THREADS + ", not " + threads + ".");
        }
        var lib = library.load();
        List<Path> found = PortfolioSelection.discover(portfolio, excludes);
        var figures = PortfolioFigures.of(lib, portfolio, found, year, PortfolioMeasurements.of(measurements), threads);
        PortfolioPage page = PortfolioPage.of(figures, year, se.utfall.problem.Locations.display(portfolio),
                Language.parse(language.code()));
        Path written = page.write(out);
        var failed = page.failures();
        if (output.json()) {
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("command", "report");
            json.put("html", written.toString());
            json.put("contracts", figures.size());
            json.put("failed", failed.stream().map(f -> java.util.Map.of("folder", f.folder(), "problem", f.problem()))
                    .toList());
            JsonOption.print(spec.commandLine().getOut(), json);
        } else {
            spec.commandLine().getOut().println(written);
        }
        failed.forEach(f -> spec.commandLine().getErr().println("utfall: not in the report: " + f.problem()));
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
