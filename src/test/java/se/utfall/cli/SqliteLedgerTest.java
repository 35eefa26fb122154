package se.utfall.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The ledger suite against the embedded SQLite ledger, a new file per test. */
class SqliteLedgerTest extends LedgerSuite {
    @Override
    String newLedger() {
        return tmp.resolve("ledger.db").toString();
    }

    @Override
    String jdbcUrl(String ledger) {
        return "jdbc:sqlite:" + ledger;
    }

    private final java.util.List<Path> immutable = new java.util.ArrayList<>();

    /**
     * A copy in a folder of its own, made immutable with chattr +i (file and folder): even root cannot
     * write it then, nor make SQLite's -shm file beside it, which is the real read-only case. Null where
     * chattr is not available or not allowed.
     */
    @Override
    String readOnlyCopy(String ledger) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("read-only"));
        Path copy = folder.resolve("ledger.db");
        Files.copy(Path.of(ledger), copy);
        for (Path p : new Path[] {copy, folder}) {
            if (!chattr("+i", p)) {
                return null;
            }
            immutable.add(p);
        }
        return copy.toString();
    }

    static boolean chattr(String flag, Path p) {
        try {
            Process chattr = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
            chattr.getInputStream().readAllBytes();
            return chattr.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @org.junit.jupiter.api.AfterEach
    void writableAgain() {
        immutable.forEach(p -> chattr("-i", p));
    }

    @Override
    void failPaymentsOf(Connection c, String contractId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse_payments BEFORE INSERT ON payments WHEN NEW.contract_id = '" + contractId
                    + "' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        }
    }
}
