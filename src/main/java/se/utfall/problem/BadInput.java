package se.utfall.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Input written by a person is wrong. Carries every problem found, each with file and line. */
public final class BadInput extends RuntimeException {
    private final List<Problem> problems;

    public BadInput(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::render).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public static BadInput of(Path file, int line, String message) {
        return new BadInput(List.of(Problem.at(file, line, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
