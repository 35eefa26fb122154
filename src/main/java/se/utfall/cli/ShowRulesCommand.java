package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.authoring.RuleListing;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.library.ClauseLibrary;

@Command(name = "show-rules", mixinStandardHelpOptions = true,
        description = "Shows what a contract's sentences compile to: each line of a .dslr next to the DRL it"
                + " expands to. (A contract's spreadsheets are data for its clauses' tables: see describe.)")
final class ShowRulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1", paramLabel = "CONTRACT", description = "A contract folder (or its contract.yaml).")
    Path contract;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ClauseLibrary lib = library.load();
        Contract c = ContractLoader.load(contract, lib);
        out.print(RuleListing.render(c, lib));
        return ExitCodes.OK;
    }
}
