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
        description = "Records the contract's changed files as an amendment in force from a year on; earlier years"
                + " keep the terms signed before.")
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

    @Override
    public Integer call() {
        var lib = library.load();
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
