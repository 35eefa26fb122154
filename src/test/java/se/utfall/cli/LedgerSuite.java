package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ledger promises, run against each kind of ledger (SQLite file, PostgreSQL server): a
 * rerun pays nothing new, corrections become adjustments against their year, signed terms are
 * enforced, runs replay, tampering is found, concurrent runs pay once, a failure writes nothing.
 */
abstract class LedgerSuite {
    static final String OSTERAKER = "osteraker-halsocoach";

    @TempDir
    Path tmp;

    /** The --ledger argument of a fresh, empty ledger for one test. */
    abstract String newLedger() throws Exception;

    /** A JDBC URL to change the ledger behind Utfall's back. */
    abstract String jdbcUrl(String ledger);

    /** Makes the database refuse to store payments of one contract, as a full disk or a crash would. */
    abstract void failPaymentsOf(Connection c, String contractId) throws SQLException;

    String ledger;
    Path contract;

    @BeforeEach
    void freshLedgerAndContract() throws Exception {
        ledger = newLedger();
        contract = ContractCopy.of(OSTERAKER, tmp);
    }

    Cli utfall(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--ledger");
        all.add(ledger);
        return Cli.run(all.toArray(String[]::new));
    }

    JsonNode settleJson(String... extra) throws IOException {
        return settleJsonUpTo(2028, extra);
    }

    JsonNode settleJsonUpTo(int year, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("settle", contract.toString(), "--year", String.valueOf(year),
                "--format", "json"));
        args.addAll(List.of(extra));
        Cli cli = utfall(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        return new ObjectMapper().readTree(cli.out()).get("ledger");
    }

    Connection sql() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(ledger));
    }

    long count(String query) throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String statement) throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    BigDecimal paidTo(String contractId) throws SQLException {
        BigDecimal sum = BigDecimal.ZERO;
        try (Connection c = sql(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT amount FROM payments WHERE contract_id = '" + contractId + "'")) {
            while (r.next()) {
                sum = sum.add(new BigDecimal(r.getString(1)));
            }
        }
        return sum;
    }

    @Test
    void theFirstSettlePaysEveryYearAndARerunWithTheSameInputsPaysNothingNew() throws Exception {
        JsonNode first = settleJson();
        assertEquals("8000000", first.get("dueNow").asText());
        assertEquals("1360000", paymentOf(first, 2026, "§6.1", "kohort").get("amount").asText());
        assertEquals("PAYMENT", paymentOf(first, 2026, "§6.1", "kohort").get("kind").asText());
        JsonNode again = settleJson();
        assertEquals("0", again.get("dueNow").asText());
        assertEquals(0, again.get("payments").size());
        assertEquals("2360000", again.get("years").get(0).get("alreadyPaid").asText());
        assertEquals(new BigDecimal("8000000"), paidTo(OSTERAKER));
        assertEquals(2, count("SELECT COUNT(*) FROM runs"));
    }

    @Test
    void aCorrectedMeasurementBecomesAnAdjustmentAgainstTheYearItBelongsToWithTheReason() throws Exception {
        settleJson();
        ContractCopy.edit(contract.resolve("measurements.csv"), "kohort,verified_participants,2026,20",
                "kohort,verified_participants,2026,21");
        JsonNode corrected = settleJson();
        JsonNode adjustment = paymentOf(corrected, 2026, "§6.1", "kohort");
        assertEquals("ADJUSTMENT", adjustment.get("kind").asText());
        assertEquals("68000", adjustment.get("amount").asText());
        assertTrue(adjustment.get("reason").asText().startsWith(
                "Rättelse av mätvärde 2026 för kohort (verified_participants): 20 → 21"), adjustment.toString());
        // The period cap of 5 000 000 was reached in 2028, so paying 2026 more means paying 2028 less.
        assertEquals("-68000", paymentOf(corrected, 2028, "§6.1", "").get("amount").asText());
        assertEquals("0", corrected.get("dueNow").asText());
        assertEquals(new BigDecimal("8000000"), paidTo(OSTERAKER));
    }

    @Test
    void aDryRunShowsTheAdjustmentWithoutWritingIt() throws Exception {
        settleJson();
        ContractCopy.edit(contract.resolve("measurements.csv"), "kohort,verified_participants,2027,35",
                "kohort,verified_participants,2027,34");
        long runs = count("SELECT COUNT(*) FROM runs");
        JsonNode dry = settleJson("--dry-run");
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals("-68000", paymentOf(dry, 2027, "§6.1", "kohort").get("amount").asText());
        assertEquals(runs, count("SELECT COUNT(*) FROM runs"));
        JsonNode real = settleJson();
        assertEquals(dry.get("payments"), real.get("payments"));
    }

    @Test
    void settlingAgainstAChangedContractIsRefusedUntilAnAmendmentRecordsIt() throws Exception {
        settleJson();
        Path yaml = contract.resolve("contract.yaml");
        ContractCopy.edit(yaml, "pricePerOutcome: 68000", "pricePerOutcome: 70000");
        Cli refused = utfall("settle", contract.toString(), "--year", "2028");
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("contract.yaml has changed"), refused.err());
        assertTrue(refused.err().contains("./utfall amend"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());

        Cli amend = utfall("amend", contract.toString(), "--effective", "2027", "--reason", "Nämndbeslut: nytt pris");
        assertEquals(0, amend.exitCode(), amend.err());
        JsonNode amended = settleJson();
        assertEquals("0", amended.get("years").get(0).get("dueNow").asText(), "2026 keeps the signed price");
        JsonNode y2027 = paymentOf(amended, 2027, "§6.1", "kohort");
        assertEquals("ADJUSTMENT", y2027.get("kind").asText());
        assertEquals("70000", y2027.get("amount").asText(), "35 outcomes × 2 000 kr more");
        assertTrue(y2027.get("reason").asText().startsWith("Ändrade villkor från 2027 (Nämndbeslut: nytt pris)"),
                y2027.toString());
        // The run decided 2026 under the signed terms and 2027–2028 under the amendment; both replay.
        Cli replay = utfall("replay", amended.get("run").asText());
        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.out().contains("terms 2026-2026:1;2027-2028:2"), replay.out());
    }

    @Test
    void aChangedVocabularyIsAChangedClauseAndAReplayRebuildsTheClauseFromTheSignedOne() throws Exception {
        // The contract's validation.dslr is written in the library's Swedish vocabulary: it is pinned with it.
        Path library = tmp.resolve("library");
        try (var walk = Files.walk(Path.of("rules"))) {
            for (Path from : walk.toList()) {
                Files.copy(from, library.resolve(Path.of("rules").relativize(from).toString()));
            }
        }
        long run = settleJson("--library", library.toString()).get("run").asLong();
        Path vocabulary = library.resolve("dsl").resolve("utfall-sv.dsl");
        Files.writeString(vocabulary, Files.readString(vocabulary) + "\n# En mening till, senare.\n");
        Cli refused = utfall("settle", contract.toString(), "--year", "2028", "--library", library.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("utfall-sv.dsl has changed"), refused.err());
        assertTrue(refused.err().contains("./utfall amend"), refused.err());

        Files.delete(vocabulary);
        Cli replay = utfall("replay", String.valueOf(run));
        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.out().contains("replays identically"), replay.out());
    }

    @Test
    void anOutcomeValidatedLaterReleasesTheHoldAsAnAdjustmentOfItsYear() throws Exception {
        ContractCopy.edit(contract.resolve("measurements.csv"), "2027,35,Hälsoscreening 2027,RISE",
                "2027,35,Hälsoscreening 2027,");
        JsonNode held = settleJsonUpTo(2027);
        assertEquals("1000000", held.get("years").get(1).get("dueNow").asText(), "only §4's financing is paid");
        ContractCopy.edit(contract.resolve("measurements.csv"), "2027,35,Hälsoscreening 2027,",
                "2027,35,Hälsoscreening 2027,RISE");
        JsonNode released = settleJsonUpTo(2027);
        JsonNode adjustment = paymentOf(released, 2027, "§6.1", "kohort");
        assertEquals("ADJUSTMENT", adjustment.get("kind").asText());
        assertEquals("2380000", adjustment.get("amount").asText(), "35 validated outcomes × 68 000");
        assertTrue(adjustment.get("reason").asText().contains("verifierat av – → RISE"), adjustment.toString());
        assertTrue(adjustment.get("reason").asText().contains("innehållet belopp för 2027 frisläpps"),
                adjustment.toString());
    }

    @Test
    void aReplayOfAStoredRunIsIdenticalAndShowsTheDifferenceWhenAStoredLineWasAltered() throws Exception {
        long run = settleJson().get("run").asLong();
        // The files on disk may change afterwards: a replay uses what the ledger stored.
        ContractCopy.edit(contract.resolve("measurements.csv"), "kohort,verified_participants,2026,20",
                "kohort,verified_participants,2026,25");
        Cli same = utfall("replay", String.valueOf(run));
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertTrue(same.out().contains("replays identically"), same.out());

        execute("UPDATE decision_lines SET amount = '1' WHERE run_id = " + run + " AND seq = 1");
        Cli different = utfall("replay", String.valueOf(run));
        assertEquals(1, different.exitCode(), different.out() + different.err());
        assertTrue(different.out().contains("does NOT replay identically"), different.out());
        assertTrue(different.out().lines().anyMatch(l -> l.startsWith("- 2026") && l.contains(" 1 | ")),
                different.out());
        assertTrue(different.out().lines().anyMatch(l -> l.startsWith("+ 2026")), different.out());
    }

    @Test
    void anAmountChangedInTheDatabaseIsFoundByVerifyLedgerNamingTheRunAndRow() throws Exception {
        settleJson();
        settleJson();
        Cli intact = utfall("verify-ledger");
        assertEquals(0, intact.exitCode(), intact.out() + intact.err());
        assertTrue(intact.out().contains("is intact: 2 runs"), intact.out());

        execute("UPDATE payments SET amount = '1460000' WHERE run_id = 1 AND seq = 2");
        Cli altered = utfall("verify-ledger");
        assertEquals(1, altered.exitCode(), altered.out());
        assertTrue(altered.out().contains("run 1 (osteraker-halsocoach, settled up to 2028): payment 2"),
                altered.out());
        assertTrue(altered.out().contains("1460000) does not match its hash"), altered.out());
    }

    @Test
    void aDeletedRunBreaksTheChain() throws Exception {
        settleJson();
        settleJson();
        settleJson();
        execute("DELETE FROM runs WHERE id = 2");
        Cli altered = utfall("verify-ledger");
        assertEquals(1, altered.exitCode(), altered.out());
        assertTrue(altered.out().contains("run 3 (osteraker-halsocoach, settled up to 2028): does not follow the run"
                + " before it"), altered.out());
    }

    @Test
    void historyListsTheSigningTheRunsAndThePaymentsPerYear() throws Exception {
        settleJson();
        ContractCopy.edit(contract.resolve("measurements.csv"), "kohort,verified_participants,2026,20",
                "kohort,verified_participants,2026,21");
        settleJson();
        Cli history = utfall("history", contract.toString());
        assertEquals(0, history.exitCode(), history.err());
        String out = history.out();
        assertTrue(out.contains("SIGNED"), out);
        assertTrue(out.matches("(?s).*\\n  1 +\\S+ +2028 +2026-2028:1 .*\\n  2 +\\S+ +2028 .*"), out);
        assertTrue(out.matches("(?s).*\\n  2026 +paid in all for the year +2 428 000\\n.*"), out);
        assertTrue(out.contains("ADJUSTMENT"), out);
    }

    @Test
    void twoRunsStartedAtOnceInOneProcessPayOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Cli> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                Cli cli = utfall("settle", contract.toString(), "--year", "2028");
                synchronized (results) {
                    results.add(cli);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        for (Cli cli : results) {
            assertEquals(0, cli.exitCode(), cli.err());
        }
        assertEquals(new BigDecimal("8000000"), paidTo(OSTERAKER));
        assertEquals(1, count("SELECT COUNT(DISTINCT run_id) FROM payments"));
        assertEquals(2, count("SELECT COUNT(*) FROM runs"));
    }

    @Test
    void aPortfolioRunSettlesEveryContractAndReportsAFailingOneWithoutStoppingTheOthers() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        for (String id : List.of("c-b", "c-a", "c-c")) {
            Path copy = ContractCopy.of(OSTERAKER, portfolio.resolve(id));
            ContractCopy.edit(copy.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: " + id);
        }
        ContractCopy.edit(portfolio.resolve("c-b").resolve(OSTERAKER).resolve("measurements.csv"), "2027,35,",
                "2027,trettiofem,");
        Cli cli = utfall("settle-all", portfolio.toString(), "--year", "2028");
        assertEquals(1, cli.exitCode(), cli.out() + cli.err());
        List<String> rows = cli.out().lines().skip(1).toList();
        assertTrue(rows.get(0).startsWith("c-a "), cli.out());
        assertTrue(rows.get(1).contains("FAILED: "), cli.out());
        assertTrue(rows.get(2).startsWith("c-c "), cli.out());
        assertTrue(cli.err().contains("value 'trettiofem' is not a number"), cli.err());
        assertEquals(new BigDecimal("8000000"), paidTo("c-a"));
        assertEquals(new BigDecimal("8000000"), paidTo("c-c"));
        assertEquals(0, count("SELECT COUNT(*) FROM signatures WHERE contract_id LIKE '%b%'"));
    }

    @Test
    void aFailureWhileWritingAContractLeavesNothingOfItAndTheOthersAreCommitted() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        for (String id : List.of("c-1", "c-2")) {
            Path copy = ContractCopy.of(OSTERAKER, portfolio.resolve(id));
            ContractCopy.edit(copy.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: " + id);
        }
        utfall("settle-all", portfolio.toString(), "--year", "2026");
        try (Connection c = sql()) {
            failPaymentsOf(c, "c-2");
        }
        long runs = count("SELECT COUNT(*) FROM runs WHERE contract_id = 'c-2'");
        long lines = count("SELECT COUNT(*) FROM decision_lines");
        Cli cli = utfall("settle-all", portfolio.toString(), "--year", "2028");
        assertEquals(1, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("c-2") && l.contains("FAILED")), cli.out());
        assertEquals(runs, count("SELECT COUNT(*) FROM runs WHERE contract_id = 'c-2'"), "no run of c-2 written");
        assertEquals(new BigDecimal("2360000"), paidTo("c-2"), "c-2 keeps only its 2026 payments");
        assertEquals(new BigDecimal("8000000"), paidTo("c-1"));
        long c1Lines = count("SELECT line_count FROM runs WHERE contract_id = 'c-1' ORDER BY id DESC LIMIT 1");
        assertEquals(lines + c1Lines, count("SELECT COUNT(*) FROM decision_lines"), "no decision line of c-2 written");
        Cli verify = utfall("verify-ledger");
        assertEquals(0, verify.exitCode(), verify.out());
    }

    static JsonNode paymentOf(JsonNode ledger, int year, String clause, String subject) {
        for (JsonNode p : ledger.get("payments")) {
            if (p.get("year").asInt() == year && p.get("clause").asText().equals(clause)
                    && p.get("subject").asText().equals(subject)) {
                return p;
            }
        }
        throw new AssertionError("no payment for " + year + " " + clause + " " + subject + " in " + ledger);
    }
}
