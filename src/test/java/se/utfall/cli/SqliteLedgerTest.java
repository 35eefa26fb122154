package se.utfall.cli;

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

    @Override
    void failPaymentsOf(Connection c, String contractId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse_payments BEFORE INSERT ON payments WHEN NEW.contract_id = '" + contractId
                    + "' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        }
    }
}
