package se.utfall.analysis;

import se.utfall.facts.MeasureDefinition;

/**
 * One figure the analysis varies: a subject's results for a measure, on a lattice of values.
 * subjects is how many subjects (units) the template it is varied in has: a cap across clauses
 * binds only with enough of them, so a finding says at which count it was found.
 */
public record Focus(String subject, MeasureDefinition measure, Lattice lattice, java.util.List<Integer> keyPositions,
                    java.util.List<Integer> grid, Trajectory template, int subjects) {

    public String label() {
        return subject + " · " + measure.id();
    }

    /** The same figure varied in a template with another number of subjects. */
    public Focus withSubjects(int count) {
        return new Focus(subject, measure, lattice, keyPositions, grid, template, count);
    }
}
