package se.utfall.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.importing.Import;
import se.utfall.importing.ImportPreview;
import se.utfall.importing.KoladaFetch;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.UsedFigures;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads published figures (Kolada answers, Socialstyrelsen's survey tables) into a contract's"
                + " measurements, as its contract.yaml maps them under 'import:'. Shows what would change; writes"
                + " only with --write, and corrections of figures a run used only with --accept-corrections.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    LedgerOption ledger;

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "Contract folder.")
    Path contract;

    @Option(names = "--kolada", paramLabel = "FILE", description = "A saved Kolada answer (JSON from"
            + " api.kolada.se/v2/data/... or /v2/oudata/...); repeat for more.")
    List<Path> kolada = new ArrayList<>();

    @Option(names = "--survey", paramLabel = "FILE", description = "A survey table per unit (.xlsx or .csv), as"
            + " Socialstyrelsen publishes 'Vad tycker de äldre om äldreomsorgen?'; repeat for more.")
    List<Path> surveys = new ArrayList<>();

    @Option(names = "--fetch-kolada", description = "Fetch the mapped KPIs from Kolada's API (needs network).")
    boolean fetch;

    @Option(names = "--kolada-url", paramLabel = "URL", description = "Kolada's API (default: $UTFALL_KOLADA_URL,"
            + " else " + KoladaFetch.DEFAULT_BASE + ").")
    String koladaUrl;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of a survey table without a year column;"
            + " the years fetched from Kolada (default: the contract period). Repeat for more years.")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "The measurement file (default: measurements.csv in the contract folder).")
    Path measurements;

    @Option(names = "--write", description = "Write the new and changed figures (default: only show them).")
    boolean write;

    @Option(names = "--accept-corrections", description = "With --write: also write figures that correct one a"
            + " recorded run used.")
    boolean acceptCorrections;

    @Override
    public Integer call() {
        Contract c = ContractLoader.load(contract, library.load());
        Path file = measurements != null ? measurements : c.folder().resolve(Contract.MEASUREMENTS);
        String base = koladaUrl != null ? koladaUrl
                : System.getenv().getOrDefault("UTFALL_KOLADA_URL", KoladaFetch.DEFAULT_BASE);
        Map<String, UsedFigures.Used> used;
        try (Ledger l = ledger.openToRead()) {
            used = UsedFigures.of(l, c.id());
        }
        Import.Result result = Import.preview(c, file, new Import.Request(kolada, surveys, fetch, base, years), used);
        if (write && !acceptCorrections && !result.of(se.utfall.importing.Merge.Kind.CORRECTION).isEmpty()) {
            // The corrections are shown before the refusal, so the person sees what to check.
            if (!output.json()) {
                spec.commandLine().getOut().print(ImportPreview.text(result, false, 0, true));
                spec.commandLine().getOut().flush();
            }
        }
        int rows = write ? Import.write(result, acceptCorrections) : 0;
        if (output.json()) {
            JsonOption.print(spec.commandLine().getOut(), ImportPreview.json(result, write, rows));
        } else {
            spec.commandLine().getOut().print(ImportPreview.text(result, write, rows));
        }
        return ExitCodes.OK;
    }
}
