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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.utfall.ledger.Resealer;
import org.junit.jupiter.api.Assumptions;
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

    /**
     * The --ledger argument of a copy of the ledger that can only be read (a file and folder nobody
     * may write, a database user that may only SELECT); null when this machine cannot make one.
     */
    abstract String readOnlyCopy(String ledger) throws Exception;

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
        assertEquals(1, count("SELECT COUNT(*) FROM runs"), "the rerun found nothing new: no second run");
        assertEquals(1, count("SELECT COUNT(*) FROM run_checks"));
    }

    long[] counts(String... tables) throws SQLException {
        long[] n = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            n[i] = count("SELECT COUNT(*) FROM " + tables[i]);
        }
        return n;
    }

    @Test
    void aRerunThatFindsNothingNewIsOneSmallRowAndTheLedgerDoesNotOtherwiseGrow() throws Exception {
        settleJson("--operator", "Anna Berg");
        String[] tables = {"runs", "decision_lines", "payments", "sources", "signatures", "signature_files"};
        long[] before = counts(tables);
        assertEquals(0, count("SELECT COUNT(*) FROM run_checks"));
        JsonNode again = settleJson("--operator", "Bo Ek");
        assertEquals(1, again.get("run").asLong(), "the run it found unchanged");
        assertEquals(1, again.get("rerunCheck").asLong());
        // Row counts per table, before and after: only one row in run_checks is added.
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(counts(tables)));
        assertEquals(1, count("SELECT COUNT(*) FROM run_checks"));
        assertEquals(1, count("SELECT COUNT(*) FROM run_checks WHERE operator = 'Bo Ek' AND same_as_run = 1"));

        Cli history = utfall("history", contract.toString());
        assertTrue(history.out().contains("inget nytt sedan körning 1"), history.out());
        assertTrue(history.out().contains("av Bo Ek på "), history.out());
        Cli verify = utfall("verify-ledger");
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("1 reruns that found nothing new"), verify.out());

        // Anything new (a corrected figure) is a full run again.
        ContractCopy.edit(contract.resolve("measurements.csv"), "kohort,verified_participants,2026,20",
                "kohort,verified_participants,2026,21");
        settleJson();
        assertEquals(2, count("SELECT COUNT(*) FROM runs"));
    }

    @Test
    void eachRunRecordsWhoRanItWhereWithWhatAndHowAndThatIsSealed() throws Exception {
        settleJson("--operator", "Anna Berg");
        assertEquals(1, count("SELECT COUNT(*) FROM runs WHERE operator = 'Anna Berg' AND host <> ''"
                + " AND utfall_version = '0.1.0' AND command LIKE 'utfall settle %--operator ''Anna Berg''%'"
                + " AND recorded_at LIKE '%Z'"));
        Cli history = utfall("history", contract.toString());
        assertTrue(history.out().contains("av Anna Berg på "), history.out());
        assertTrue(history.out().contains("utfall settle " + contract), history.out());
        settleJson();

        execute("UPDATE runs SET operator = 'Mallory' WHERE id = 1");
        Cli verify = utfall("verify-ledger");
        assertEquals(1, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("run 1 (osteraker-halsocoach, settled up to 2028): its record or the set of"
                + " its rows does not match the run's seal"), verify.out());
        execute("UPDATE runs SET operator = 'Anna Berg' WHERE id = 1");
        execute("UPDATE run_checks SET operator = 'Mallory'");
        Cli check = utfall("verify-ledger");
        assertEquals(1, check.exitCode(), check.out());
        assertTrue(check.out().contains("rerun check 1 (osteraker-halsocoach, run 1 unchanged): its record does not"
                + " match its seal"), check.out());
        execute("UPDATE run_checks SET operator = 'Bo Ek'");
        execute("UPDATE runs SET operator = NULL, host = NULL, utfall_version = NULL, command = NULL WHERE id = 1");
        assertEquals(1, utfall("verify-ledger").exitCode(), "blanking who ran it breaks the seal too");
    }

    @Test
    void anEmptyOperatorIsABadCommandLine() throws Exception {
        Cli cli = utfall("settle", contract.toString(), "--year", "2028", "--operator", " ");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("--operator needs a name"), cli.err());
        assertEquals(0, count("SELECT COUNT(*) FROM runs"));
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
        assertTrue(intact.out().contains("is intact: 1 runs"), intact.out());
        assertTrue(intact.out().contains("1 reruns that found nothing new"), intact.out());

        execute("UPDATE payments SET amount = '1460000' WHERE run_id = 1 AND seq = 2");
        Cli altered = utfall("verify-ledger");
        assertEquals(1, altered.exitCode(), altered.out());
        assertTrue(altered.out().contains("run 1 (osteraker-halsocoach, settled up to 2028): payment 2"),
                altered.out());
        assertTrue(altered.out().contains("1460000) does not match its seal"), altered.out());
    }

    @Test
    void aDeletedRunBreaksTheChain() throws Exception {
        settleJsonUpTo(2026);
        settleJsonUpTo(2027);
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
        assertTrue(out.contains(" signerat "), out);
        assertTrue(out.matches("(?s).*\\n  1 +\\S+ +2028 +2026-2028:1 .*\\n  2 +\\S+ +2028 .*"), out);
        assertTrue(out.matches("(?s).*\\n  2026 +betalt totalt för året +2 428 000\\n.*"), out);
        assertTrue(out.contains(" justering "), out);
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
        assertEquals(1, count("SELECT COUNT(*) FROM runs"), "the second found nothing new");
        assertEquals(1, count("SELECT COUNT(*) FROM run_checks"));
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
        Cli cli = utfall("settle-all", portfolio.toString(), "--year", "2028", "--sign-new");
        assertEquals(1, cli.exitCode(), cli.out() + cli.err());
        // One row per contract and flow of money; a contract's further flows have an empty first column.
        List<String> rows = cli.out().lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith(" ")).toList();
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
        utfall("settle-all", portfolio.toString(), "--year", "2026", "--sign-new");
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

    // A ledger nobody can rewrite unseen (issue 9). Each attack is shown passing what was checked
    // before (the verifier's old checks, or no check at all), and failing now.

    String keyFile(String name) throws IOException {
        Path key = tmp.resolve(name);
        Files.writeString(key, name + ": a secret of more than sixteen bytes\n");
        return key.toString();
    }

    static String head(Cli verify) {
        Matcher m = Pattern.compile("Head: run (\\d+) ([0-9a-f]{64})").matcher(verify.out());
        assertTrue(m.find(), verify.out());
        return m.group(2);
    }

    @Test
    void aDeletedSigningIsTamperingAndChangedTermsAreNotSettledOrSignedWithoutAnAmendment() throws Exception {
        settleJson();
        execute("DELETE FROM signature_files WHERE contract_id = '" + OSTERAKER + "'");
        execute("DELETE FROM signatures WHERE contract_id = '" + OSTERAKER + "'");
        Cli verify = utfall("verify-ledger");
        assertEquals(1, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("run 1 (osteraker-halsocoach, settled up to 2028): was decided under signed"
                + " terms, but every signing of osteraker-halsocoach is gone"), verify.out());
        // Before: every row, seal, chain link and stored text still matches, which was all the verifier
        // checked; the missing signing is its only finding, so it used to say "intact".
        assertTrue(verify.out().contains("(1 problem in 1 runs"), verify.out());

        // The attack: with the signing gone, changed terms used to be signed afresh and paid, no amendment.
        ContractCopy.edit(contract.resolve("contract.yaml"), "pricePerOutcome: 68000", "pricePerOutcome: 70000");
        Cli settle = utfall("settle", contract.toString(), "--year", "2028");
        assertEquals(2, settle.exitCode(), settle.out() + settle.err());
        assertEquals(1, settle.errLines().length, settle.err());
        assertTrue(settle.err().contains("contract osteraker-halsocoach is not settled: the ledger was tampered with:"
                + " run 1"), settle.err());
        assertTrue(settle.err().contains("every signing of osteraker-halsocoach is gone"), settle.err());
        Cli sign = utfall("sign", contract.toString());
        assertEquals(2, sign.exitCode(), sign.out() + sign.err());
        assertTrue(sign.err().contains("the ledger was tampered with"), sign.err());
        assertEquals(1, count("SELECT COUNT(*) FROM runs"), "nothing written");
        assertEquals(0, count("SELECT COUNT(*) FROM signatures"), "nothing signed");
        assertEquals(new BigDecimal("8000000"), paidTo(OSTERAKER));
    }

    @Test
    void aSigningReplacedByOneOfChangedTermsNoLongerMatchesTheRunsMadeUnderIt() throws Exception {
        settleJson();
        // The attacker pins changed terms in the existing signing: stores the changed contract.yaml,
        // points the signing at it, recomputes its terms hash and reseals it. The signing is whole again.
        ContractCopy.edit(contract.resolve("contract.yaml"), "pricePerOutcome: 68000", "pricePerOutcome: 70000");
        byte[] changed = Files.readAllBytes(contract.resolve("contract.yaml"));
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(changed));
        try (Connection c = sql(); java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT INTO sources (hash, content) VALUES (?, ?)")) {
            s.setString(1, hash);
            s.setBytes(2, changed);
            s.executeUpdate();
        }
        execute("UPDATE signature_files SET hash = '" + hash + "' WHERE contract_id = '" + OSTERAKER
                + "' AND name = 'contract/contract.yaml'");
        try (Connection c = sql()) {
            Resealer.repinSignings(c);
            Resealer.withoutKey(c);
        }
        Cli verify = utfall("verify-ledger");
        assertEquals(1, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("(1 problem in"), "the old checks all pass: " + verify.out());
        assertTrue(verify.out().contains("run 1 (osteraker-halsocoach, settled up to 2028): was decided under signing"
                + " 1 of osteraker-halsocoach with terms sha256"), verify.out());
        assertTrue(verify.out().contains(": it was replaced."), verify.out());
        Cli settle = utfall("settle", contract.toString(), "--year", "2028");
        assertEquals(2, settle.exitCode(), "the changed price is not paid: " + settle.out() + settle.err());
        assertEquals(1, count("SELECT COUNT(*) FROM runs"), "nothing written");
    }

    @Test
    void aListOfPinnedFilesForgedToHashLikeTheSignedOneIsFoundEvenWithTheKey() throws Exception {
        String key = keyFile("ledger.key");
        settleJson("--key-file", key);
        // The signing's files are hashed as "name 0x1f hash newline" per file. Two files a, b become one
        // file named "a 0x1f hash(a) newline b" with b's hash: the same bytes, so the same terms hash and
        // an untouched keyed seal, but file a is gone from the terms the ledger rebuilds.
        List<String[]> files = new ArrayList<>();
        try (Connection c = sql(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name, hash FROM signature_files WHERE contract_id = '" + OSTERAKER + "' ORDER BY name")) {
            while (r.next()) {
                files.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        String[] a = files.get(0);
        String[] b = files.get(1);
        execute("DELETE FROM signature_files WHERE contract_id = '" + OSTERAKER + "' AND name IN ('" + a[0] + "', '"
                + b[0] + "')");
        try (Connection c = sql(); java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT INTO signature_files (contract_id, seq, name, hash) VALUES (?, 1, ?, ?)")) {
            s.setString(1, OSTERAKER);
            s.setString(2, a[0] + "\u001f" + a[1] + "\n" + b[0]);
            s.setString(3, b[1]);
            s.executeUpdate();
        }
        Cli verify = utfall("verify-ledger", "--key-file", key);
        assertEquals(1, verify.exitCode(), verify.out() + verify.err());
        // Before: the terms hash and every seal still match; the forged name is the only finding.
        assertTrue(verify.out().contains("(1 problem in"), verify.out());
        assertTrue(verify.out().contains("signing 1 of osteraker-halsocoach: a pinned file's name holds a control"
                + " character"), verify.out());
    }

    @Test
    void aChainResealedWithoutTheKeyIsFoundWithTheKeyAndItsDifferenceIsNotPaidAgain() throws Exception {
        String key = keyFile("ledger.key");
        settleJson("--key-file", key);
        settleJson("--key-file", key);
        Cli intact = utfall("verify-ledger", "--key-file", key);
        assertEquals(0, intact.exitCode(), intact.out() + intact.err());
        assertTrue(intact.out().contains("Key: keyed (key id "), intact.out());

        // The attack: lower what 2026 was paid by 68 000 and reseal every row, run and signing as Utfall
        // would without a key. The next settle would pay the 68 000 again.
        execute("UPDATE payments SET amount = '1292000' WHERE run_id = 1 AND year = 2026 AND subject = 'kohort'");
        try (Connection c = sql()) {
            Resealer.withoutKey(c);
        }
        Cli verify = utfall("verify-ledger", "--key-file", key);
        assertEquals(1, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("run 1 (osteraker-halsocoach, settled up to 2028): is sealed without the"
                + " key"), verify.out());
        Cli settle = utfall("settle", contract.toString(), "--year", "2028", "--key-file", key);
        assertEquals(2, settle.exitCode(), settle.out() + settle.err());
        assertTrue(settle.err().contains("the ledger was tampered with"), settle.err());
        assertEquals(1, count("SELECT COUNT(*) FROM runs"), "nothing written");
        assertEquals(1, count("SELECT COUNT(*) FROM run_checks"), "nothing written");

        // Resealed with a key of the attacker's own, the seals are simply wrong.
        try (Connection c = sql()) {
            Resealer.withKey(c, "the attacker's guess at the key".getBytes());
        }
        Cli guessed = utfall("verify-ledger", "--key-file", key);
        assertEquals(1, guessed.exitCode(), guessed.out() + guessed.err());
        assertTrue(guessed.out().contains("payment 2 (2026 §6.1 · kohort kommunen → fonden PAYMENT 1292000) does not"
                + " match its seal"), guessed.out());

        // And if the key record goes too, a verify with the key says the ledger was unkeyed behind its back.
        try (Connection c = sql()) {
            Resealer.withoutKey(c);
        }
        execute("DELETE FROM ledger_key");
        Cli unkeyed = utfall("verify-ledger", "--key-file", key);
        assertEquals(1, unkeyed.exitCode(), unkeyed.out() + unkeyed.err());
        assertTrue(unkeyed.out().contains("a key was given but the ledger records none"), unkeyed.out());
    }

    @Test
    void aKeyedLedgerIsNeitherVerifiedNorWrittenWithoutItsKeyOrWithAnother() throws Exception {
        String key = keyFile("ledger.key");
        settleJson("--key-file", key);
        for (String[] args : List.of(new String[] {"verify-ledger"}, new String[] {"verify-ledger", "--key-file",
                keyFile("other.key")}, new String[] {"settle", contract.toString(), "--year", "2028"},
                new String[] {"settle", contract.toString(), "--year", "2028", "--dry-run"})) {
            Cli cli = utfall(args);
            assertEquals(2, cli.exitCode(), String.join(" ", args) + ": " + cli.out() + cli.err());
            assertEquals(1, cli.errLines().length, cli.err());
            assertTrue(cli.err().contains("keyed ledger: its rows are sealed with a secret key")
                    || cli.err().contains("the key given is not this ledger's key"), cli.err());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM runs"));
    }

    @Test
    void aResealedChainPassesVerifyWithoutAKeyButNotTheCheckpoint() throws Exception {
        String checkpoint = tmp.resolve("heads.txt").toString();
        settleJson("--checkpoint", checkpoint);
        execute("UPDATE payments SET amount = '1292000' WHERE run_id = 1 AND year = 2026 AND subject = 'kohort'");
        try (Connection c = sql()) {
            Resealer.withoutKey(c);
        }
        // Without a key, anyone who can write rows can reseal them: verify alone cannot tell, and the
        // next settle would pay the 68 000 again (README: what the ledger protects without the key).
        Cli blind = utfall("verify-ledger");
        assertEquals(0, blind.exitCode(), blind.out());
        assertEquals("68000", settleJson("--dry-run").get("dueNow").asText());
        // The head kept outside the database tells.
        Cli verify = utfall("verify-ledger", "--checkpoint", checkpoint);
        assertEquals(1, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("is not the") && verify.out().contains("the checkpoint recorded for it"),
                verify.out());
        Cli settle = utfall("settle", contract.toString(), "--year", "2028", "--checkpoint", checkpoint);
        assertEquals(2, settle.exitCode(), settle.out() + settle.err());
        assertTrue(settle.err().contains("does not hold the head the checkpoint"), settle.err());
        assertEquals(1, count("SELECT COUNT(*) FROM runs"), "nothing written");
    }

    @Test
    void aDeletedLastRunIsFoundByTheHeadKeptOutsideAndByTheCheckpoint() throws Exception {
        String checkpoint = tmp.resolve("heads.txt").toString();
        settleJsonUpTo(2027, "--checkpoint", checkpoint);
        settleJsonUpTo(2028, "--checkpoint", checkpoint);
        String kept = head(utfall("verify-ledger"));
        assertEquals(2, Files.readAllLines(Path.of(checkpoint)).size());
        execute("DELETE FROM payments WHERE run_id = 2");
        execute("DELETE FROM decision_lines WHERE run_id = 2");
        execute("DELETE FROM runs WHERE id = 2");
        // Before: the chain up to run 1 is whole, so the deletion is invisible, and 2028 would be paid again.
        Cli blind = utfall("verify-ledger");
        assertEquals(0, blind.exitCode(), blind.out());
        assertTrue(blind.out().contains("Head: run 1 "), blind.out());

        Cli expect = utfall("verify-ledger", "--expect-head", kept);
        assertEquals(1, expect.exitCode(), expect.out());
        assertTrue(expect.out().contains("the head you kept (" + kept + ") is not in the ledger"), expect.out());
        Cli shortHead = utfall("verify-ledger", "--expect-head", kept.substring(0, 12));
        assertEquals(1, shortHead.exitCode(), shortHead.out());
        Cli viaCheckpoint = utfall("verify-ledger", "--checkpoint", checkpoint);
        assertEquals(1, viaCheckpoint.exitCode(), viaCheckpoint.out());
        assertTrue(viaCheckpoint.out().contains("run 2 (seal " + kept.substring(0, 12) + "…) recorded in the checkpoint"
                + " is not in the ledger: it was deleted"), viaCheckpoint.out());
        Cli settle = utfall("settle", contract.toString(), "--year", "2028", "--checkpoint", checkpoint);
        assertEquals(2, settle.exitCode(), settle.out() + settle.err());
        assertTrue(settle.err().contains("(run 2, seal " + kept.substring(0, 12) + "…): that run was deleted"),
                settle.err());
        assertEquals(1, count("SELECT COUNT(*) FROM runs"), "nothing written");
    }

    @Test
    void theCheckpointHoldsEveryHeadAndVerifiesWhileTheLedgerIsUntouched() throws Exception {
        String checkpoint = tmp.resolve("heads.txt").toString();
        settleJsonUpTo(2027, "--checkpoint", checkpoint);
        Cli first = utfall("verify-ledger");
        settleJson("--checkpoint", checkpoint);
        Cli verify = utfall("verify-ledger", "--checkpoint", checkpoint, "--expect-head", head(first));
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("it holds every head in the checkpoint and ends at its last"), verify.out());
        settleJsonUpTo(2026);
        Cli behind = utfall("verify-ledger", "--checkpoint", checkpoint);
        assertEquals(1, behind.exitCode(), behind.out());
        assertTrue(behind.out().contains("the ledger's head is run 3 but the checkpoint's last is run 2"), behind.out());
    }

    @Test
    void aLedgerThatDoesNotExistIsAnErrorForVerifyHistoryAndReplayAndIsNotCreated() throws Exception {
        String missing = newLedger();
        for (String[] args : List.of(new String[] {"verify-ledger"}, new String[] {"history", OSTERAKER},
                new String[] {"replay", "1"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--ledger", missing));
            Cli cli = Cli.run(all.toArray(String[]::new));
            assertEquals(2, cli.exitCode(), args[0] + ": " + cli.out() + cli.err());
            assertEquals(1, cli.errLines().length, cli.err());
            assertTrue(cli.err().contains("does not exist") || cli.err().contains("holds no Utfall ledger"), cli.err());
            assertFalse(cli.out().contains("intact"), cli.out());
        }
        String previous = ledger;
        ledger = missing;
        try {
            Cli dry = utfall("settle", contract.toString(), "--year", "2028", "--dry-run");
            assertEquals(0, dry.exitCode(), dry.err());
            Cli verify = utfall("verify-ledger");
            assertEquals(2, verify.exitCode(), "a dry run creates no ledger: " + verify.out());
        } finally {
            ledger = previous;
        }
    }

    @Test
    void aLedgerThatCanOnlyBeReadIsVerifiedListedReplayedAndDryRun() throws Exception {
        settleJson();
        ContractCopy.edit(contract.resolve("measurements.csv"), "kohort,verified_participants,2026,20",
                "kohort,verified_participants,2026,21");
        String readOnly = readOnlyCopy(ledger);
        Assumptions.assumeTrue(readOnly != null, "this machine cannot make a ledger that can only be read");
        Cli verify = Cli.run("verify-ledger", "--ledger", readOnly);
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("is intact: 1 runs"), verify.out());
        Cli history = Cli.run("history", OSTERAKER, "--ledger", readOnly);
        assertEquals(0, history.exitCode(), history.err());
        Cli replay = Cli.run("replay", "1", "--ledger", readOnly);
        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        Cli dry = Cli.run("settle", contract.toString(), "--year", "2028", "--dry-run", "--format", "json",
                "--ledger", readOnly);
        assertEquals(0, dry.exitCode(), dry.err());
        JsonNode dryLedger = new ObjectMapper().readTree(dry.out()).get("ledger");
        assertEquals("68000", paymentOf(dryLedger, 2026, "§6.1", "kohort").get("amount").asText(), dry.out());
        Cli write = Cli.run("settle", contract.toString(), "--year", "2028", "--ledger", readOnly);
        assertEquals(2, write.exitCode(), "a real settle cannot write it: " + write.out() + write.err());
        assertEquals(1, write.errLines().length, write.err());
        assertFalse(write.err().contains("Exception"), write.err());
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
