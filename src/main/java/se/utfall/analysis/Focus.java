package se.utfall.analysis;

import se.utfall.facts.MeasureDefinition;

/** One figure the analysis varies: a subject's results for a measure, on a lattice of values. */
public record Focus(String subject, MeasureDefinition measure, Lattice lattice, java.util.List<Integer> keyPositions,
                    java.util.List<Integer> grid, Trajectory template) {

    public String label() {
        return subject + " · " + measure.id();
    }
}
