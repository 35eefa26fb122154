package se.utfall.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.text.PlainNumber;
import se.utfall.analysis.Analysis;
import se.utfall.analysis.AnalysisJson;
import se.utfall.analysis.AnalysisText;
import se.utfall.analysis.CountedMoney;
import se.utfall.analysis.IncentiveAnalysis;
import se.utfall.analysis.MeasureRange;
import se.utfall.contract.Contract;
import se.utfall.library.ClauseLibrary;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Checks a contract's incentives before it is signed: settles generated measurement trajectories"
                + " with the contract's own rules and reports, with a counter-example for each finding, whether a"
                + " better result is ever paid less (dominance), dropping and climbing back pays (saw-tooth),"
                + " an early jump pays less than small steps (early achievement), falling results pay (decline),"
                + " where one step of a measure is worth most (cliffs), and the most the purchaser can pay (exposure).",
                "Exit 0 when every check passes, 1 when one fails, 2 on bad input."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    BudgetOption timeBudget;

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "Contract folder (or its contract.yaml).")
    Path contract;

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "Template measurements: subjects, respondents, sources and verifiers to vary the values of"
                    + " (default: measurements.csv in the contract folder).")
    Path measurements;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20250101",
            description = "Seed of the random search (default ${DEFAULT-VALUE}); the same seed gives the same report.")
    long seed;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "300",
            description = "Random trajectories per check and figure, beyond the exhaustive grid (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "1296",
            description = "Most trajectories per figure on the exhaustive coarse grid (default ${DEFAULT-VALUE}).")
    int grid;

    @Option(names = "--subjects", paramLabel = "N", defaultValue = "5",
            description = "Also run the comparison checks with the template widened to N units (default ${DEFAULT-VALUE}),"
                    + " the extra units copying the template's own in turn and holding their figures, so a cap across"
                    + " clauses binds as in a real portfolio; 0 or the template's own count runs them once.")
    int subjects;

    @Option(names = "--budget", paramLabel = "AMOUNT",
            description = "The paying parties' budget for the whole period: exposure fails when a trajectory is paid"
                    + " more (default: budget under analysis: in contract.yaml).")
    BigDecimal budget;

    @Option(names = "--max-cliff", paramLabel = "AMOUNT",
            description = "Most one smallest step of a measure may change the total payout: cliffs fail above it"
                    + " (default: tolerated-cliff under analysis: in contract.yaml).")
    BigDecimal maxCliff;

    @Option(names = "--payer", paramLabel = "PARTY", split = ",",
            description = "Parties whose payments count as paid (default: every party with role purchaser or co-payer).")
    List<String> payers;

    @Option(names = "--hold", paramLabel = "MEASURE", split = ",",
            description = "Measures kept at the template's values instead of varied (e.g. a verification measure);"
                    + " a measure whose role in contract.yaml is comparison, context or state is always held.")
    List<String> held = new ArrayList<>();

    @Option(names = "--range", paramLabel = "MEASURE=LOW..HIGH[/STEP]",
            description = "The values a measure is varied over (default: 0–100 for %%, 0–1 for yes/no, else 0 to twice"
                    + " the largest value in the template or the clauses; step: the finest precision written).")
    Map<String, String> ranges = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a procurement officer, default) or json (for machines).")
    Format format;

    @Option(names = "--timing", description = "Print the number of settlements per second to standard error.")
    boolean timing;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        if (subjects < 0 || subjects > 50) {
            throw usage("--subjects must be between 0 and 50.");
        }
        if (samples < 0 || grid < 1) {
            throw usage("--samples must be 0 or more and --grid at least 1.");
        }
        if (budget != null && budget.signum() < 0 || maxCliff != null && maxCliff.signum() < 0) {
            throw usage("--budget and --max-cliff are amounts of 0 or more.");
        }
        plain("--budget", budget);
        plain("--max-cliff", maxCliff);
        ClauseLibrary lib = library.load();
        PreparedContract prepared = PreparedContract.prepare(contract, lib);
        Contract c = prepared.contract();
        for (String m : held) {
            if (!c.measures().containsKey(m)) {
                throw usage("--hold " + m + ": the contract defines no such measure; it has " + c.measures().keySet() + ".");
            }
        }
        Map<String, MeasureRange> parsed = new LinkedHashMap<>();
        ranges.forEach((m, text) -> parsed.put(m, range(c, m, text)));
        CountedMoney money = money(c);
        Path file = measurements != null ? measurements : c.defaultMeasurements();
        if (!Files.exists(file)) {
            throw usage("analyze builds its trajectories from the contract's measurements.csv, and " + file
                    + " does not exist; pass --measurements FILE.");
        }
        List<Measurement> rows = prepared.measurements(measurements);
        IncentiveAnalysis.Outcome outcome = IncentiveAnalysis.run(prepared, lib, rows, money,
                new IncentiveAnalysis.Settings(seed, samples, grid, subjects, held, parsed, budget, maxCliff));
        if (outcome == null) {
            throw usage("no measure to vary: no clause names an outcome measure (role: outcome, the default) that "
                    + file + " has figures for.");
        }
        Analysis a = outcome.analysis();
        long run = outcome.settledDistinct();
        spec.commandLine().getOut().print(format == Format.json ? AnalysisJson.render(a) : AnalysisText.render(a));
        if (timing) {
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getErr().printf("analyze: %d settlements in %.1f s (%.0f per second, compile included;"
                    + " %d run, the rest repeated rows already settled)%n",
                    a.settlements(), seconds, a.settlements() / seconds, run);
        }
        return a.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private CountedMoney money(Contract c) {
        if (payers == null || payers.isEmpty()) {
            CountedMoney m = CountedMoney.purchasers(c);
            if (m.payers().isEmpty()) {
                throw usage("the contract has no party with role purchaser or co-payer; name the parties whose payments count"
                        + " with --payer PARTY (one of " + c.parties().keySet() + ").");
            }
            return m;
        }
        Set<String> ids = new TreeSet<>();
        for (String p : payers) {
            if (!c.parties().containsKey(p)) {
                throw usage("--payer " + p + ": the contract has no such party; it has " + c.parties().keySet() + ".");
            }
            ids.add(p);
        }
        return CountedMoney.of(c, ids);
    }

    private MeasureRange range(Contract c, String measure, String text) {
        if (!c.measures().containsKey(measure)) {
            throw usage("--range " + measure + ": the contract defines no such measure; it has " + c.measures().keySet()
                    + ".");
        }
        try {
            String[] stepSplit = text.split("/", 2);
            String[] ends = stepSplit[0].split("\\.\\.", 2);
            BigDecimal low = PlainNumber.YAML.parse(ends[0].strip());
            BigDecimal high = PlainNumber.YAML.parse(ends[1].strip());
            BigDecimal step = stepSplit.length > 1 ? PlainNumber.YAML.parse(stepSplit[1].strip())
                    : BigDecimal.ONE.movePointLeft(Math.max(0, Math.max(low.scale(), high.scale())));
            if (step.signum() <= 0 || high.compareTo(low) <= 0
                    || high.subtract(low).divide(step, java.math.MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new NumberFormatException();
            }
            return new MeasureRange(low, high, step);
        } catch (RuntimeException e) {
            throw usage("--range " + measure + "=" + text + ": write LOW..HIGH or LOW..HIGH/STEP with LOW below HIGH,"
                    + " a positive step and at most a million steps, e.g. --range " + measure + "=50..100/0.5.");
        }
    }

    /** An amount with an exponent (1e999999999) would take gigabytes to print; refuse it as written. */
    private void plain(String option, BigDecimal amount) {
        if (amount != null) {
            try {
                PlainNumber.YAML.parse(amount.toString());
            } catch (PlainNumber.Refused e) {
                throw usage(option + " " + e.getMessage() + ".");
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
