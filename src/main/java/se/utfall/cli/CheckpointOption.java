package se.utfall.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.utfall.ledger.Checkpoint;

/** --checkpoint FILE: heads of the chain kept outside the database (settle appends, verify-ledger compares). */
final class CheckpointOption {
    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "A file outside the database that holds the head of the ledger's chain after every run"
                    + " (default: $UTFALL_LEDGER_CHECKPOINT). settle and settle-all append to it; verify-ledger checks"
                    + " the ledger still holds every head recorded and ends at the last.")
    Path checkpoint;

    Checkpoint find() {
        return Checkpoint.find(checkpoint);
    }
}
