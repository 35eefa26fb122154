package se.utfall.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.utfall.engine.budget.Budget;

/** --time-budget SECONDS, shared by every command that settles: how long one settlement may run. */
final class BudgetOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "Seconds one settlement may run before it is stopped as a runaway (default: "
                    + Budget.DEFAULT_SETTLEMENT_SECONDS + ", or " + Budget.ENVIRONMENT + ").")
    void timeBudget(String seconds) {
        Budget.setSettlement(Budget.parse(seconds).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--time-budget " + seconds + ": write a number of seconds above 0 (at most a day),"
                + " e.g. --time-budget 30.")));
    }
}
