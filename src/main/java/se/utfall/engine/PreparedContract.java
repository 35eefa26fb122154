package se.utfall.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.decision.Settlement;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.measurement.MeasurementReader;
import se.utfall.problem.BadInput;
import se.utfall.timing.Checkpoints;

/** A contract read, checked and compiled: ready to settle against any measurements. */
public record PreparedContract(Contract contract, CompiledRules rules) {

    public static PreparedContract prepare(Path contractPath, ClauseLibrary library) {
        Contract contract = ContractLoader.load(contractPath, library);
        Checkpoints.mark("contract read");
        RuleSet ruleSet = ruleSetOf(contract, library);
        Checkpoints.mark("rule set hashed");
        return new PreparedContract(contract, RuleCompiler.compile(ruleSet));
    }

    /**
     * Contracts without rule files of their own that use the same family versions of the same library share
     * one rule set, so a portfolio run reads and hashes the family sources once, not per contract.
     */
    private static RuleSet ruleSetOf(Contract contract, ClauseLibrary library) {
        if (!contract.ruleFiles().isEmpty()) {
            return RuleSet.forContract(contract, library);
        }
        List<String> families = contract.clauses().stream()
                .map(c -> c.family() == null ? "" : c.family() + " " + c.version()).sorted().distinct()
                .toList();
        Map<List<String>, RuleSet> shared;
        synchronized (SHARED_RULE_SETS) {
            shared = SHARED_RULE_SETS.computeIfAbsent(library, l -> new ConcurrentHashMap<>());
        }
        return shared.computeIfAbsent(families, k -> RuleSet.forContract(contract, library));
    }

    /** Weak: a library no longer used (tests load many) takes its rule sets with it. */
    private static final Map<ClauseLibrary, Map<List<String>, RuleSet>> SHARED_RULE_SETS = new WeakHashMap<>();

    /** The measurement file given, or the contract folder's measurements.csv. */
    public List<Measurement> measurements(Path file) {
        Path f = file != null ? file : contract.defaultMeasurements();
        if (file == null && !Files.exists(f)) {
            throw BadInput.of(f, 0, "the contract folder has no measurements.csv; pass --measurements FILE.");
        }
        return MeasurementReader.read(f, contract);
    }

    public Settlement settle(List<Measurement> measurements, int asOfYear) {
        return SettlementEngine.settle(contract, rules, measurements, asOfYear);
    }

    /**
     * The same settlement for a caller that reads only amounts, payers and statuses: lines without
     * working or rule origin (see {@link SettlementEngine#settle(Contract, CompiledRules, List, int,
     * java.time.LocalDate, boolean)}).
     */
    public Settlement settleAmounts(List<Measurement> measurements, int asOfYear) {
        return SettlementEngine.settle(contract, rules, measurements, asOfYear, null, false);
    }

    /** Settles as on a date: a figure missing before its publication day is pending ({@code null}: all published). */
    public Settlement settle(List<Measurement> measurements, int asOfYear, java.time.LocalDate settledOn) {
        return SettlementEngine.settle(contract, rules, measurements, asOfYear, settledOn);
    }

    /** The last contract year that has any measurement, or the first year if none has. */
    public int latestMeasuredYear(List<Measurement> measurements) {
        return measurements.stream().mapToInt(Measurement::year).max().orElse(contract.firstYear());
    }
}
