package se.utfall.analysis;

import java.util.SplittableRandom;

/** Random positions and trajectories on a focus's lattice, drawn near its key values half of the time. */
final class Draw {
    private Draw() {
    }

    static int position(Focus f, SplittableRandom r) {
        if (!f.keyPositions().isEmpty() && r.nextBoolean()) {
            return f.keyPositions().get(r.nextInt(f.keyPositions().size()));
        }
        if (r.nextInt(4) == 0) {
            return f.template().at(r.nextInt(f.template().years()));
        }
        return r.nextInt(f.lattice().size());
    }

    /** A small move in steps: mostly a few steps, sometimes a tenth of the range or more. */
    static int step(Focus f, SplittableRandom r) {
        int size = f.lattice().size();
        return switch (r.nextInt(3)) {
            case 0 -> 1 + r.nextInt(Math.max(1, Math.min(3, size - 1)));
            case 1 -> 1 + r.nextInt(Math.max(1, size / 10));
            default -> 1 + r.nextInt(Math.max(1, size / 3));
        };
    }

    static Trajectory any(Focus f, SplittableRandom r, int years) {
        int[] p = new int[years];
        if (r.nextBoolean()) {
            for (int i = 0; i < years; i++) {
                p[i] = position(f, r);
            }
        } else {
            p[0] = position(f, r);
            for (int i = 1; i < years; i++) {
                int move = r.nextInt(3) == 0 ? 0 : step(f, r) * (r.nextBoolean() ? 1 : -1);
                p[i] = f.lattice().clamp(p[i - 1] + move);
            }
        }
        return new Trajectory(p);
    }

    /** A trajectory that never gets worse, from a start near a key value. */
    static Trajectory rising(Focus f, SplittableRandom r, int years) {
        int[] p = new int[years];
        p[0] = position(f, r);
        for (int i = 1; i < years; i++) {
            p[i] = f.lattice().clamp(p[i - 1] + (r.nextInt(4) == 0 ? 0 : step(f, r)));
        }
        return new Trajectory(p);
    }
}
