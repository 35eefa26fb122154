package se.utfall.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading a file, so a person sees all of them at once. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void add(Path file, int line, String message) {
        found.add(Problem.at(file, line, message));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(BadInput bad) {
        found.addAll(bad.problems());
    }

    public int size() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new BadInput(found);
        }
    }
}
