package se.utfall.contract;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.utfall.derived.DerivedMeasure;
import se.utfall.facts.MeasureDefinition;

/**
 * A contract as read from its folder, checked against the clause library. {@code ruleFiles} are its
 * sentence files (.dslr); {@code dataFiles} the spreadsheets its table parameters are read from,
 * which are terms like contract.yaml and are pinned when it is signed. {@code language} is the
 * language its reasons and workings are written in; {@code derived} the measures it computes from
 * others (in an order where each comes after those it reads); {@code publications} when the measures
 * that say so are published.
 */
public record Contract(String id, String title, Path folder, Path file, int firstYear, int lastYear,
                       String currency, int decimals, RoundingMode roundingMode,
                       Map<String, Party> parties, Map<String, MeasureDefinition> measures,
                       List<Clause> clauses, List<Path> ruleFiles, List<Path> dataFiles, Language language,
                       Map<String, DerivedMeasure> derived, Map<String, Publication> publications) {

    public static final String FILE = "contract.yaml";
    public static final String MEASUREMENTS = "measurements.csv";

    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Path defaultMeasurements() {
        return folder.resolve(MEASUREMENTS);
    }
}
