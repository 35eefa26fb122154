package se.utfall.scenario;

import java.util.List;
import se.utfall.problem.Locations;

/**
 * How one scenario went. {@code badInput} is set when the scenario could not run because something a
 * person wrote (the scenario, its contract, a rule file) is wrong.
 */
public record ScenarioResult(Scenario scenario, List<String> failures, boolean badInput) {
    public boolean passed() {
        return failures.isEmpty();
    }

    public String title() {
        return Locations.display(scenario.file()) + ":" + scenario.line() + ": " + scenario.name();
    }
}
