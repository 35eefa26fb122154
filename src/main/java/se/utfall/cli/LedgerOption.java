package se.utfall.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerKey;
import se.utfall.ledger.LedgerLocation;

/** --ledger PATH|URL and --key-file FILE, shared by every command that reads or writes the ledger. */
final class LedgerOption {
    @Option(names = "--ledger", paramLabel = "PATH|URL",
            description = "The ledger: a SQLite file, or a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://127.0.0.1:5432/utfall?user=postgres (default: $UTFALL_LEDGER, else"
                    + " ledger/utfall.db beside the utfall launcher).")
    String ledger;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "The ledger's secret key, kept outside the database (default: $UTFALL_LEDGER_KEY_FILE, else"
                    + " the key itself in $UTFALL_LEDGER_KEY). With it rows are sealed with HMAC-SHA256; a keyed"
                    + " ledger is written and verified only with its key.")
    Path keyFile;

    LedgerLocation location() {
        return LedgerLocation.of(ledger);
    }

    LedgerKey key() {
        return LedgerKey.find(keyFile);
    }

    /** Opens the ledger, creating it (and its schema) when it does not exist yet. */
    Ledger open() {
        return Ledger.open(location(), key());
    }

    /**
     * Opens the ledger for a dry run: read only; a ledger file that does not exist reads as empty and
     * is not created.
     */
    Ledger openToRead() {
        return Ledger.openToRead(location(), key());
    }

    /** Opens an existing ledger read only; one that does not exist is an error (exit 2), not an empty ledger. */
    Ledger openExisting() {
        return Ledger.openExisting(location(), key());
    }

    /** What the ledger has to say (that it was keyed just now), on stderr. */
    static void notices(Ledger l, PrintWriter err) {
        l.notices().forEach(n -> err.println("utfall: " + n));
    }
}
