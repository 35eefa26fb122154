package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.Portfolio;
import se.utfall.ledger.PortfolioMeasurements;
import se.utfall.ledger.PortfolioSelection;

@Command(name = "settle-all", mixinStandardHelpOptions = true,
        description = {"Settles every contract under a folder that is signed in the ledger, each in its own"
                + " transaction; a contract that fails is reported and skipped and the others are settled.",
                "A contract not signed yet (a draft dropped in, an example) is listed with the command that signs it"
                + " and not settled, unless --sign-new is given. Folders named tests (scenario fixtures) are never"
                + " read. Two folders with the same contract id are refused before anything is written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every contract found was settled",
                "1:some contracts were not settled: one failed, or one is not signed (without --sign-new)",
                "2:bad command line or input (a folder, an --exclude matching nothing, two folders with one id);"
                        + " nothing was settled",
                "3:internal error"})
final class SettleAllCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Mixin
    LedgerOption ledger;

    @Mixin
    CheckpointOption checkpoint;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of contract folders (searched below).")
    Path root;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Settle every year up to this one (default: each contract's latest measured year).")
    Integer year;

    @Mixin
    PortfolioOptions selection;

    @Option(names = "--sign-new",
            description = "Sign every contract not yet signed (with its files as they are now), then settle it."
                    + " Without it, unsigned contracts are listed and not settled.")
    boolean signNew;

    @Mixin
    OperatorOption operator;

    @Override
    public Integer call() {
        int threads = selection.threads();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var by = operator.runBy(spec);
        var lib = library.load();
        List<Path> found = selection.discover(root);
        PortfolioMeasurements source = selection.source();
        try (Ledger l = ledger.open()) {
            PortfolioSelection.Selection chosen = PortfolioSelection.select(l, lib, root, found, signNew);
            l.keepHeadsIn(checkpoint.find());
            Portfolio.Progress progress = System.console() != null ? Portfolio.Progress.bar(err)
                    : Portfolio.Progress.NONE;
            Portfolio.Result r = Portfolio.settle(l, lib, root, chosen.settle(), year, source, threads, progress, by,
                    signNew);
            if (output.json()) {
                java.util.Map<String, Object> json = new java.util.LinkedHashMap<>(Portfolio.json(r));
                List<Object> unsigned = new java.util.ArrayList<>();
                for (PortfolioSelection.Unsigned u : chosen.unsigned()) {
                    unsigned.add(java.util.Map.of("contract", u.contract(), "folder",
                            se.utfall.problem.Locations.display(u.folder())));
                }
                json.put("unsigned", unsigned);
                JsonOption.print(out, json);
            } else {
                out.print(Portfolio.summary(r));
                out.print(PortfolioSelection.unsignedListing(chosen.unsigned()));
            }
            LedgerOption.notices(l, err);
            for (Portfolio.Outcome o : r.outcomes()) {
                o.problems().forEach(err::println);
            }
            double seconds = r.nanos() / 1e9;
            err.println(String.format(Locale.ROOT, "utfall: %d contracts settled into %s in %.1f s (%.1f contracts/s),"
                    + " %d failed, %d not signed (not settled).", r.outcomes().size() - r.failures(),
                    l.location().shown(), seconds, r.outcomes().size() / Math.max(seconds, 1e-3), r.failures(),
                    chosen.unsigned().size()));
            return r.failures() > 0 || !chosen.unsigned().isEmpty() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
    }
}
