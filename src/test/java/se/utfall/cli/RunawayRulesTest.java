package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.utfall.testing.Folders;

/**
 * A library rule that loops, recurses or exhausts memory is stopped by the settlement budget and named:
 * exit 2 and one message with the rule's file:line, instead of a command that never returns or a stack
 * trace. The runaway families live in the attack folders; here each is added to a copy of the whole
 * library, as a library given with --library would be.
 */
class RunawayRulesTest {
    static final Path ATTACKS = Path.of("src/test/resources/attacks/folders");
    /** Short, so the suite stays fast; a stop must come within the budget and this slack. */
    static final String BUDGET = "1";
    static final long SLACK_MILLIS = 4_000;

    @TempDir
    Path tmp;

    /** rules/ plus the attack's own family, and the attack's contract. */
    private Path[] libraryAndContract(String attack) {
        Path library = Folders.copy(Path.of("rules"), tmp.resolve("lib"));
        try (var families = Files.list(ATTACKS.resolve(attack).resolve("lib"))) {
            for (Path family : families.toList()) {
                Folders.copy(family, library.resolve(family.getFileName().toString()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path contract = tmp.resolve("contracts").resolve(attack);
        Folders.copy(ATTACKS.resolve(attack), contract);
        return new Path[] {library, contract};
    }

    @ParameterizedTest
    @CsvSource({
            "runaway-consequence-loop, runaway-loop/runaway-loop.drl, Loop on the year, time budget of 1 s",
            "runaway-accumulate-action, runaway-accumulate/runaway-accumulate.drl, Count the schedule, time budget of 1 s",
            "runaway-comparator, runaway-comparator/runaway-comparator.drl, Sort the schedule, time budget of 1 s",
            "rule-exhausts-memory, runaway-memory/runaway-memory.drl, Reserve, exhausted memory",
            "rule-overflows-stack, runaway-recursion/runaway-recursion.drl, Recurse, ran out of stack"})
    void aRunawayRuleIsStoppedAndNamedInEveryCommand(String attack, String ruleFile, String rule, String why) {
        Path[] lc = libraryAndContract(attack);
        Path drl = lc[0].resolve(ruleFile);
        String where = se.utfall.problem.Locations.display(drl) + ":" + Folders.lineOf(drl, "rule \"" + rule + "\"")
                + ": contract " + attack + ": settlement stopped, it ";
        for (List<String> command : List.of(List.of("validate"),
                List.of("settle", "--dry-run", "--ledger", tmp.resolve("ledger.db").toString()),
                List.of("analyze"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of(lc[1].toString(), "--library", lc[0].toString(), "--time-budget", BUDGET));
            Cli cli = Cli.run(args.toArray(String[]::new));
            String shown = command + ": " + cli.err();
            assertEquals(2, cli.exitCode(), shown);
            assertEquals(1, cli.errLines().length, shown);
            assertTrue(cli.errLines()[0].startsWith(where), shown);
            assertTrue(cli.err().contains(why) && cli.err().contains("\"" + rule + "\""), shown);
            assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception in thread"), shown);
        }
    }

    @Test
    void aScenarioTestOfARunawayRuleIsBadInput() {
        Path[] lc = libraryAndContract("runaway-consequence-loop");
        Path tests = lc[0].resolve("runaway-loop").resolve("tests");
        Folders.copy(lc[1], lc[0].resolve("runaway-loop").resolve("example"));
        Folders.write(tests.resolve("loop.yaml"), """
                contract: ../example/contract.yaml
                scenarios:
                  - name: Pays the schedule
                    year: 2026
                    measurements: []
                    expect:
                      years: { 2026: { "§3": 400000 } }
                """);
        Cli cli = Cli.run("test", tests.resolve("loop.yaml").toString(), "--library", lc[0].toString(),
                "--time-budget", BUDGET);
        assertEquals(2, cli.exitCode(), cli.out() + cli.err());
        assertTrue((cli.out() + cli.err()).contains("settlement stopped"), cli.out() + cli.err());
        assertFalse((cli.out() + cli.err()).contains("\tat "), cli.out() + cli.err());
    }

    @Test
    void aStoppedSettlementEndsWithinItsBudget() {
        Path[] lc = libraryAndContract("runaway-accumulate-action");
        // The first run compiles the rules (not budgeted as a settlement); the second shows the settlement alone.
        Cli.run("validate", lc[1].toString(), "--library", lc[0].toString(), "--time-budget", BUDGET);
        long start = System.nanoTime();
        Cli cli = Cli.run("validate", lc[1].toString(), "--library", lc[0].toString(), "--time-budget", BUDGET);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(millis < 1000 + SLACK_MILLIS, "took " + millis + " ms");
    }

    @Test
    void theBudgetIsABadInputWhenItIsNotANumberOfSeconds() {
        Path[] lc = libraryAndContract("runaway-consequence-loop");
        for (String bad : List.of("0", "-1", "ten", "100000")) {
            Cli cli = Cli.run("validate", lc[1].toString(), "--library", lc[0].toString(), "--time-budget", bad);
            assertEquals(2, cli.exitCode(), cli.err());
            assertTrue(cli.err().contains("--time-budget " + bad + ": write a number of seconds"), cli.err());
        }
    }

    /**
     * A portfolio with one runaway contract and two sound ones: the two are settled and committed (paid,
     * with their runs in the history), the runaway one fails, and the run ends with exit 1 naming it.
     */
    @Test
    void settleAllCommitsTheSoundContractsAndNamesTheRunawayOne() throws Exception {
        Path[] lc = libraryAndContract("runaway-consequence-loop");
        Path portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        Folders.copy(lc[1], portfolio.resolve("runaway"));
        for (String id : List.of("sound-a", "sound-b")) {
            Path copy = ContractCopy.of("osteraker-halsocoach", portfolio.resolve(id));
            ContractCopy.edit(copy.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: " + id);
        }
        String ledger = tmp.resolve("ledger.db").toString();
        long start = System.nanoTime();
        Cli cli = Cli.run("settle-all", portfolio.toString(), "--sign-new", "--library", lc[0].toString(), "--ledger", ledger,
                "--year", "2028", "--time-budget", "3");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, cli.exitCode(), cli.out() + cli.err());
        assertTrue(seconds < 60, "took " + seconds + " s");
        List<String> rows = cli.out().lines().skip(1).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("runaway ") && r.contains("FAILED: ")
                && r.contains("settlement stopped")), cli.out());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("sound-a ") && r.contains("ok, up to 2028")), cli.out());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("sound-b ") && r.contains("ok, up to 2028")), cli.out());
        assertTrue(cli.err().contains("runaway-loop.drl:6: contract runaway-consequence-loop: settlement stopped"),
                cli.err());
        assertTrue(cli.err().contains("2 contracts settled"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        for (String id : List.of("sound-a", "sound-b")) {
            Cli history = Cli.run("history", id, "--ledger", ledger);
            assertEquals(0, history.exitCode(), history.err());
            assertTrue(history.out().lines().anyMatch(l -> l.matches("\\s*\\d+\\s+\\d{4}-.*\\s2028\\s.*8 000 000")),
                    history.out());
        }
        Cli runaway = Cli.run("history", "runaway-consequence-loop", "--ledger", ledger);
        assertTrue(runaway.out().contains("(inga körningar") && runaway.out().contains("(inte signerat"), runaway.out());
        Cli verify = Cli.run("verify-ledger", "--ledger", ledger);
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
    }
}
