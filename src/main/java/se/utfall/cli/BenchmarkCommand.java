package se.utfall.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.bench.Benchmark;
import se.utfall.bench.BenchmarkReport;
import se.utfall.bench.LedgerFloor;
import se.utfall.bench.ColdStart;
import se.utfall.bench.PortfolioGenerator;
import se.utfall.bench.reference.EngineVersusReference;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerLocation;
import se.utfall.library.ClauseLibrary;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Generates a portfolio of contracts with yearly measurements, signs them and settles every"
                + " year of each into a fresh SQLite ledger (settle-all --year Y, year by year), reporting"
                + " contract-years per second, CPU time, peak heap and the cold start of one ./utfall settle."
                + " Run it as the target is set: UTFALL_JAVA_OPTS=-Xmx1g ./utfall benchmark.")
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    JsonOption output;

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

    @Option(names = "--runs", paramLabel = "yearly|once", defaultValue = "yearly",
            description = "yearly (default): settle-all --year Y for each year in turn, one transaction per"
                    + " contract-year; once: one settle-all of the whole period, one transaction per contract.")
    String runs;

    @Option(names = "--cold-start-runs", paramLabel = "N", defaultValue = "5",
            description = "Fresh-process settles to time (median; 0 skips it).")
    int coldStartRuns;

    @Option(names = "--compare-reference", description = "Also settle the portfolio's contracts of the rate-card,"
            + " fixed-payment, level-bonus and payment-cap families with a plain-Java reference (benchmark code),"
            + " check the totals agree to the öre and print the engine/reference time ratio, warm, without the ledger"
            + " (with --format json: under \"reference\").")
    boolean compareReference;

    @Option(names = "--reference-contracts", paramLabel = "N", defaultValue = "300",
            description = "Contracts --compare-reference compares at most (default 300).")
    int referenceContracts;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (referenceContracts < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--reference-contracts must be at least 1.");
        }
        if (contracts < 1 || years < 1 || years > 50) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--contracts must be at least 1 and --years between 1 and 50.");
        }
        if (threads != null && (threads < 1 || threads > PortfolioOptions.MAX_THREADS)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be from 1 to " + PortfolioOptions.MAX_THREADS + ", not " + threads + ".");
        }
        if (!runs.equals("yearly") && !runs.equals("once")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--runs is yearly or once, not '" + runs + "'.");
        }
        boolean yearly = runs.equals("yearly");
        PrintWriter out = spec.commandLine().getOut();
        Path folder = keep != null ? keep : Files.createTempDirectory("utfall-benchmark");
        try {
            long t0 = System.nanoTime();
            Path portfolioRoot = Files.createDirectories(folder.resolve("portfolio"));
            List<Path> portfolio = new PortfolioGenerator(seed, years).write(portfolioRoot, contracts);
            double generated = (System.nanoTime() - t0) / 1e9;
            if (!output.json()) {
                out.printf(Locale.ROOT, "generated   %d contracts × %d years in %s (%.1f s)%n", contracts, years, folder,
                        generated);
            }
            out.flush();
            ClauseLibrary lib = library.load();
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            Path ledgerFile = folder.resolve("utfall.db");
            Files.deleteIfExists(ledgerFile);
            Benchmark.Result r;
            try (Ledger ledger = Ledger.open(LedgerLocation.of(ledgerFile.toString()))) {
                r = Benchmark.run(portfolioRoot, portfolio, lib, ledger, PortfolioGenerator.FIRST_YEAR,
                        PortfolioGenerator.FIRST_YEAR + years - 1, n, yearly);
            }
            LedgerFloor.Result floor;
            try {
                floor = LedgerFloor.measure(ledgerFile, folder.resolve("floor.db"));
            } catch (java.sql.SQLException e) {
                throw new IOException("the ledger floor could not be measured: " + e.getMessage(), e);
            }
            if (!output.json()) {
                BenchmarkReport.text(out, r, floor, ledgerFile, years, yearly);
            }
            if (!output.json() && !r.failures().isEmpty()) {
                out.printf("FAILED      %d contract-years, first: %s%n", r.failures().size(), r.failures().get(0));
            }
            boolean referenceDiffers = false;
            Map<String, Object> referenceJson = null;
            if (compareReference) {
                var comparison = EngineVersusReference.run(portfolio, lib,
                        new EngineVersusReference.Options(referenceContracts, 5, 5));
                if (output.json()) {
                    // No contract of the portfolio the reference implements: say so, with nothing compared.
                    referenceJson = comparison.map(EngineVersusReference.Result::json)
                            .orElse(Map.of("contracts", 0, "note", EngineVersusReference.NONE));
                } else {
                    comparison.map(c -> c.text()).orElse(List.of(EngineVersusReference.NONE)).forEach(out::println);
                }
                referenceDiffers = comparison.isPresent() && !comparison.get().totals().equal();
            }
            Long coldWarm = null;
            Long coldEmpty = null;
            if (coldStartRuns > 0) {
                Path launcher = Path.of(System.getProperty("utfall.home", ".")).resolve("utfall");
                Path coldLedger = folder.resolve("cold-start.db");
                long warm = ColdStart.medianMillis(launcher, portfolio.get(0), coldLedger, folder, true, coldStartRuns);
                long empty = ColdStart.medianMillis(launcher, portfolio.get(0), coldLedger, folder, false,
                        coldStartRuns);
                coldWarm = warm;
                coldEmpty = empty;
                if (!output.json()) {
                    out.printf("cold start  %d ms with the compiled rules cached on disk, %d ms with an empty"
                            + " cache: ./utfall settle of one contract in a fresh process (median of %d)%n", warm,
                            empty, coldStartRuns);
                }
            }
            if (output.json()) {
                Map<String, Object> json = new TreeMap<>(BenchmarkReport.json(r, floor, contracts, years, yearly,
                        generated, coldWarm, coldEmpty, coldStartRuns));
                if (referenceJson != null) {
                    json.put("reference", referenceJson);
                }
                JsonOption.print(out, json);
            }
            out.flush();
            if (!r.failures().isEmpty() || referenceDiffers) {
                return ExitCodes.CHECK_FAILED;
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
