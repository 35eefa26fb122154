package se.utfall.safeguards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.utfall.safeguards.ExampleContract.figure;
import static se.utfall.safeguards.ExampleContract.line;
import static se.utfall.safeguards.ExampleContract.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.utfall.decision.Settlement;
import se.utfall.facts.LineStatus;
import se.utfall.facts.Measurement;

/**
 * rules/verification-hold/example: §5.2 pays 10 000 kr a point above the unit's best earlier level,
 * §7 withholds it after a rise of more than 8 points until revisorn's verdict (verifiering_nojdhet).
 */
class VerificationHoldProperties {
    private static final ExampleContract CONTRACT = ExampleContract.of("verification-hold");
    private static final List<String> UNITS = List.of("Enhet Norr", "Enhet Syd");

    /** A unit's satisfaction each year of the contract, and a verdict (none, 0 or 1) each year. */
    record Unit(List<Integer> levels, List<Integer> verdicts) {
    }

    @Provide
    Arbitrary<List<Unit>> units() {
        int years = CONTRACT.lastYear() - CONTRACT.firstYear() + 1;
        Arbitrary<List<Integer>> levels = Arbitraries.integers().between(50, 100).list().ofSize(years);
        Arbitrary<List<Integer>> verdicts = Arbitraries.of(-1, -1, 0, 1).list().ofSize(years);
        return levels.flatMap(l -> verdicts.map(v -> new Unit(l, v))).list().ofSize(UNITS.size());
    }

    @Property(tries = 150)
    void releasedNeverExceedsWhatWasWithheldAndNothingIsPaidBeyondTheEntitlement(@ForAll("units") List<Unit> units) {
        Settlement s = CONTRACT.settleToEnd(measurements(units, false));
        for (String unit : UNITS) {
            BigDecimal entitled = sum(s, line("§5.2", unit));
            BigDecimal withheld = sum(s, line("§7", unit, LineStatus.WITHHELD)).negate();
            BigDecimal released = sum(s, line("§7", unit, LineStatus.RELEASED));
            assertTrue(released.compareTo(withheld) <= 0, unit + ": released " + released + " > withheld " + withheld);
            BigDecimal paid = entitled.add(sum(s, line("§7", unit)));
            assertTrue(paid.signum() >= 0 && paid.compareTo(entitled) <= 0,
                    unit + ": paid " + paid + " outside 0.." + entitled);
            // at the end of the period every hold is settled: released or made final, never left open
            long holds = s.lines().stream().filter(line("§7", unit, LineStatus.WITHHELD)).count();
            long settled = s.lines().stream().filter(line("§7", unit, LineStatus.RELEASED)
                    .or(line("§7", unit, LineStatus.NOT_ACHIEVED).and(l -> l.reason().startsWith("Slutligt")))).count();
            assertEquals(holds, settled, unit + ": every hold must be released or final by " + CONTRACT.lastYear());
        }
    }

    @Property(tries = 100)
    void whenTheValidatorConfirmsEveryHoldInTheLastYearTheWholeEntitlementIsPaid(@ForAll("units") List<Unit> units) {
        Settlement s = CONTRACT.settleToEnd(measurements(units, true));
        for (String unit : UNITS) {
            assertEquals(0, sum(s, line("§7", unit)).signum(), unit + ": holds confirmed must all be released");
        }
        assertTrue(s.lines().stream().noneMatch(l -> l.status() == LineStatus.NOT_ACHIEVED && l.clause().equals("§7")));
    }

    /** With confirmAtEnd, every unit's verdicts are dropped except a confirmation in the last year. */
    private static List<Measurement> measurements(List<Unit> units, boolean confirmAtEnd) {
        List<Measurement> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            for (int i = 0; i < unit.levels().size(); i++) {
                int year = CONTRACT.firstYear() + i;
                out.add(figure(UNITS.get(u), "nojdhet", year, unit.levels().get(i)));
                int verdict = confirmAtEnd ? (year == CONTRACT.lastYear() ? 1 : -1) : unit.verdicts().get(i);
                if (verdict >= 0) {
                    out.add(new Measurement(UNITS.get(u), "verifiering_nojdhet", year, BigDecimal.valueOf(verdict),
                            null, null, "generated", "revisorn"));
                }
            }
        }
        return out;
    }
}
