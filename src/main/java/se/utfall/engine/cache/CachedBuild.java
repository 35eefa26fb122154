package se.utfall.engine.cache;

import java.util.Optional;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import se.utfall.engine.RuleSet;
import se.utfall.timing.Checkpoints;

/**
 * A rule set's KieBase from the disk cache when a whole entry is there; otherwise compiled with the
 * executable model and stored. When the executable model cannot compile the rules, the classic
 * build is used: it reports errors with the file and line a person edits, and the result is not
 * cached, so an error is always reported the same way.
 */
public final class CachedBuild {
    private CachedBuild() {
    }

    /** The stored KieBase, or empty when there is no usable entry (a broken one is removed). */
    public static Optional<KieBase> load(RuleSet ruleSet, RulesDiskCache cache) {
        String key = ruleSet.hash();
        Optional<byte[]> stored = cache.read(key);
        Checkpoints.mark("cache entry read");
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            KieBase kieBase = ExecutableModel.load(stored.get());
            Checkpoints.mark("rules loaded from cache " + cache.entry(key));
            return Optional.of(kieBase);
        } catch (Exception | LinkageError e) {
            // A whole entry that still cannot be loaded: rebuild it rather than trust it.
            cache.discard(key);
            return Optional.empty();
        }
    }

    private static String classicOnly(String key) {
        return key + "-classic";
    }

    /** Compiles with the executable model and stores the result; falls back to the classic build. */
    public static KieBase buildAndStore(RuleSet ruleSet, RulesDiskCache cache, Supplier<KieBase> classicBuild) {
        String key = ruleSet.hash();
        if (cache.read(classicOnly(key)).isPresent()) {
            return classicBuild.get();
        }
        Optional<byte[]> built = ExecutableModel.build(ruleSet);
        Checkpoints.mark("rules compiled (executable model)");
        if (built.isEmpty()) {
            // Remembered, so later runs go straight to the classic build instead of trying again.
            KieBase kieBase = classicBuild.get();
            cache.write(classicOnly(key), new byte[0]);
            return kieBase;
        }
        try {
            KieBase kieBase = ExecutableModel.load(built.get());
            cache.write(key, built.get());
            return kieBase;
        } catch (Exception | LinkageError e) {
            return classicBuild.get();
        }
    }
}
