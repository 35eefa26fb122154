package se.utfall.report.document;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.utfall.contract.Clause;
import se.utfall.library.Bilingual;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.Parameter;
import se.utfall.yaml.YList;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YamlReader;

/**
 * What a decision document draws for a clause of a family, as the family declares it in
 * {@code rules/<family>/chart.yaml}: which parameter names the measure it reads, which parameters
 * are levels drawn across that measure's chart (a threshold, a baseline), whether a unit's best
 * earlier value is drawn (a high-water mark), and which parameters are caps and over what (a year,
 * a unit and year, the period) and which clauses' payouts they hold. Presentation only: the file is
 * not a term of any contract, is not pinned by a signing, and holds for every version of the family.
 * A family without the file is reported without lines on its measure's chart.
 */
public record ChartSpec(String measure, List<Level> levels, List<Best> best, List<Cap> caps) {
    public static final String FILE = "chart.yaml";
    private static final ChartSpec NONE = new ChartSpec(null, List.of(), List.of(), List.of());

    /** A parameter drawn as a level across the measure's chart, when {@code when} holds. */
    public record Level(String parameter, Bilingual label, Map<String, String> when) {
    }

    /** A unit's best earlier value, starting from parameter {@code from} (may be absent), when {@code when} holds. */
    public record Best(String from, Bilingual label, Map<String, String> when) {
    }

    /**
     * A cap: its parameter, over what it holds (year, subject-year, period), either fixed or taken from
     * parameter {@code perFrom} through {@code perValues}; {@code covers} the parameter listing the
     * clauses it holds (null: the clause itself; the parameter left out: every clause).
     */
    public record Cap(String parameter, Bilingual label, String per, String perFrom, Map<String, String> perValues,
                      String covers) {
    }

    private static final Map<Path, ChartSpec> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The chart declaration of a clause's family, or none (a clause of the contract's own rules has none). */
    public static ChartSpec of(Clause clause, ClauseLibrary library) {
        if (clause.family() == null || library.family(clause.family()) == null) {
            return NONE;
        }
        Path file = library.family(clause.family()).folder().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        return READ.computeIfAbsent(file.toAbsolutePath().normalize(), ChartSpec::read);
    }

    static ChartSpec read(Path file) {
        YMap root = YRead.map(YamlReader.read(file), FILE);
        YRead.onlyKeys(root, List.of("measure", "levels", "best", "caps"), FILE);
        String measure = YRead.optionalText(root, "measure", null, FILE);
        List<Level> levels = new ArrayList<>();
        for (YNode n : items(root, "levels")) {
            YMap m = YRead.map(n, "a level in " + FILE);
            YRead.onlyKeys(m, List.of("parameter", "label", "when"), "a level in " + FILE);
            levels.add(new Level(YRead.text(m, "parameter", "a level"), label(m), when(m)));
        }
        List<Best> best = new ArrayList<>();
        for (YNode n : items(root, "best")) {
            YMap m = YRead.map(n, "a best-so-far mark in " + FILE);
            YRead.onlyKeys(m, List.of("from", "label", "when"), "a best-so-far mark in " + FILE);
            best.add(new Best(YRead.optionalText(m, "from", null, "a mark"), label(m), when(m)));
        }
        List<Cap> caps = new ArrayList<>();
        for (YNode n : items(root, "caps")) {
            YMap m = YRead.map(n, "a cap in " + FILE);
            YRead.onlyKeys(m, List.of("parameter", "label", "per", "covers"), "a cap in " + FILE);
            String per = null;
            String perFrom = null;
            Map<String, String> perValues = new TreeMap<>();
            YNode p = YRead.required(m, "per", "a cap in " + FILE);
            if (p instanceof YMap pm) {
                YRead.onlyKeys(pm, List.of("parameter", "values"), "a cap's per");
                perFrom = YRead.text(pm, "parameter", "a cap's per");
                YMap values = YRead.map(YRead.required(pm, "values", "a cap's per"), "a cap's per values");
                for (String k : values.keys()) {
                    perValues.put(k, YRead.choice(values.get(k), SCOPES, "a cap's per value"));
                }
            } else {
                per = YRead.choice(p, SCOPES, "a cap's per");
            }
            caps.add(new Cap(YRead.text(m, "parameter", "a cap"), label(m), per, perFrom, Map.copyOf(perValues),
                    YRead.optionalText(m, "covers", null, "a cap")));
        }
        return new ChartSpec(measure, List.copyOf(levels), List.copyOf(best), List.copyOf(caps));
    }

    static final Set<String> SCOPES = Set.of("year", "subject-year", "period", "subject-period");

    private static List<YNode> items(YMap root, String key) {
        if (!root.has(key)) {
            return List.of();
        }
        YList l = YRead.list(root.get(key), FILE + " '" + key + "'");
        return l.items();
    }

    private static Bilingual label(YMap m) {
        YMap l = YRead.map(YRead.required(m, "label", FILE), "a label in " + FILE);
        return new Bilingual(YRead.text(l, "sv", "a label"), YRead.text(l, "en", "a label"));
    }

    private static Map<String, String> when(YMap m) {
        if (!m.has("when")) {
            return Map.of();
        }
        YMap w = YRead.map(m.get("when"), "'when' in " + FILE);
        Map<String, String> out = new TreeMap<>();
        for (String k : w.keys()) {
            out.put(k, YRead.text(w.get(k), "'when' " + k));
        }
        return Map.copyOf(out);
    }

    /** A clause's parameter value, or the family's default for it; null when neither is given. */
    static Object value(Clause clause, ClauseLibrary library, String parameter) {
        Object v = clause.parameters().get(parameter);
        if (v != null) {
            return v;
        }
        // The pinned version's default, else the current version's: a parameter added later (with a
        // default that keeps the earlier behaviour) is read as that default.
        for (ClauseFamily f : new ClauseFamily[] {library.family(clause.family(), clause.version()),
                library.family(clause.family())}) {
            Parameter p = f == null ? null : f.parameters().get(parameter);
            if (p != null && p.defaultValue() != null) {
                return p.defaultValue();
            }
        }
        return null;
    }

    static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Number || v instanceof String) {
            try {
                return new BigDecimal(v.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static boolean holds(Map<String, String> when, Clause clause, ClauseLibrary library) {
        return when.entrySet().stream().allMatch(e -> {
            Object v = value(clause, library, e.getKey());
            return v != null && v.toString().equals(e.getValue());
        });
    }

    /** The scope of a cap for this clause: year, subject-year or period (null: the choice is not mapped). */
    static String scope(Cap cap, Clause clause, ClauseLibrary library) {
        if (cap.per() != null) {
            return cap.per();
        }
        Object v = value(clause, library, cap.perFrom());
        return v == null ? null : cap.perValues().get(v.toString());
    }

    /** The clauses a cap holds: itself and those its {@code covers} parameter lists (all when left out). */
    static Set<String> covered(Cap cap, Clause clause, Collection<Clause> all) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        ids.add(clause.id());
        if (cap.covers() == null) {
            return ids;
        }
        Object v = clause.parameters().get(cap.covers());
        if (v instanceof Collection<?> list && !list.isEmpty()) {
            list.forEach(x -> ids.add(String.valueOf(x)));
        } else {
            all.forEach(c -> ids.add(c.id()));
        }
        return ids;
    }
}
