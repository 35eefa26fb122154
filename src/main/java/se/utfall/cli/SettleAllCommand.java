package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.Portfolio;
import se.utfall.ledger.PortfolioMeasurements;

@Command(name = "settle-all", mixinStandardHelpOptions = true,
        description = "Settles every contract under a folder into the ledger, each in its own transaction; a"
                + " contract that fails is reported and skipped (exit 1 at the end) and the others are settled.")
final class SettleAllCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Mixin
    LedgerOption ledger;

    @Mixin
    CheckpointOption checkpoint;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of contract folders (searched below).")
    Path root;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Settle every year up to this one (default: each contract's latest measured year).")
    Integer year;

    @Option(names = "--measurements", paramLabel = "FILE_OR_DIR",
            description = "A folder with <contract id>.csv (or <folder>/measurements.csv) per contract, or one CSV"
                    + " with a first column 'contract' (default: each contract folder's measurements.csv).")
    Path measurements;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Contracts settled at once (default: 2).")
    int threads;

    /** More threads than this only queue on the ledger; a larger number is a typo. */
    static final int MAX_THREADS = 256;

    @Override
    public Integer call() {
        if (threads < 1 || threads > MAX_THREADS) {
            // Math.max(1, threads) used to hide a typo such as --threads 0 or -4; say it instead.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be from 1 to "
                    + MAX_THREADS + " (contracts settled at once), not " + threads + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var lib = library.load();
        List<Path> folders = Portfolio.discover(root);
        PortfolioMeasurements source = PortfolioMeasurements.of(measurements);
        try (Ledger l = ledger.open()) {
            l.keepHeadsIn(checkpoint.find());
            Portfolio.Progress progress = System.console() != null ? Portfolio.Progress.bar(err)
                    : Portfolio.Progress.NONE;
            Portfolio.Result r = Portfolio.settle(l, lib, root, folders, year, source, threads, progress);
            if (output.json()) {
                JsonOption.print(out, Portfolio.json(r));
            } else {
                out.print(Portfolio.summary(r));
            }
            LedgerOption.notices(l, err);
            for (Portfolio.Outcome o : r.outcomes()) {
                o.problems().forEach(err::println);
            }
            double seconds = r.nanos() / 1e9;
            err.println(String.format(Locale.ROOT, "utfall: %d contracts settled into %s in %.1f s (%.1f contracts/s),"
                    + " %d failed.", r.outcomes().size() - r.failures(), l.location().shown(), seconds,
                    r.outcomes().size() / Math.max(seconds, 1e-3), r.failures()));
            return r.failures() > 0 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
    }
}
