package se.utfall.report.document;

import java.util.List;
import se.utfall.analysis.Analysis;
import se.utfall.analysis.Analyzer;
import se.utfall.analysis.CountedMoney;
import se.utfall.analysis.Evaluator;
import se.utfall.analysis.Focus;
import se.utfall.analysis.Foci;
import se.utfall.analysis.KeyValues;
import se.utfall.analysis.Limits;
import se.utfall.analysis.Roles;
import se.utfall.analysis.Template;
import se.utfall.contract.Contract;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/**
 * The incentive analysis a plain {@code ./utfall analyze CONTRACT} runs (default seed, samples,
 * grid, five units for the comparisons, the budget and tolerated cliff of contract.yaml), for the
 * decision document. Null when there is nothing to analyse (no purchaser, no outcome measure).
 */
final class ContractAnalysis {
    static final long SEED = 20250101L;
    static final int SAMPLES = 300;
    static final int GRID = 1296;
    static final int SUBJECTS = 5;

    private ContractAnalysis() {
    }

    static Analysis run(PreparedContract prepared, ClauseLibrary library, List<Measurement> rows) {
        Contract c = prepared.contract();
        CountedMoney money = CountedMoney.purchasers(c);
        if (money.payers().isEmpty() || rows.isEmpty()) {
            return null;
        }
        Roles roles = Roles.of(c, library, List.of());
        Template template = Template.of(c, se.utfall.derived.DerivedFigures.compute(c, rows).measurements())
                .withoutUnits(roles.heldSubjects());
        List<Focus> foci = Foci.of(c, prepared.rules(), template, roles, new java.util.LinkedHashMap<>(), GRID);
        if (foci.isEmpty()) {
            return null;
        }
        Evaluator evaluator = new Evaluator(prepared, template, money);
        List<String> heldFigures = roles.held(KeyValues.measuresUsed(c, prepared.rules()), template);
        Analysis a = new Analyzer(evaluator, foci, SEED, SAMPLES).run(heldFigures, Limits.of(c.analysis(), null, null));
        Template wide = template.widened(SUBJECTS);
        if (wide.unitCount() > template.unitCount()) {
            List<Focus> wideFoci = foci.stream().map(f -> f.withSubjects(wide.unitCount())).toList();
            Evaluator wider = new Evaluator(prepared, wide, money);
            a = a.withWider(new Analyzer(wider, wideFoci, SEED, SAMPLES).comparisons(), wider.settlements(),
                    wide.unitCount());
        }
        return a;
    }
}
