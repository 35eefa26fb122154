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
 * that say so are published. {@code analysis} holds the limits analyze judges the contract by (its
 * {@code analysis:} block); {@code reference} the purchaser's own reference (diarienummer), or empty.
 */
public record Contract(String id, String title, Path folder, Path file, int firstYear, int lastYear,
                       String currency, int decimals, RoundingMode roundingMode,
                       Map<String, Party> parties, Map<String, MeasureDefinition> measures,
                       List<Clause> clauses, List<Path> ruleFiles, List<Path> dataFiles, Language language,
                       Map<String, DerivedMeasure> derived, Map<String, Publication> publications,
                       AnalysisLimits analysis, String reference) {

    public Contract {
        language = language == null ? Language.SV : language;
        derived = derived == null ? Map.of() : derived;
        publications = publications == null ? Map.of() : publications;
        analysis = analysis == null ? AnalysisLimits.NONE : analysis;
    }

    /** A contract in Swedish without derived measures, publication days or an analysis: block. */
    public Contract(String id, String title, Path folder, Path file, int firstYear, int lastYear, String currency,
                    int decimals, RoundingMode roundingMode, Map<String, Party> parties,
                    Map<String, MeasureDefinition> measures, List<Clause> clauses, List<Path> ruleFiles,
                    List<Path> dataFiles) {
        this(id, title, folder, file, firstYear, lastYear, currency, decimals, roundingMode, parties, measures, clauses,
                ruleFiles, dataFiles, Language.SV, Map.of(), Map.of(), AnalysisLimits.NONE, "");
    }

    /** A contract without an analysis: block. */
    public Contract(String id, String title, Path folder, Path file, int firstYear, int lastYear, String currency,
                    int decimals, RoundingMode roundingMode, Map<String, Party> parties,
                    Map<String, MeasureDefinition> measures, List<Clause> clauses, List<Path> ruleFiles,
                    List<Path> dataFiles, Language language, Map<String, DerivedMeasure> derived,
                    Map<String, Publication> publications) {
        this(id, title, folder, file, firstYear, lastYear, currency, decimals, roundingMode, parties, measures, clauses,
                ruleFiles, dataFiles, language, derived, publications, AnalysisLimits.NONE, "");
    }

    /** A contract with a language and a reference, without derived measures or an analysis: block. */
    public Contract(String id, String title, Path folder, Path file, int firstYear, int lastYear, String currency,
                    int decimals, RoundingMode roundingMode, Map<String, Party> parties,
                    Map<String, MeasureDefinition> measures, List<Clause> clauses, List<Path> ruleFiles,
                    List<Path> dataFiles, Language language, String reference) {
        this(id, title, folder, file, firstYear, lastYear, currency, decimals, roundingMode, parties, measures, clauses,
                ruleFiles, dataFiles, language, Map.of(), Map.of(), AnalysisLimits.NONE, reference);
    }

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
