package se.utfall.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import se.utfall.rulecheck.RuleChecker;

/**
 * A cache hit skips the rule checker, so the checker that let the sources through is part of the
 * key: an entry compiled under an older checker (one that let an attack through) is never loaded.
 */
class EngineFingerprintTest {
    @Test
    void anotherCheckerVersionGivesAnotherFingerprint() {
        assertNotEquals(EngineFingerprint.compute("checker 1"), EngineFingerprint.compute("checker 2"));
    }

    @Test
    void theFingerprintInEveryRuleSetsHashIsTheCurrentCheckers() {
        assertEquals(EngineFingerprint.compute("checker " + RuleChecker.VERSION), EngineFingerprint.value());
    }
}
