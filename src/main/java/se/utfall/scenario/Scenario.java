package se.utfall.scenario;

import java.nio.file.Path;
import java.util.List;
import se.utfall.problem.Locations;
import se.utfall.yaml.YNode;

/**
 * A worked example a legal editor writes: named as a sentence, with measurements and the amounts
 * the contract should decide for them.
 */
public record Scenario(Path file, int line, String name, Path contract, Integer year, YNode measurements,
                       List<Expectation> expectations, ExpectedError expectedError) {

    /** The scenario expects settling to be refused with a message containing {@code text}. */
    public record ExpectedError(YNode at, String text) {
        public String where() {
            return Locations.display(at.file()) + ":" + at.line();
        }
    }
}
