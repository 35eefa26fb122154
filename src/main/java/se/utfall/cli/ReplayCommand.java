package se.utfall.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.Replay;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Recomputes a stored run from its stored measurements and signed terms and confirms the"
                + " decisions are identical (exit 0), or shows the difference (exit 1).")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LedgerOption ledger;

    @Mixin
    BudgetOption timeBudget;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run number, as settle and history show it.")
    long run;

    @Override
    public Integer call() {
        try (Ledger l = ledger.openExisting()) {
            Replay.Result r = Replay.run(l, run);
            if (output.json()) {
                JsonOption.print(spec.commandLine().getOut(), java.util.Map.of("command", "replay", "run", run,
                        "identical", r.identical(), "report", r.report()));
            } else {
                spec.commandLine().getOut().print(r.report());
            }
            return r.identical() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
