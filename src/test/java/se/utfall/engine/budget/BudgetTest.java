package se.utfall.engine.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetTest {
    @Test
    void secondsAreReadWholeOrDecimalAndAboveZero() {
        assertEquals(Optional.of(Duration.ofSeconds(10)), Budget.parse("10"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), Budget.parse(" 1.5 "));
        for (String bad : new String[] {"0", "-1", "ten", "1e3", "86401", ""}) {
            assertEquals(Optional.empty(), Budget.parse(bad), bad);
        }
        assertEquals("1.5 s", Budget.shown(Duration.ofMillis(1500)));
    }

    @Test
    void theEnvironmentSetsTheBudgetOrSaysWhatIsWrong() {
        Duration before = Budget.settlement();
        try {
            assertEquals(Optional.empty(), Budget.fromEnvironment(Map.of(Budget.ENVIRONMENT, "2")));
            assertEquals(Duration.ofSeconds(2), Budget.settlement());
            assertEquals(Duration.ofSeconds(60), Budget.compile(), "a compile never gets less than a minute");
            Optional<String> wrong = Budget.fromEnvironment(Map.of(Budget.ENVIRONMENT, "soon"));
            assertTrue(wrong.orElseThrow().startsWith("UTFALL_TIME_BUDGET=soon is not a number of seconds"));
            assertEquals(Duration.ofSeconds(2), Budget.settlement());
        } finally {
            Budget.setSettlement(before);
        }
    }
}
