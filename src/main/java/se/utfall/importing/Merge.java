package se.utfall.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.utfall.facts.Measurement;
import se.utfall.ledger.UsedFigures;

/**
 * What an import would do to the contract's measurements: each imported figure is new (no row for
 * its subject, measure and year), unchanged (the row holds the same figures), changed (the row
 * differs, and no recorded run used it) or a correction (a recorded run used a different figure:
 * money was decided on it). Figures are compared by value, respondents and response rate; a source
 * or verifier written otherwise does not make a figure new.
 */
public final class Merge {
    public enum Kind { NEW, CHANGED, CORRECTION, UNCHANGED }

    /**
     * One imported figure and what it meets: {@code row} the file's row (null when new), {@code used} the
     * figure the latest run that used it read (null when none did), {@code merged} the row to write.
     */
    public record Change(Kind kind, Figure figure, Measurement row, UsedFigures.Used used, Measurement merged) {
    }

    private Merge() {
    }

    public static List<Change> of(List<Measurement> file, List<Figure> imported, Map<String, UsedFigures.Used> used) {
        Map<String, Measurement> rows = new TreeMap<>();
        for (Measurement m : file) {
            rows.put(UsedFigures.key(m.year(), m.subject(), m.measure()), m);
        }
        List<Change> changes = new ArrayList<>();
        for (Figure f : imported) {
            Measurement m = f.measurement();
            String key = UsedFigures.key(m.year(), m.subject(), m.measure());
            Measurement row = rows.get(key);
            UsedFigures.Used u = used.get(key);
            Measurement merged = merged(m, row);
            Kind kind;
            if (row == null) {
                kind = u != null && !sameAsUsed(merged, u) ? Kind.CORRECTION : Kind.NEW;
            } else if (sameFigures(row, merged)) {
                kind = Kind.UNCHANGED;
            } else {
                kind = u != null && !sameAsUsed(merged, u) ? Kind.CORRECTION : Kind.CHANGED;
            }
            changes.add(new Change(kind, f, row, u, merged));
        }
        changes.sort(Comparator.comparing((Change c) -> c.kind().ordinal())
                .thenComparingInt(c -> c.merged().year()).thenComparing(c -> c.merged().measure())
                .thenComparing(c -> c.merged().subject()));
        return List.copyOf(changes);
    }

    /**
     * The row to write: the imported figures, with respondents and response rate kept from the file's
     * row where the source gives none (Kolada publishes the share only); the verifier the mapping names,
     * else the row's own while its figures stay the same.
     */
    private static Measurement merged(Measurement m, Measurement row) {
        if (row == null) {
            return m;
        }
        Integer respondents = m.respondents() != null ? m.respondents() : row.respondents();
        BigDecimal rate = m.responseRate() != null ? m.responseRate() : row.responseRate();
        Measurement candidate = new Measurement(m.subject(), m.measure(), m.year(), m.value(), respondents, rate,
                m.source(), m.verifiedBy());
        String verifiedBy = !m.verifiedBy().isEmpty() ? m.verifiedBy()
                : sameFigures(row, candidate) ? row.verifiedBy() : "";
        String source = sameFigures(row, candidate) ? row.source() : m.source();
        return new Measurement(m.subject(), m.measure(), m.year(), m.value(), respondents, rate, source, verifiedBy);
    }

    static boolean sameFigures(Measurement a, Measurement b) {
        return a.value().compareTo(b.value()) == 0 && Objects.equals(a.respondents(), b.respondents())
                && same(a.responseRate(), b.responseRate());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static boolean sameAsUsed(Measurement m, UsedFigures.Used u) {
        return m.value().compareTo(u.value()) == 0
                && (m.respondents() == null ? "" : m.respondents().toString()).equals(u.respondents())
                && same(m.responseRate(), u.responseRate().isEmpty() ? null : new BigDecimal(u.responseRate()));
    }
}
