package se.utfall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall time of `./utfall settle CONTRACT` in a fresh process: what a person waits for. Each
 * run settles into the given ledger (never the user's own) and uses its own compiled-rules cache
 * folder: a warm one (filled by a first, untimed run) or an empty one per run.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /** Median of runs, in milliseconds. */
    public static long medianMillis(Path launcher, Path contract, Path ledger, Path work, boolean warmCache, int runs)
            throws IOException, InterruptedException {
        Path warm = Files.createDirectories(work.resolve("cache-warm"));
        run(launcher, contract, ledger, warm);  // signs the contract and, for the warm runs, fills the cache
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path cache = warmCache ? warm : Files.createDirectories(work.resolve("cache-empty-" + i));
            times.add(run(launcher, contract, ledger, cache));
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static long run(Path launcher, Path contract, Path ledger, Path cache)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "settle", "--ledger", ledger.toString(),
                contract.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("UTFALL_CACHE_DIR", cache.toString());
        pb.environment().remove("UTFALL_CACHE");
        long start = System.nanoTime();
        int code = pb.start().waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException(launcher + " settle " + contract + " exited " + code);
        }
        return millis;
    }
}
