package se.utfall.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import se.utfall.ledger.RunBy;

/** --operator NAME: who the ledger records as having made a run (settle, settle-all). */
final class OperatorOption {
    @Option(names = "--operator", paramLabel = "NAME",
            description = "Who runs this, as the ledger records it with the host, the UTC time, the Utfall version and"
                    + " the command line (default: $" + RunBy.OPERATOR_ENVIRONMENT + ", else the OS user).")
    String operator;

    RunBy runBy(CommandSpec spec) {
        if (operator != null && operator.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--operator needs a name, e.g."
                    + " --operator \"Anna Berg, ekonomi\".");
        }
        List<String> args = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        return RunBy.of(operator, args, System.getenv());
    }
}
