package se.utfall.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's figures, as text for people and as one JSON object (keys sorted by the printer)
 * so that a run can be compared with the last one. Times are in milliseconds in JSON.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    public static void text(PrintWriter out, Benchmark.Result r, LedgerFloor.Result floor, Path ledgerFile, int years,
                            boolean yearly) {
        out.printf(Locale.ROOT, "settled     %d contract-years into %s in %.1f s with %d threads: %.0f"
                + " contract-years/s%n", r.contractYears(), ledgerFile, r.wallNanos() / 1e9, r.threads(),
                r.contractYearsPerSecond());
        out.printf(Locale.ROOT, "  signing %d contracts %.2f s (%.0f %% of the wall time: reading them, compiling"
                + " their rules and hashing their files %.2f s, checking and recording %.2f s), then %s%n", r.contracts(),
                r.signNanos() / 1e9, 100.0 * r.signNanos() / r.wallNanos(), r.signReadNanos() / 1e9,
                (r.signNanos() - r.signReadNanos()) / 1e9,
                yearly ? "settle-all --year Y for each of " + years + " years (one transaction per contract-year)"
                        : "one settle-all of all " + years + " years (one transaction per contract)");
        out.printf(Locale.ROOT, "  process CPU time %.1f s over %.1f s wall (%.0f contract-years per CPU-second);"
                + " GC %.1f s in %d collections%n", r.cpuNanos() / 1e9, r.wallNanos() / 1e9,
                r.contractYears() / (r.cpuNanos() / 1e9), r.gcMillis() / 1e3, r.gcCount());
        out.printf(Locale.ROOT, "ledger      %.1f s inside write transactions (%.0f %% of the wall time; signing"
                + " included); floor: the same %d rows batch-inserted into a fresh SQLite db in one transaction"
                + " %.2f s (ledger/floor %.1f×)%n", r.ledgerWriteNanos() / 1e9,
                100.0 * r.ledgerWriteNanos() / r.wallNanos(), floor.rows(), floor.nanos() / 1e9,
                (double) r.ledgerWriteNanos() / Math.max(1, floor.nanos()));
        if (r.runs().size() > 1) {
            Benchmark.Run first = r.runs().get(0);
            for (Benchmark.Run run : r.runs()) {
                out.printf(Locale.ROOT, "  year %d  %2d years recomputed  %6.2f s wall  %6.2f s CPU  (%.1f× year 1"
                        + " CPU)%n", run.year(), run.yearsRecomputed(), run.wallNanos() / 1e9, run.cpuNanos() / 1e9,
                        (double) run.cpuNanos() / Math.max(1, first.cpuNanos()));
            }
        }
        out.printf(Locale.ROOT, "peak heap   %d MiB (max heap %d MiB)%n", r.peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    public static Map<String, Object> json(Benchmark.Result r, LedgerFloor.Result floor, int contracts, int years,
                                           boolean yearly, double generatedSeconds, Long coldWarmMillis,
                                           Long coldEmptyMillis, int coldStartRuns) {
        Map<String, Object> root = new TreeMap<>();
        root.put("command", "benchmark");
        root.put("contracts", contracts);
        root.put("years", years);
        root.put("runs", yearly ? "yearly" : "once");
        root.put("threads", r.threads());
        root.put("contractYears", r.contractYears());
        root.put("generateMillis", Math.round(generatedSeconds * 1000));
        root.put("wallMillis", millis(r.wallNanos()));
        root.put("cpuMillis", millis(r.cpuNanos()));
        root.put("signMillis", millis(r.signNanos()));
        root.put("signReadMillis", millis(r.signReadNanos()));
        root.put("signRecordMillis", millis(r.signNanos() - r.signReadNanos()));
        root.put("contractYearsPerSecond", Math.round(r.contractYearsPerSecond()));
        root.put("gcMillis", r.gcMillis());
        root.put("gcCount", r.gcCount());
        root.put("peakHeapMiB", r.peakHeapBytes() >> 20);
        root.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        Map<String, Object> ledger = new TreeMap<>();
        ledger.put("writeMillis", millis(r.ledgerWriteNanos()));
        ledger.put("floorMillis", millis(floor.nanos()));
        ledger.put("floorRows", floor.rows());
        root.put("ledger", ledger);
        List<Map<String, Object>> perYear = new ArrayList<>();
        for (Benchmark.Run run : r.runs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", run.year());
            m.put("yearsRecomputed", run.yearsRecomputed());
            m.put("wallMillis", millis(run.wallNanos()));
            m.put("cpuMillis", millis(run.cpuNanos()));
            perYear.add(m);
        }
        root.put("settleAll", perYear);
        root.put("failures", r.failures());
        if (coldWarmMillis != null) {
            Map<String, Object> cold = new TreeMap<>();
            cold.put("cachedMillis", coldWarmMillis);
            cold.put("emptyCacheMillis", coldEmptyMillis);
            cold.put("runs", coldStartRuns);
            root.put("coldStart", cold);
        }
        return root;
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
