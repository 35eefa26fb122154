package se.utfall.safeguards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.utfall.safeguards.ExampleContract.line;
import static se.utfall.safeguards.ExampleContract.survey;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.facts.LineStatus;
import se.utfall.facts.Measurement;

/**
 * rules/data-quality-gate/example: §5.1 level bonus and §5.2 improvement bonus on nojdhet; §5.3
 * requires 30 respondents and a 40 % response rate, pooling two years when respondents are too few.
 */
class DataQualityGateProperties {
    private static final ExampleContract CONTRACT = ExampleContract.of("data-quality-gate");
    private static final List<String> UNITS = List.of("Enhet Norr", "Enhet Syd");
    private static final int MIN_RESPONDENTS = 30;
    private static final int MIN_RATE = 40;

    record Figure(int value, int respondents, int rate) {
        boolean usable() {
            return respondents >= MIN_RESPONDENTS && rate >= MIN_RATE;
        }
    }

    @Provide
    Arbitrary<List<List<Figure>>> trajectories() {
        int years = CONTRACT.lastYear() - CONTRACT.firstYear() + 1;
        Arbitrary<Figure> figure = Combinators.combine(
                Arbitraries.integers().between(60, 100),
                Arbitraries.integers().between(0, 80),
                Arbitraries.integers().between(20, 90)).as(Figure::new);
        return figure.list().ofSize(years).list().ofSize(UNITS.size());
    }

    @Property(tries = 150)
    void noGuardedClausePaysOnAFigureBelowTheMinimumUnlessAPooledFigureMeetsIt(
            @ForAll("trajectories") List<List<Figure>> units) {
        Settlement s = CONTRACT.settleToEnd(measurements(units));
        for (int u = 0; u < units.size(); u++) {
            String unit = UNITS.get(u);
            for (int i = 0; i < units.get(u).size(); i++) {
                Figure f = units.get(u).get(i);
                int year = CONTRACT.firstYear() + i;
                List<DecisionLine> gate = s.lines(year).stream()
                        .filter(line("§5.3", unit, LineStatus.INSUFFICIENT_DATA)).toList();
                if (f.usable()) {
                    assertTrue(gate.isEmpty(), unit + " " + year + " is usable but the gate says " + gate);
                    continue;
                }
                assertEquals(1, gate.size(), unit + " " + year + " is below the minimum: the gate must say so once");
                boolean pooled = gate.get(0).reason().contains("I stället används");
                if (pooled) {
                    // only a shortage of respondents is pooled, never a low response rate
                    assertTrue(f.rate() >= MIN_RATE, unit + " " + year + " was pooled despite its response rate");
                    int previous = i == 0 ? 0 : units.get(u).get(i - 1).rate() >= MIN_RATE
                            ? units.get(u).get(i - 1).respondents() : 0;
                    assertTrue(f.respondents() + previous >= MIN_RESPONDENTS, unit + " " + year + " pooled too few");
                } else {
                    boolean paid = s.lines(year).stream().anyMatch(l -> l.subject().equals(unit)
                            && (l.clause().equals("§5.1") || l.clause().equals("§5.2"))
                            && l.status() == LineStatus.PAYABLE);
                    assertTrue(!paid, unit + " " + year + " was paid on a figure below the minimum");
                }
            }
        }
    }

    private static List<Measurement> measurements(List<List<Figure>> units) {
        List<Measurement> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            for (int i = 0; i < units.get(u).size(); i++) {
                Figure f = units.get(u).get(i);
                out.add(survey(UNITS.get(u), "nojdhet", CONTRACT.firstYear() + i, f.value(), f.respondents(), f.rate()));
            }
        }
        return out;
    }
}
