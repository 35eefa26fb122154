package se.utfall.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.describe.DescribeReport;
import se.utfall.library.ClauseLibrary;

@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Writes every clause of a contract in words from its family and parameters, next to the"
                + " clause text the contract states, so legal staff can check that the rules say what the contract"
                + " says.")
final class DescribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "Contract folder (or its contract.yaml).")
    Path contract;

    @Override
    public Integer call() {
        ClauseLibrary lib = library.load();
        Contract c = ContractLoader.load(contract, lib);
        String code = language.codeOr(c.language().code());
        String text = DescribeReport.render(c, lib, code);
        if (output.json()) {
            JsonOption.print(spec.commandLine().getOut(), java.util.Map.of("command", "describe", "contract", c.id(),
                    "language", code, "text", text));
        } else {
            spec.commandLine().getOut().print(text);
        }
        return ExitCodes.OK;
    }
}
