package se.utfall.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.contract.ContractLoader;
import se.utfall.ledger.History;
import se.utfall.ledger.Ledger;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists a contract's signings and amendments, its settle runs, and the payments per year.")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    LedgerOption ledger;

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "Contract folder, or a contract id.")
    String contract;

    @Override
    public Integer call() {
        Path path = Path.of(contract);
        // Given by folder, the history speaks the contract's language; given by id alone, Swedish.
        var loaded = Files.exists(path) ? ContractLoader.load(path, library.load()) : null;
        String id = loaded != null ? loaded.id() : contract;
        var language = loaded != null ? loaded.language() : se.utfall.contract.Language.SV;
        try (Ledger l = ledger.openExisting()) {
            if (output.json()) {
                JsonOption.print(spec.commandLine().getOut(), History.json(l, id));
            } else {
                spec.commandLine().getOut().print(History.render(l, id, language));
            }
        }
        return ExitCodes.OK;
    }
}
