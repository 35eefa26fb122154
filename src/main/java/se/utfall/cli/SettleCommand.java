package se.utfall.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerSettler;
import se.utfall.ledger.LedgerStatement;
import se.utfall.ledger.RunOutcome;

@Command(name = "settle", mixinStandardHelpOptions = true,
        description = "Settles a contract up to a year: every year's decision lines with reason and working, and"
                + " in the ledger what is due now (decided minus already paid). A contract is signed by its first"
                + " settle; later changes to its files are refused until recorded with amend.")
final class SettleCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Mixin
    SettlementOptions settlement;

    @Mixin
    LedgerOption ledger;

    @Mixin
    CheckpointOption checkpoint;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a statement for people, default) or json (for machines).")
    Format format;

    @Option(names = "--dry-run", description = "Show what would be paid without writing anything to the ledger.")
    boolean dryRun;

    @Override
    public Integer call() {
        var lib = library.load();
        try (Ledger l = dryRun ? ledger.openToRead() : ledger.open()) {
            se.utfall.timing.Checkpoints.mark("ledger opened");
            if (!dryRun) {
                l.keepHeadsIn(checkpoint.find());
            }
            RunOutcome o = new LedgerSettler(l, lib).on(settlement.settledOn()).settle(settlement.contract,
                    p -> p.measurements(settlement.measurements), settlement.year, dryRun);
            LedgerOption.notices(l, spec.commandLine().getErr());
            if (o.notice() != null) {
                spec.commandLine().getErr().println("utfall: " + o.notice());
            }
            se.utfall.timing.Checkpoints.mark("recorded");
            spec.commandLine().getOut().print(format == Format.json ? LedgerStatement.json(o)
                    : LedgerStatement.text(o, l.location()));
        }
        return ExitCodes.OK;
    }
}
