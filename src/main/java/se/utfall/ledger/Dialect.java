package se.utfall.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** What differs between the embedded and the server ledger. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    String migrations() {
        return "classpath:db/ledger/" + migrations;
    }

    /**
     * Takes the ledger's write lock inside the current transaction, before anything is read, so two
     * runs against one ledger take turns: the second sees what the first paid. SQLite transactions
     * already begin IMMEDIATE (a write lock); PostgreSQL locks the runs table against other writers
     * while still letting readers read.
     */
    void lockForWrite(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE runs IN EXCLUSIVE MODE");
            }
        }
    }
}
