package se.utfall.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The wall time of `./utfall settle CONTRACT` in a fresh process: what a person waits for. */
public final class ColdStart {
    private ColdStart() {
    }

    /** Median of runs, in milliseconds; the first run is a warm-up that may fill the rules cache. */
    public static long medianMillis(Path launcher, Path contract, int runs) throws IOException, InterruptedException {
        run(launcher, contract);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(run(launcher, contract));
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static long run(Path launcher, Path contract) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(launcher.toString(), "settle", contract.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException(launcher + " settle " + contract + " exited " + code);
        }
        return millis;
    }
}
