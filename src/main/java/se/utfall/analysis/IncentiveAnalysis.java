package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.derived.DerivedFigures;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/**
 * The incentive analysis of one contract, as `./utfall analyze` runs it and the decision document
 * shows it: every check on the template's own units, then the comparisons again with the template
 * widened, where a cap across clauses binds as in a real portfolio. One place, so the command and
 * the document cannot come to different verdicts.
 */
public final class IncentiveAnalysis {
    /** What the search varies and how hard it looks; {@link #defaults()} is a plain `analyze`. */
    public record Settings(long seed, int samples, int grid, int subjects, List<String> held,
                           Map<String, MeasureRange> ranges, BigDecimal budget, BigDecimal maxCliff) {
        public static final long SEED = 20250101L;
        public static final int SAMPLES = 300;
        public static final int GRID = 1296;
        public static final int SUBJECTS = 5;

        public static Settings defaults() {
            return new Settings(SEED, SAMPLES, GRID, SUBJECTS, List.of(), Map.of(), null, null);
        }
    }

    /** The analysis, and how many settlements were actually run (the rest were rows already settled). */
    public record Outcome(Analysis analysis, long settledDistinct) {
    }

    private IncentiveAnalysis() {
    }

    /**
     * Runs the analysis on {@code rows} as template; null when no clause names an outcome measure
     * that the rows have figures for (there is nothing to vary).
     */
    public static Outcome run(PreparedContract prepared, ClauseLibrary library, List<Measurement> rows,
                              CountedMoney money, Settings settings) {
        Contract c = prepared.contract();
        Roles roles = Roles.of(c, library, settings.held());
        // A clause read against a derived measure is analysed by varying the derived figure itself
        // (a figure given for a derived measure is used as it is).
        Template template = Template.of(c, DerivedFigures.compute(c, rows).measurements())
                .withoutUnits(roles.heldSubjects());
        List<Focus> foci = Foci.of(c, prepared.rules(), template, roles, new LinkedHashMap<>(settings.ranges()),
                settings.grid());
        if (foci.isEmpty()) {
            return null;
        }
        Evaluator evaluator = new Evaluator(prepared, template, money);
        List<String> heldFigures = roles.held(KeyValues.measuresUsed(c, prepared.rules()), template);
        Analysis a = new Analyzer(evaluator, foci, settings.seed(), settings.samples()).run(heldFigures,
                Limits.of(c.analysis(), settings.budget(), settings.maxCliff()));
        // Cliffs and exposure stay with the template's own units (a budget is for the real portfolio);
        // the comparisons run again with more units, where a cap across clauses binds.
        Template wide = template.widened(settings.subjects());
        long run = evaluator.settledDistinct();
        if (wide.unitCount() > template.unitCount()) {
            List<Focus> wideFoci = foci.stream().map(f -> f.withSubjects(wide.unitCount())).toList();
            Evaluator wider = new Evaluator(prepared, wide, money);
            a = a.withWider(new Analyzer(wider, wideFoci, settings.seed(), settings.samples()).comparisons(),
                    wider.settlements(), wide.unitCount());
            run += wider.settledDistinct();
        }
        return new Outcome(a, run);
    }
}
