package se.utfall.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.Signing;

@Command(name = "amend", mixinStandardHelpOptions = true,
        description = {"Records the contract's changed files as an amendment in force from a year on; earlier years"
                + " keep the terms signed before.",
                "With --dry-run nothing is recorded: it shows what the amendment would pay or claw back per year and"
                + " payee (a what-if), the statement settle would print after recording it."})
final class AmendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    LedgerOption ledger;

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "Contract folder (or its contract.yaml).")
    Path contract;

    @Option(names = "--effective", paramLabel = "YEAR", required = true,
            description = "The first contract year the amended terms govern.")
    int effective;

    @Option(names = "--reason", paramLabel = "TEXT", required = true,
            description = "Why, in words for the record, e.g. \"Nämndbeslut 2027-03-14 §12: nytt pris\".")
    String reason;

    @Option(names = "--dry-run", description = "Record nothing: show the adjustments the changed files would cause"
            + " per year and payee if this amendment were recorded (the ledger is only read).")
    boolean dryRun;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "With --dry-run: settle up to this year (default: the latest year with measurements).")
    Integer year;

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "With --dry-run: measurement CSV (default: measurements.csv in the contract folder).")
    java.nio.file.Path measurements;

    @Override
    public Integer call() {
        if (!dryRun && (year != null || measurements != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--year and --measurements belong"
                    + " to a what-if: add --dry-run, or leave them out to record the amendment.");
        }
        var lib = library.load();
        if (dryRun) {
            try (Ledger l = ledger.openToRead()) {
                se.utfall.ledger.RunOutcome o = new se.utfall.ledger.LedgerSettler(l, lib).whatIf(contract,
                        p -> p.measurements(measurements), year, effective, reason);
                spec.commandLine().getErr().println("utfall: " + o.notice());
                spec.commandLine().getOut().print(se.utfall.ledger.LedgerStatement.whatIf(o, l.location()));
            }
            return ExitCodes.OK;
        }
        try (Ledger l = ledger.open()) {
            String said = new Signing(l, lib).amend(contract, effective, reason);
            if (output.json()) {
                JsonOption.print(spec.commandLine().getOut(), java.util.Map.of("command", "amend", "message", said));
            } else {
                spec.commandLine().getOut().println(said);
            }
            LedgerOption.notices(l, spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }
}
