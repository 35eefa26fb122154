package se.utfall.contract;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.utfall.facts.MeasureDefinition;

/**
 * A contract as read from its folder, checked against the clause library. {@code ruleFiles} are its
 * sentence files (.dslr); {@code dataFiles} the spreadsheets its table parameters are read from,
 * which are terms like contract.yaml and are pinned when it is signed.
 */
public record Contract(String id, String title, Path folder, Path file, int firstYear, int lastYear,
                       String currency, int decimals, RoundingMode roundingMode,
                       Map<String, Party> parties, Map<String, MeasureDefinition> measures,
                       List<Clause> clauses, List<Path> ruleFiles, List<Path> dataFiles,
                       Language language, String reference) {

    public static final String FILE = "contract.yaml";
    public static final String MEASUREMENTS = "measurements.csv";

    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The contract's units, each with the provider it belongs to ({@code subjects:} under a provider). */
    public Map<String, String> subjectPayees() {
        Map<String, String> payees = new java.util.TreeMap<>();
        parties.values().forEach(p -> p.subjects().forEach(s -> payees.put(s, p.id())));
        return payees;
    }

    /** The providers, in the order the contract lists them. */
    public List<String> providers() {
        return parties.values().stream().filter(p -> p.role().equals("provider")).map(Party::id).toList();
    }

    public Path defaultMeasurements() {
        return folder.resolve(MEASUREMENTS);
    }
}
