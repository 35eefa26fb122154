package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerLocation;

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

    /**
     * V4 turns the amounts into NUMERIC: a ledger written while they were text (here: in öre, where a
     * careless NUMERIC(…, 2) or a float would change "1360000.00" or lose a scale) verifies before
     * and after the migration, and reads back the same amounts.
     */
    @Test
    void amountsBecomeNumericAndTheChainVerifiesBeforeAndAfter() throws Exception {
        ContractCopy.edit(contract.resolve("contract.yaml"), "decimals: 0", "decimals: 2");
        JsonNode first = settleJson();
        assertEquals("1360000.00", paymentOf(first, 2026, "§6.1", "kohort").get("amount").asText());
        assertEquals("numeric", amountType("payments"));
        assertEquals("numeric", amountType("decision_lines"));
        // Back to a ledger of schema version 2, amounts as text, as an older Utfall left it.
        execute("ALTER TABLE payments ALTER COLUMN amount TYPE TEXT USING amount::TEXT");
        execute("ALTER TABLE decision_lines ALTER COLUMN amount TYPE TEXT USING amount::TEXT");
        execute("DELETE FROM ledger_schema_history WHERE version = '4'");
        assertEquals("text", amountType("payments"));
        assertEquals(1, count("SELECT COUNT(*) FROM payments WHERE amount = '1360000.00'"));
        Cli before = utfall("verify-ledger");
        assertEquals(0, before.exitCode(), before.out() + before.err());
        assertTrue(before.out().contains("is intact: 1 runs"), before.out());
        // Opening the ledger migrates it; nothing else changes.
        Cli after = utfall("verify-ledger");
        assertEquals(0, after.exitCode(), after.out() + after.err());
        assertTrue(after.out().contains("is intact: 1 runs"), after.out());
        assertEquals("numeric", amountType("payments"));
        assertEquals("numeric", amountType("decision_lines"));
        try (Connection c = sql(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT amount, SUM(amount) OVER () FROM payments WHERE year = 2026"
                     + " AND subject = 'kohort'")) {
            assertTrue(r.next());
            assertEquals("1360000.00", r.getString(1));
        }
        // A rerun against the migrated ledger pays nothing new and the chain still holds.
        assertEquals("0.00", settleJson().get("dueNow").asText());
        Cli again = utfall("verify-ledger");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        // The rerun found nothing new: it is one small sealed check, not a second run.
        assertTrue(again.out().contains("is intact: 1 runs") && again.out().contains("1 reruns that found nothing new"),
                again.out());
    }

    /**
     * Two settles at once failed now and then with "lines after the last run belong to no run": the
     * ledger check read the runs, another process committed a run, and the check then read its lines.
     * A read transaction must see one moment, whatever commits meanwhile.
     */
    @Test
    void aReadTransactionSeesOneMomentWhileAnotherConnectionCommits() throws Exception {
        String url = newLedger();
        try (Ledger ledger = Ledger.open(LedgerLocation.of(url));
             Connection other = DriverManager.getConnection(url); Statement s = other.createStatement()) {
            s.execute("CREATE TABLE probe (n integer)");
            List<Long> seen = ledger.read(c -> {
                long before = rows(c);
                s.execute("INSERT INTO probe VALUES (1)");
                return List.of(before, rows(c));
            });
            assertEquals(seen.get(0), seen.get(1), "a commit in the middle of a read transaction was seen by it");
            assertEquals(1L, ledger.read(PostgresLedgerTest::rows), "the next read transaction sees the commit");
        }
    }

    private static long rows(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT COUNT(*) FROM probe")) {
            r.next();
            return r.getLong(1);
        }
    }

    private String amountType(String table) throws SQLException {
        try (Connection c = sql(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_schema ="
                     + " current_schema() AND table_name = '" + table + "' AND column_name = 'amount'")) {
            assertTrue(r.next());
            return r.getString(1);
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
