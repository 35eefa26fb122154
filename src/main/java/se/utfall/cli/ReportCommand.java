package se.utfall.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.report.document.ContractReport;

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
                "Prints the paths of the files written."})
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

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "Measurement CSV (default: measurements.csv in the contract folder).")
    Path measurements;

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

    @Override
    public Integer call() {
        if (contract == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name a CONTRACT folder to report on.");
        }
        ContractReport.Options options = new ContractReport.Options(contract, measurements, year, asOfDate,
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
}
