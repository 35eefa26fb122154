package se.utfall.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.timing.Checkpoints;

/** CONTRACT, --year and --measurements: what settle and explain both need. */
final class SettlementOptions {
    @Parameters(index = "0", paramLabel = "CONTRACT", description = "Contract folder (or its contract.yaml).")
    Path contract;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Settle every year up to this one (default: the latest year with measurements).")
    Integer year;

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "Measurement CSV (default: measurements.csv in the contract folder).")
    Path measurements;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = SettlementDate.class,
            description = "The settlement date (default: today). A figure missing before the day the contract says"
                    + " it is published makes its year PENDING, not INSUFFICIENT_DATA.")
    java.time.LocalDate asOfDate;

    PreparedContract prepared;

    /** The settlement date given, or today (UTC). */
    java.time.LocalDate settledOn() {
        return asOfDate != null ? asOfDate : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    }

    Settlement settle(ClauseLibrary library, CommandSpec spec) {
        prepared = PreparedContract.prepare(contract, library);
        Checkpoints.mark("contract read and rules ready");
        List<Measurement> rows = prepared.measurements(measurements);
        int asOf = year != null ? year : prepared.latestMeasuredYear(rows);
        var c = prepared.contract();
        if (asOf < c.firstYear() || asOf > c.lastYear()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year " + asOf + " is outside the period of "
                    + c.id() + " (" + c.firstYear() + "–" + c.lastYear() + "); choose a year within it.");
        }
        Settlement settled = prepared.settle(rows, asOf, settledOn());
        Checkpoints.mark("settled");
        return settled;
    }
}
