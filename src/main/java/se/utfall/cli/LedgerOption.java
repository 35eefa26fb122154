package se.utfall.cli;

import picocli.CommandLine.Option;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerLocation;

/** --ledger PATH|URL, shared by every command that reads or writes the ledger. */
final class LedgerOption {
    @Option(names = "--ledger", paramLabel = "PATH|URL",
            description = "The ledger: a SQLite file, or a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://127.0.0.1:5432/utfall?user=postgres (default: $UTFALL_LEDGER, else"
                    + " ledger/utfall.db beside the utfall launcher).")
    String ledger;

    LedgerLocation location() {
        return LedgerLocation.of(ledger);
    }

    /** Opens the ledger, creating it (and its schema) when it does not exist yet. */
    Ledger open() {
        return Ledger.open(location());
    }

    /** Opens the ledger to read; a ledger file that does not exist reads as empty and is not created. */
    Ledger openToRead() {
        LedgerLocation at = location();
        return at.missing() ? Ledger.openEmpty(at) : Ledger.open(at);
    }
}
