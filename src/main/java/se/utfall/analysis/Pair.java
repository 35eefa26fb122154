package se.utfall.analysis;

/**
 * Two trajectories of one figure where the contract should pay {@code better} at least as much as
 * {@code worse}. detail is what the check needs to rebuild the pair (the shift of an earlier
 * achievement, the year a decline starts).
 */
public record Pair(Trajectory better, Trajectory worse, int detail) {

    /** How big a counter-example is: how much each trajectory moves, and how far apart they are. */
    public int size() {
        return better.variation() + worse.variation() + better.distance(worse);
    }
}
