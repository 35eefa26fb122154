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

@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Pins the contract file and every rule file it uses (by hash, with their texts) in the ledger."
                + " Settling against changed files is refused until an amendment is recorded.")
final class SignCommand implements Callable<Integer> {
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

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "signerat",
            description = "What the signing rests on, e.g. the committee's decision (default: signerat).")
    String reason;

    @Override
    public Integer call() {
        var lib = library.load();
        try (Ledger l = ledger.open()) {
            String said = new Signing(l, lib).sign(contract, reason);
            if (output.json()) {
                JsonOption.print(spec.commandLine().getOut(), java.util.Map.of("command", "sign", "message", said));
            } else {
                spec.commandLine().getOut().println(said);
            }
            LedgerOption.notices(l, spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }
}
