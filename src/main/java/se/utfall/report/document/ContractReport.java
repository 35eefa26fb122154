package se.utfall.report.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.utfall.ledger.LedgerKey;
import se.utfall.ledger.LedgerLocation;
import se.utfall.library.ClauseLibrary;

/** Writes the decision document of one contract (placeholder while it is built). */
public final class ContractReport {
    /** What the report command was asked for. */
    public record Options(Path contract, Path measurements, Integer year, LocalDate asOf, String language, Path out,
                          boolean analysis, boolean pdf) {
    }

    private final ClauseLibrary library;
    private final LedgerLocation ledger;
    private final LedgerKey key;

    public ContractReport(ClauseLibrary library, LedgerLocation ledger, LedgerKey key) {
        this.library = library;
        this.ledger = ledger;
        this.key = key;
    }

    public List<Path> write(Options options) {
        throw new UnsupportedOperationException("report: not built yet");
    }
}
