package se.utfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.utfall.engine.budget.Budget;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;

/**
 * The attacks the budget closes, shown to work without it: the unbudgeted engine still runs a looping
 * rule long after the budget would have stopped it, and lets a rule's Error escape. The budgeted engine
 * stops the same settlement within the budget and names the rule.
 */
class RunawayWithoutBudgetTest {
    private static final Path ATTACKS = Path.of("src/test/resources/attacks/folders");
    private static final Duration BUDGET = Duration.ofSeconds(1);

    @AfterEach
    void restoreBudget() {
        Budget.setSettlement(Duration.ofSeconds(Budget.DEFAULT_SETTLEMENT_SECONDS));
    }

    private static PreparedContract prepared(String attack) {
        Path folder = ATTACKS.resolve(attack);
        return PreparedContract.prepare(folder, ClauseLibrary.load(folder.resolve("lib")));
    }

    @SuppressWarnings({"deprecation", "removal"})
    @ParameterizedTest
    @ValueSource(strings = {"runaway-consequence-loop", "runaway-accumulate-action", "runaway-comparator"})
    void aLoopingRuleRunsOnWithoutTheBudgetAndIsStoppedWithIt(String attack) throws Exception {
        PreparedContract p = prepared(attack);
        List<Measurement> rows = p.measurements(null);
        Thread unbudgeted = new Thread(() -> SettlementEngine.settleWithoutBudget(p.contract(), p.rules(), rows, 2026));
        unbudgeted.setDaemon(true);
        unbudgeted.start();
        unbudgeted.join(BUDGET.toMillis() * 2);
        boolean hung = unbudgeted.isAlive();
        unbudgeted.stop();
        unbudgeted.join(2000);
        assertTrue(hung, attack + " should still run after twice the budget without one");

        Budget.setSettlement(BUDGET);
        long start = System.nanoTime();
        BadInput stopped = assertThrows(BadInput.class, () -> p.settle(rows, 2026));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < BUDGET.toMillis() + 2500, "stopped after " + millis + " ms");
        assertEquals(1, stopped.problems().size());
        assertTrue(stopped.problems().get(0).file().endsWith(".drl"), stopped.getMessage());
        assertTrue(stopped.getMessage().contains("contract " + attack + ": settlement stopped, it ran past its time"
                + " budget of 1 s, while rule \""), stopped.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rule-exhausts-memory", "rule-overflows-stack"})
    void aRuleErrorEscapesWithoutTheBudgetAndIsNamedWithIt(String attack) {
        PreparedContract p = prepared(attack);
        List<Measurement> rows = p.measurements(null);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        try {
            SettlementEngine.settleWithoutBudget(p.contract(), p.rules(), rows, 2026);
        } catch (Throwable t) {
            escaped.set(t);
        }
        assertTrue(escaped.get() instanceof OutOfMemoryError || escaped.get() instanceof StackOverflowError,
                String.valueOf(escaped.get()));

        BadInput stopped = assertThrows(BadInput.class, () -> p.settle(rows, 2026));
        assertTrue(stopped.getMessage().contains("settlement stopped, it "
                + (attack.contains("memory") ? "exhausted memory" : "ran out of stack")), stopped.getMessage());
    }

    /** A rule set whose settlement was stopped is not handed to the next contract: it is built afresh. */
    @Test
    void aStoppedRuleSetIsDroppedFromTheCache() {
        PreparedContract p = prepared("runaway-consequence-loop");
        CompiledRules before = RuleCompiler.compile(p.rules().ruleSet());
        Budget.setSettlement(BUDGET);
        assertThrows(BadInput.class, () -> p.settle(p.measurements(null), 2026));
        assertNotSame(before, RuleCompiler.compile(p.rules().ruleSet()));
    }
}
