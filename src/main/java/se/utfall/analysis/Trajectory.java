package se.utfall.analysis;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * One subject's results for one measure, year by year, as lattice positions (higher = better).
 * Immutable; equal positions mean equal trajectories.
 */
public final class Trajectory {
    private final int[] positions;

    public Trajectory(int... positions) {
        this.positions = positions.clone();
    }

    public static Trajectory constant(int years, int position) {
        int[] p = new int[years];
        Arrays.fill(p, position);
        return new Trajectory(p);
    }

    public int years() {
        return positions.length;
    }

    public int at(int year) {
        return positions[year];
    }

    public int[] positions() {
        return positions.clone();
    }

    public Trajectory with(int year, int position) {
        int[] p = positions.clone();
        p[year] = position;
        return new Trajectory(p);
    }

    public Trajectory map(IntUnaryOperator byYear) {
        int[] p = new int[positions.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = byYear.applyAsInt(i);
        }
        return new Trajectory(p);
    }

    /** Better than or equal to other in every year. */
    public boolean dominates(Trajectory other) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < other.positions[i]) {
                return false;
            }
        }
        return true;
    }

    /** The best result so far, year by year: what holding on to every gain looks like. */
    public Trajectory runningBest() {
        int[] p = positions.clone();
        for (int i = 1; i < p.length; i++) {
            p[i] = Math.max(p[i], p[i - 1]);
        }
        return new Trajectory(p);
    }

    public boolean neverWorsens() {
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] < positions[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The sum of year-to-year movements, in steps: how much the trajectory moves at all. */
    public int variation() {
        int v = 0;
        for (int i = 1; i < positions.length; i++) {
            v += Math.abs(positions[i] - positions[i - 1]);
        }
        return v;
    }

    public int distance(Trajectory other) {
        int d = 0;
        for (int i = 0; i < positions.length; i++) {
            d += Math.abs(positions[i] - other.positions[i]);
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trajectory t && Arrays.equals(positions, t.positions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return Arrays.toString(positions);
    }
}
