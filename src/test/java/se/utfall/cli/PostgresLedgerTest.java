package se.utfall.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The ledger suite against PostgreSQL on 127.0.0.1:5432 (database test, user postgres), a new
 * schema per test so parallel runs never meet. Skipped, saying why, when no server answers.
 */
class PostgresLedgerTest extends LedgerSuite {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static String unreachable;

    @BeforeAll
    static void serverAnswers() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(SERVER)) {
            unreachable = null;
        } catch (SQLException e) {
            unreachable = e.getMessage();
        }
        Assumptions.assumeTrue(unreachable == null, () -> "PostgreSQL ledger tests skipped: no server answers at "
                + SERVER + " (" + unreachable + ")");
    }

    @Override
    String newLedger() throws SQLException {
        String schema = "utfall_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        synchronized (SCHEMAS) {
            SCHEMAS.add(schema);
        }
        return SERVER + "&currentSchema=" + schema;
    }

    @Override
    String jdbcUrl(String ledger) {
        return ledger;
    }

    /** The same schema through a database user that may only read it. */
    @Override
    String readOnlyCopy(String ledger) throws SQLException {
        String schema = ledger.substring(ledger.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN CREATE ROLE utfall_reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO utfall_reader");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO utfall_reader");
        }
        return ledger.replace("user=postgres", "user=utfall_reader");
    }

    @Override
    void failPaymentsOf(Connection c, String contractId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION refuse_payment() RETURNS trigger AS $$ BEGIN"
                    + " RAISE EXCEPTION 'could not write block: No space left on device'; END $$ LANGUAGE plpgsql");
            s.execute("CREATE TRIGGER refuse_payments BEFORE INSERT ON payments FOR EACH ROW WHEN (NEW.contract_id = '"
                    + contractId + "') EXECUTE FUNCTION refuse_payment()");
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        if (unreachable != null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            for (String schema : SCHEMAS) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
