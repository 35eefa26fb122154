package se.utfall.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;
import se.utfall.problem.Problems;

/**
 * What the sources gave: the figures by subject, measure and year, the notes on entries left out
 * (a figure Kolada marks missing, a unit the survey suppressed), and the problems that stop the
 * import. The same figure from two sources is kept once; two different figures for one subject,
 * measure and year are a problem at both origins.
 */
public final class Imported {
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Problems problems = new Problems();

    void add(Figure f, String shown, int line) {
        Figure earlier = figures.putIfAbsent(f.key(), f);
        if (earlier != null && !Merge.sameFigures(earlier.measurement(), f.measurement())) {
            problem(shown, line, f.measurement().subject() + " / "
                    + f.measurement().measure() + " / " + f.measurement().year() + " is "
                    + f.measurement().value().toPlainString() + " here but "
                    + earlier.measurement().value().toPlainString() + " in " + earlier.origin()
                    + "; import one of the two sources (or the corrected one) at a time.");
        }
    }

    private final se.utfall.contract.Language language;

    Imported(se.utfall.contract.Language language) {
        this.language = language;
    }

    /** A note on an entry left out, in the contract's language. */
    void note(String origin, String sv, String en) {
        notes.add(origin + ": " + language.pick(sv, en));
    }

    void problem(String shown, int line, String message) {
        problems.add(new Problem(shown, line, message));
    }

    int problemCount() {
        return problems.size();
    }

    Problems problems() {
        return problems;
    }

    public void throwIfAny() {
        problems.throwIfAny();
    }

    public List<Figure> figures() {
        return List.copyOf(figures.values());
    }

    public List<String> notes() {
        return notes.stream().sorted().toList();
    }

    static BadInput bad(String where, String message) {
        return new BadInput(List.of(new Problem(where, 0, message)));
    }
}
