package se.utfall.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.utfall.ledger.PortfolioMeasurements;
import se.utfall.ledger.PortfolioSelection;

/**
 * --exclude, --measurements and --threads, shared by the commands that read a folder of contracts
 * (settle-all DIR, report --portfolio DIR): which folders, whose figures, how many at once. One
 * place, so the two commands cannot drift apart in words or in what they accept.
 */
final class PortfolioOptions {
    /** More threads than this only queue on the ledger; a larger number is a typo. */
    static final int MAX_THREADS = 256;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out folders matching this glob, relative to DIR, and everything below them, e.g."
                    + " 'examples-flawed/*'. Repeatable. A glob that matches no folder is an error.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--measurements", paramLabel = "FILE_OR_DIR",
            description = "For a folder of contracts: a folder with <contract id>.csv (or <folder>/measurements.csv)"
                    + " per contract, or one CSV with a first column 'contract'. For one contract (report CONTRACT): its"
                    + " measurement CSV. Default: the measurements.csv in each contract folder.")
    Path measurements;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Contracts of the folder settled at once, 1 to " + MAX_THREADS + " (default: 2).")
    int threads;

    /** The contract folders below {@code root}, less the ones --exclude leaves out. */
    List<Path> discover(Path root) {
        return PortfolioSelection.discover(root, excludes);
    }

    /** Where each contract's figures come from (--measurements, else each folder's measurements.csv). */
    PortfolioMeasurements source() {
        return PortfolioMeasurements.of(measurements);
    }

    /** --threads, refused with a usage error outside 1 to {@link #MAX_THREADS}. */
    int threads() {
        if (threads < 1 || threads > MAX_THREADS) {
            // Math.max(1, threads) used to hide a typo such as --threads 0 or -4; say it instead.
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be from 1 to "
                    + MAX_THREADS + " (contracts settled at once), not " + threads + ".");
        }
        return threads;
    }
}
