package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate processes against one embedded ledger: a portfolio run killed with SIGKILL half-way and
 * run again pays every contract exactly once, and so do two portfolio runs started at once.
 */
class LedgerCrashTest {
    private static final BigDecimal OSTERAKER_TOTAL = new BigDecimal("8000000");

    @TempDir
    Path tmp;

    private Path portfolio(int contracts) {
        Path root = tmp.resolve("portfolio");
        for (int i = 1; i <= contracts; i++) {
            String id = String.format("c-%03d", i);
            Path copy = ContractCopy.of("osteraker-halsocoach", root.resolve(id));
            ContractCopy.edit(copy.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: " + id);
        }
        return root;
    }

    private static Process utfall(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long runs(Path ledger) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM runs")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException notYetCreated) {
            return 0;
        }
    }

    /** Per contract: the sum paid, and how many runs paid anything. */
    private static Map<String, BigDecimal> paid(Path ledger, Map<String, Long> payingRuns) throws SQLException {
        Map<String, BigDecimal> paid = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT contract_id, amount FROM payments")) {
                while (r.next()) {
                    paid.merge(r.getString(1), new BigDecimal(r.getString(2)), BigDecimal::add);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT contract_id, COUNT(DISTINCT run_id) FROM payments"
                    + " GROUP BY contract_id")) {
                while (r.next()) {
                    payingRuns.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return paid;
    }

    private static void assertEveryContractPaidExactlyOnce(Path ledger, int contracts) throws SQLException {
        Map<String, Long> payingRuns = new HashMap<>();
        Map<String, BigDecimal> paid = paid(ledger, payingRuns);
        assertEquals(contracts, paid.size(), "contracts with payments: " + paid.keySet());
        paid.forEach((id, sum) -> assertEquals(OSTERAKER_TOTAL, sum, id + " paid"));
        payingRuns.forEach((id, n) -> assertEquals(1L, n, id + " was paid by more than one run"));
    }

    @Test
    void aPortfolioRunKilledHalfWayAndRunAgainPaysEveryContractExactlyOnce() throws Exception {
        int contracts = 60;
        Path root = portfolio(contracts);
        Path ledger = tmp.resolve("ledger.db");
        Process child = utfall(tmp.resolve("killed.log"), "settle-all", root.toString(), "--year", "2028", "--sign-new",
                "--ledger", ledger.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (runs(ledger) < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        child.destroyForcibly().waitFor();
        long committed = runs(ledger);
        assertTrue(committed >= 3 && committed < contracts, "the kill must come mid-run; runs committed: "
                + committed + "\n" + Files.readString(tmp.resolve("killed.log"), StandardCharsets.UTF_8));

        Cli again = Cli.run("settle-all", root.toString(), "--year", "2028", "--sign-new", "--ledger", ledger.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEveryContractPaidExactlyOnce(ledger, contracts);
        Cli verify = Cli.run("verify-ledger", "--ledger", ledger.toString());
        assertEquals(0, verify.exitCode(), verify.out());
    }

    @Test
    void twoPortfolioRunsInTwoProcessesAtOncePayEveryContractOnce() throws Exception {
        int contracts = 12;
        Path root = portfolio(contracts);
        Path ledger = tmp.resolve("ledger.db");
        Process first = utfall(tmp.resolve("first.log"), "settle-all", root.toString(), "--year", "2028", "--sign-new",
                "--ledger", ledger.toString());
        Process second = utfall(tmp.resolve("second.log"), "settle-all", root.toString(), "--year", "2028", "--sign-new",
                "--ledger", ledger.toString());
        assertTrue(first.waitFor(240, TimeUnit.SECONDS) && second.waitFor(240, TimeUnit.SECONDS), "runs hang");
        assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.log"), StandardCharsets.UTF_8));
        assertEquals(0, second.exitValue(), Files.readString(tmp.resolve("second.log"), StandardCharsets.UTF_8));
        assertEveryContractPaidExactlyOnce(ledger, contracts);
        // One of the two settled each contract; the other found nothing new and recorded only that.
        assertEquals(contracts, runs(ledger));
    }

    @Test
    void aLedgerThatCannotBeUsedGivesOneClearMessage() throws IOException {
        Path notADatabase = tmp.resolve("notes.db");
        Files.writeString(notADatabase, "these are my notes, not a ledger\n".repeat(200), StandardCharsets.UTF_8);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(tmp.toString(), "is a folder");
        cases.put(tmp.resolve("missing").resolve("ledger.db").toString(), "does not exist");
        cases.put(notADatabase.toString(), "is not a SQLite database");
        cases.put("jdbc:mysql://127.0.0.1/utfall", "is not a ledger Utfall can use");
        cases.put("jdbc:postgresql://127.0.0.1:1/test?user=postgres", "cannot be reached");
        for (Map.Entry<String, String> e : cases.entrySet()) {
            Cli cli = Cli.run("settle", "contracts/osteraker-halsocoach", "--ledger", e.getKey());
            assertEquals(2, cli.exitCode(), e.getKey() + ": " + cli.err());
            assertEquals(1, cli.errLines().length, e.getKey() + ": " + cli.err());
            assertTrue(cli.err().contains(e.getValue()), e.getKey() + ": " + cli.err());
            assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
        }
        assertTrue(Files.readString(notADatabase, StandardCharsets.UTF_8).startsWith("these are my notes"));
    }
}
