package se.utfall.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.bench.Benchmark;
import se.utfall.bench.ColdStart;
import se.utfall.bench.PortfolioGenerator;
import se.utfall.bench.SettledContractSink;
import se.utfall.library.ClauseLibrary;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Generates a portfolio of contracts with yearly measurements and settles every one in this"
                + " process, reporting contract-years per second, peak heap and the cold start of one settle.")
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--contracts", paramLabel = "N", defaultValue = "10000", description = "Contracts (default 10000).")
    int contracts;

    @Option(names = "--years", paramLabel = "N", defaultValue = "10", description = "Years per contract (default 10).")
    int years;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed (default 1).")
    long seed;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Write the portfolio here and keep it (default: a temp folder, removed afterwards).")
    Path keep;

    @Option(names = "--cold-start-runs", paramLabel = "N", defaultValue = "5",
            description = "Fresh-process settles to time (median; 0 skips it).")
    int coldStartRuns;

    private static double processCpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (contracts < 1 || years < 1 || years > 50) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--contracts must be at least 1 and --years between 1 and 50.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = keep != null ? keep : Files.createTempDirectory("utfall-benchmark");
        try {
            long t0 = System.nanoTime();
            List<Path> portfolio = new PortfolioGenerator(seed, years).write(folder, contracts);
            out.printf("generated   %d contracts × %d years in %s (%.1f s)%n", contracts, years, folder,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            ClauseLibrary lib = library.load();
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            Benchmark.Result r = Benchmark.run(portfolio, lib, n, SettledContractSink.DISCARD);
            out.printf("settled     %d contract-years (%d decision lines) in %.1f s with %d threads: %.0f contract-years/s%n",
                    r.contractYears(), r.lines(), r.wallNanos() / 1e9, r.threads(), r.contractYearsPerSecond());
            out.printf("  CPU time: reading contracts and rules %.1f s, settling %.1f s, ledger seam %.1f s; GC %.1f s%n",
                    r.prepareNanos() / 1e9, r.settleNanos() / 1e9, r.sinkNanos() / 1e9, r.gcMillis() / 1e3);
            out.printf("  process CPU time %.1f s over %.1f s wall%n", processCpuSeconds(), r.wallNanos() / 1e9);
            out.printf("peak heap   %d MiB (max heap %d MiB)%n", r.peakHeapBytes() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            if (coldStartRuns > 0) {
                Path launcher = Path.of(System.getProperty("utfall.home", ".")).resolve("utfall");
                long ms = ColdStart.medianMillis(launcher, portfolio.get(0), coldStartRuns);
                out.printf("cold start  %d ms: ./utfall settle of one contract in a fresh process (median of %d)%n",
                        ms, coldStartRuns);
            }
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return ExitCodes.OK;
    }
}
