package se.utfall.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        RuleSet ruleSet = RuleSet.forContract(contract, library);
        Checkpoints.mark("rule set hashed");
        return new PreparedContract(contract, RuleCompiler.compile(ruleSet));
    }

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

    /** The last contract year that has any measurement, or the first year if none has. */
    public int latestMeasuredYear(List<Measurement> measurements) {
        return measurements.stream().mapToInt(Measurement::year).max().orElse(contract.firstYear());
    }
}
