package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a SQLite file can show: a ledger written by the Utfall before issue 9 still verifies and
 * takes new runs, and a ledger read by a user who may not write it (a real process as nobody).
 */
class LedgerTrustTest {
    @TempDir
    Path tmp;

    private final List<Path> immutable = new ArrayList<>();

    @AfterEach
    void writableAgain() {
        immutable.forEach(p -> SqliteLedgerTest.chattr("-i", p));
    }

    private Path versionOneLedger() throws IOException {
        Path ledger = tmp.resolve("v1.db");
        Files.copy(Path.of("src/test/resources/ledgers/v1-osteraker.db"), ledger);
        return ledger;
    }

    private static long count(Path ledger, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Path ledger, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void aLedgerWrittenBeforeSealsWereVersionedIsUpgradedVerifiesAndTakesNewRuns() throws Exception {
        Path ledger = versionOneLedger();
        Cli verify = Cli.run("verify-ledger", "--ledger", ledger.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("is intact: 2 runs, 11 decision lines, 8 payments, 1 signings"), verify.out());
        assertEquals(2, count(ledger, "SELECT COUNT(*) FROM runs WHERE hash_scheme = 1"), "old runs keep scheme 1");

        // New runs use the framed scheme and chain onto the old ones.
        Path contract = ContractCopy.of("osteraker-halsocoach", tmp);
        ContractCopy.edit(contract.resolve("measurements.csv"), "kohort,verified_participants,2026,20",
                "kohort,verified_participants,2026,21");
        // The fixture was signed before vocabularies typed their slots: the changed vocabulary is an amendment.
        Cli amend = Cli.run("amend", contract.toString(), "--effective", "2026", "--reason", "typed vocabulary",
                "--ledger", ledger.toString());
        assertEquals(0, amend.exitCode(), amend.out() + amend.err());
        Cli settle = Cli.run("settle", contract.toString(), "--year", "2028", "--ledger", ledger.toString());
        assertEquals(0, settle.exitCode(), settle.out() + settle.err());
        assertEquals(1, count(ledger, "SELECT COUNT(*) FROM runs WHERE id = 3 AND hash_scheme = 2"));
        assertEquals(0, count(ledger, "SELECT COUNT(*) FROM payments WHERE run_id = 3"), "nothing new to pay");
        Cli again = Cli.run("verify-ledger", "--ledger", ledger.toString());
        assertEquals(0, again.exitCode(), again.out());
        // Runs from before ledgers recorded who ran them say so; the new one names its operator.
        Cli history = Cli.run("history", "osteraker-halsocoach", "--ledger", ledger.toString());
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("av: inte registrerat (körningen skrevs innan Utfall registrerade vem som körde)"),
                history.out());
        assertEquals(1, count(ledger, "SELECT COUNT(*) FROM runs WHERE id = 3 AND operator IS NOT NULL"));
        assertEquals(2, count(ledger, "SELECT COUNT(*) FROM runs WHERE operator IS NULL"), "old runs keep no operator");

        // An old run is still checked by its own scheme.
        execute(ledger, "UPDATE payments SET amount = '1' WHERE run_id = 1 AND seq = 1");
        Cli altered = Cli.run("verify-ledger", "--ledger", ledger.toString());
        assertEquals(1, altered.exitCode(), altered.out());
        assertTrue(altered.out().contains("run 1 (osteraker-halsocoach, settled up to 2027): payment 1"), altered.out());
    }

    /**
     * The fixture's contract was signed under a vocabulary whose slots had no types; its runs must
     * still replay from the stored texts, years after the vocabulary changed.
     */
    @Test
    void runsSignedUnderAVocabularyWithoutSlotTypesStillReplayIdentically() throws Exception {
        Path ledger = versionOneLedger();
        for (String run : List.of("1", "2")) {
            Cli replay = Cli.run("replay", run, "--ledger", ledger.toString());
            assertEquals(0, replay.exitCode(), replay.out() + replay.err());
            assertTrue(replay.out().contains("replays identically"), replay.out());
        }
    }

    @Test
    void aLedgerWrittenBeforeSealsWereVersionedNamesItsSigningsGoneToo() throws Exception {
        Path ledger = versionOneLedger();
        execute(ledger, "DELETE FROM signatures");
        execute(ledger, "DELETE FROM signature_files");
        Cli verify = Cli.run("verify-ledger", "--ledger", ledger.toString());
        assertEquals(1, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("run 1 (osteraker-halsocoach, settled up to 2027): was decided under signed"
                + " terms, but every signing of osteraker-halsocoach is gone"), verify.out());
    }

    @Test
    void anOldLedgerThatCannotBeWrittenSaysItMustBeUpgradedOnce() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("read-only"));
        Path ledger = folder.resolve("v1.db");
        Files.copy(versionOneLedger(), ledger);
        Assumptions.assumeTrue(SqliteLedgerTest.chattr("+i", ledger) && immutable.add(ledger)
                && SqliteLedgerTest.chattr("+i", folder) && immutable.add(folder), "chattr +i is not available here");
        Cli verify = Cli.run("verify-ledger", "--ledger", ledger.toString());
        assertEquals(2, verify.exitCode(), verify.out() + verify.err());
        assertEquals(1, verify.errLines().length, verify.err());
        assertTrue(verify.err().contains("was written by an older Utfall (schema 1) and must be upgraded once"),
                verify.err());
    }

    @Test
    void aLedgerPathInAFolderThatDoesNotExistIsNotAnIntactEmptyLedger() {
        // Before: verify-ledger --ledger /no/such/file.db said "intact: 0 runs" and exit 0.
        for (String command : List.of("verify-ledger", "history", "replay")) {
            List<String> args = new ArrayList<>(List.of(command));
            if (!command.equals("verify-ledger")) {
                args.add(command.equals("history") ? "osteraker-halsocoach" : "1");
            }
            args.addAll(List.of("--ledger", "/no/such/file.db"));
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(2, cli.exitCode(), command + ": " + cli.out() + cli.err());
            assertTrue(cli.err().contains("ledger /no/such/file.db: does not exist"), cli.err());
            assertFalse(cli.out().contains("intact"), cli.out());
        }
    }

    @Test
    void settleAllAppendsTheHeadOfEveryRunItCommitsToTheCheckpoint() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        for (String id : List.of("c-1", "c-2")) {
            Path copy = ContractCopy.of("osteraker-halsocoach", portfolio.resolve(id));
            ContractCopy.edit(copy.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: " + id);
        }
        Path ledger = tmp.resolve("ledger.db");
        Path checkpoint = tmp.resolve("heads.txt");
        Cli all = Cli.run("settle-all", portfolio.toString(), "--year", "2027", "--sign-new", "--ledger", ledger.toString(),
                "--checkpoint", checkpoint.toString());
        assertEquals(0, all.exitCode(), all.out() + all.err());
        List<String> heads = Files.readAllLines(checkpoint);
        assertEquals(2, heads.size(), heads.toString());
        assertTrue(heads.stream().anyMatch(l -> l.matches("run [12] [0-9a-f]{64} c-1")), heads.toString());
        Cli verify = Cli.run("verify-ledger", "--ledger", ledger.toString(), "--checkpoint", checkpoint.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
    }

    /**
     * The real read-only case: another user, who may read the ledger but not write it or its folder,
     * verifies it in a process of their own. Skipped where setpriv or the user nobody is missing.
     */
    @Test
    void aUserWhoMayOnlyReadTheLedgerVerifiesIt() throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        Assumptions.assumeTrue(Files.isExecutable(setpriv) && "root".equals(System.getProperty("user.name")),
                "needs root and setpriv to run a process as nobody");
        Path shared = Files.createTempDirectory(Path.of("/tmp"), "utfall-ro-");
        try {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            // The classpath, where nobody can read it (the Maven repository is usually root's own).
            Path lib = Files.createDirectories(shared.resolve("lib"));
            List<String> classpath = new ArrayList<>();
            int i = 0;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path from = Path.of(entry);
                Path to = lib.resolve((i++) + "-" + from.getFileName());
                if (Files.isDirectory(from)) {
                    copyTree(from, to);
                } else if (Files.isRegularFile(from)) {
                    Files.copy(from, to);
                }
                classpath.add(to.toString());
            }
            Path folder = Files.createDirectories(shared.resolve("ledger"));
            Path ledger = folder.resolve("v1.db");
            Cli upgrade = Cli.run("verify-ledger", "--ledger", versionOneLedger().toString());
            assertEquals(0, upgrade.exitCode(), upgrade.out());
            Files.copy(tmp.resolve("v1.db"), ledger);
            try (var walk = Files.walk(shared)) {
                for (Path p : walk.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p)
                            ? "r-xr-xr-x" : "r--r--r--"));
                }
            }
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path log = tmp.resolve("nobody.log");
            List<String> command = new ArrayList<>(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534",
                    "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=/tmp", "-cp", String.join(":", classpath),
                    Main.class.getName()));
            List<String> verify = new ArrayList<>(command);
            verify.addAll(List.of("verify-ledger", "--ledger", ledger.toString()));
            Process p = new ProcessBuilder(verify).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "verify as nobody hangs");
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("is intact: 2 runs"), out);
            assertFalse(Files.exists(folder.resolve("v1.db-shm")), "nothing written beside it");

            // Before: verify-ledger opened the ledger for writing, as sign still does, which this user cannot.
            List<String> settle = new ArrayList<>(command);
            settle.addAll(List.of("sign", "contracts/osteraker-halsocoach", "--ledger", ledger.toString()));
            Process w = new ProcessBuilder(settle).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(w.waitFor(120, TimeUnit.SECONDS), "sign as nobody hangs");
            String refused = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(2, w.exitValue(), refused);
            assertFalse(refused.contains("Exception"), refused);
        } finally {
            try (var walk = Files.walk(shared)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (Files.isDirectory(p)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                    }
                }
            }
            try (var walk = Files.walk(shared)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Process utfall(Path log, java.util.Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("UTFALL_LEDGER_KEY");
        pb.environment().remove("UTFALL_LEDGER_KEY_FILE");
        pb.environment().remove("UTFALL_LEDGER_CHECKPOINT");
        pb.environment().putAll(env);
        return pb.start();
    }

    private static int run(Path log, java.util.Map<String, String> env, String... args) throws Exception {
        Process p = utfall(log, env, args);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "hangs: " + String.join(" ", args));
        return p.exitValue();
    }

    @Test
    void theKeyAndTheCheckpointCanComeFromTheEnvironment() throws Exception {
        Path ledger = tmp.resolve("ledger.db");
        Path checkpoint = tmp.resolve("heads.txt");
        Path log = tmp.resolve("log.txt");
        java.util.Map<String, String> env = java.util.Map.of("UTFALL_LEDGER_KEY", "a key in the environment, long",
                "UTFALL_LEDGER_CHECKPOINT", checkpoint.toString());
        assertEquals(0, run(log, env, "settle", "contracts/osteraker-halsocoach", "--year", "2026", "--ledger",
                ledger.toString()), Files.readString(log));
        assertTrue(Files.readString(log).contains("is now keyed"), Files.readString(log));
        assertTrue(Files.readString(checkpoint).startsWith("run 1 "), Files.readString(checkpoint));
        assertEquals(0, run(log, env, "verify-ledger", "--ledger", ledger.toString()), Files.readString(log));
        assertTrue(Files.readString(log).contains("it holds every head in the checkpoint"), Files.readString(log));
        assertEquals(2, run(log, java.util.Map.of(), "verify-ledger", "--ledger", ledger.toString()),
                Files.readString(log));
        assertTrue(Files.readString(log).contains("keyed ledger: give the key") || Files.readString(log)
                .contains("keyed ledger: its rows are sealed"), Files.readString(log));
        Path keyFile = tmp.resolve("key");
        Files.writeString(keyFile, "a key in the environment, long\n");
        assertEquals(0, run(log, java.util.Map.of("UTFALL_LEDGER_KEY_FILE", keyFile.toString()), "verify-ledger",
                "--ledger", ledger.toString()), Files.readString(log));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
