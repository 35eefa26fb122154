package se.utfall.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who a run is recorded as made by: --operator, else $UTFALL_OPERATOR, else the OS user; no password kept. */
class RunByTest {
    @Test
    void theOptionWinsThenTheEnvironmentThenTheOsUser() {
        Map<String, String> env = Map.of("UTFALL_OPERATOR", "ekonomi-batch");
        assertEquals("Anna Berg", RunBy.of("Anna Berg", List.of(), env).operator());
        assertEquals("ekonomi-batch", RunBy.of(null, List.of(), env).operator());
        assertEquals(System.getProperty("user.name"), RunBy.of(null, List.of(), Map.of()).operator());
    }

    @Test
    void theCommandIsKeptAsTypedWithoutTheLedgerPassword() {
        RunBy by = RunBy.of("a", List.of("settle", "contracts/x", "--ledger",
                "jdbc:postgresql://db/utfall?user=u&password=hemligt&ssl=true", "--reason", "två ord"), Map.of());
        assertEquals("utfall settle contracts/x --ledger jdbc:postgresql://db/utfall?user=u&password=***&ssl=true"
                + " --reason 'två ord'", by.command());
        assertFalse(by.command().contains("hemligt"));
        assertFalse(by.host().isBlank());
    }
}
