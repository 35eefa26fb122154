package se.utfall.scenario;

import java.nio.file.Path;
import java.util.List;
import se.utfall.problem.Locations;
import se.utfall.yaml.YNode;

/**
 * A worked example a legal editor writes: named as a sentence, with measurements and the amounts
 * the contract should decide for them. {@code asOf} is the settlement date (null: every figure counts
 * as published, so a scenario without one does not change with the day it is run).
 */
public record Scenario(Path file, int line, String name, Path contract, Integer year, YNode measurements,
                       List<Expectation> expectations, ExpectedError expectedError, java.time.LocalDate asOf) {

    public Scenario(Path file, int line, String name, Path contract, Integer year, YNode measurements,
                    List<Expectation> expectations, ExpectedError expectedError) {
        this(file, line, name, contract, year, measurements, expectations, expectedError, null);
    }

    /** The scenario expects settling to be refused with a message containing {@code text}. */
    public record ExpectedError(YNode at, String text) {
        public String where() {
            return Locations.display(at.file()) + ":" + at.line();
        }
    }
}
