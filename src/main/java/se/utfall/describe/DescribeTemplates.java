package se.utfall.describe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.utfall.library.Parameter;
import se.utfall.problem.BadInput;
import se.utfall.library.ParameterType;
import se.utfall.problem.Suggestions;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;

/**
 * A family's {@code describe:} section: one sentence template per language, or, with
 * {@code variant: <choice parameter>}, one per language and choice. Every slot is checked against
 * the family's parameters when family.yaml is read, so a misspelt placeholder is an error at its
 * line, not a gap in a legal document.
 */
public record DescribeTemplates(String variant, Map<String, Map<String, Template>> byLanguage) {
    public static final List<String> LANGUAGES = List.of("sv", "en");

    /** Words every template may use besides the family's parameters. */
    public static final Set<String> PARTY_WORDS = Set.of("payer", "payee", "period");
    /** Words about the direction of the clause's measure: they need a measure parameter. */
    public static final Set<String> DIRECTION_WORDS = Set.of("atLeast", "atMost", "better", "worse");

    private static final Set<String> NUMBER_FILTERS = Set.of("level", "change");
    private static final Set<String> MEASURE_FILTERS = Set.of("unit");
    private static final Set<ParameterType> LEVEL_TYPES = Set.of(ParameterType.DECIMAL, ParameterType.PERCENT,
            ParameterType.INTEGER);
    /** Key used when the family has no variants. */
    static final String ONLY = "";

    /** The template for a language and the clause's parameter values. */
    public Template template(String lang, Map<String, Object> parameters) {
        Map<String, Template> forLang = byLanguage.get(lang);
        return forLang.get(variant == null ? ONLY : String.valueOf(parameters.get(variant)));
    }

    public static DescribeTemplates parse(YNode node, Map<String, Parameter> parameters) {
        YMap map = YRead.map(node, "describe");
        YRead.onlyKeys(map, Set.of("variant", "sv", "en"), "describe");
        String variant = null;
        List<String> choices = List.of(ONLY);
        if (map.has("variant")) {
            variant = YRead.text(map.get("variant"), "describe variant");
            Parameter p = parameters.get(variant);
            if (p == null || p.type() != ParameterType.CHOICE) {
                throw YRead.fail(map.get("variant"), "describe variant '" + variant + "' must name a choice parameter"
                        + " of this family." + Suggestions.hint(variant, choiceNames(parameters)));
            }
            choices = p.choices();
        }
        Map<String, Map<String, Template>> byLanguage = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            YNode text = YRead.required(map, lang, "describe");
            Map<String, Template> templates = new LinkedHashMap<>();
            if (variant == null) {
                templates.put(ONLY, template(text, parameters, "describe " + lang));
            } else {
                YMap byChoice = YRead.map(text, "describe " + lang + " (one template per " + variant + ": "
                        + String.join(", ", choices) + ")");
                YRead.onlyKeys(byChoice, choices, "describe " + lang);
                for (String choice : choices) {
                    YNode t = YRead.required(byChoice, choice, "describe " + lang + " (one template per " + variant
                            + ")");
                    templates.put(choice, template(t, parameters, "describe " + lang + " " + choice));
                }
            }
            byLanguage.put(lang, Map.copyOf(templates));
        }
        return new DescribeTemplates(variant, Map.copyOf(byLanguage));
    }

    private static Template template(YNode node, Map<String, Parameter> parameters, String where) {
        String text = YRead.text(node, where);
        Template t;
        try {
            t = TemplateSyntax.parse(text.strip());
        } catch (TemplateSyntax.SyntaxError e) {
            throw fail(node, e.token(), where + ": " + e.getMessage());
        }
        check(t, parameters, null, node, where);
        return t;
    }

    /** Every slot must name a parameter (or, in a row template, a column) or a built-in word. */
    private static void check(Template t, Map<String, Parameter> parameters, Parameter table, YNode node,
                              String where) {
        // A safeguard without a measure of its own speaks in the unit of the clauses it guards.
        boolean hasMeasure = parameters.values().stream()
                .anyMatch(p -> p.type() == ParameterType.MEASURE || p.type() == ParameterType.CLAUSES);
        for (Template.Slot slot : t.slots()) {
            String at = "{" + slot.name();
            Parameter p = table != null && table.columns().containsKey(slot.name())
                    ? table.columns().get(slot.name()) : parameters.get(slot.name());
            if (p == null) {
                if (PARTY_WORDS.contains(slot.name()) || DIRECTION_WORDS.contains(slot.name()) && hasMeasure) {
                    if (slot.filter() != null || slot.rows() != null) {
                        throw fail(node, at, where + ": {" + slot.name() + "} is a built-in word and takes no"
                                + " filter or row template.");
                    }
                    continue;
                }
                if (DIRECTION_WORDS.contains(slot.name())) {
                    throw fail(node, at, where + ": {" + slot.name() + "} follows the direction of the clause's"
                            + " measure, and this family has no parameter of type measure or clauses.");
                }
                TreeSet<String> known = new TreeSet<>(parameters.keySet());
                if (table != null) {
                    known.addAll(table.columns().keySet());
                }
                known.addAll(PARTY_WORDS);
                if (hasMeasure) {
                    known.addAll(DIRECTION_WORDS);
                }
                throw fail(node, at, where + ": unknown placeholder {" + slot.name() + "}; use a parameter"
                        + (table != null ? " or a column of " + table.name() : "") + " of this family or a built-in"
                        + " word." + Suggestions.hint(slot.name(), known));
            }
            if (slot.filter() != null) {
                // Levels and changes are figures in the measure's unit; amounts and years never are.
                Set<String> allowed = p.type() == ParameterType.MEASURE ? MEASURE_FILTERS
                        : LEVEL_TYPES.contains(p.type()) ? NUMBER_FILTERS : Set.of();
                if (!allowed.contains(slot.filter())) {
                    throw fail(node, at, where + ": {" + slot.name() + ":" + slot.filter() + "}: a parameter of type "
                            + p.type().word() + " takes " + (allowed.isEmpty() ? "no filter"
                            : "the filter " + String.join(" or ", new TreeSet<>(allowed))) + ".");
                }
                if (NUMBER_FILTERS.contains(slot.filter()) && !hasMeasure) {
                    throw fail(node, at, where + ": {" + slot.name() + ":" + slot.filter() + "} is written in the"
                            + " unit of the clause's measure, and this family has no parameter of type measure or"
                            + " clauses.");
                }
            }
            if (slot.rows() != null) {
                if (p.type() != ParameterType.TABLE) {
                    throw fail(node, at, where + ": {" + slot.name() + "|...} gives a row template, but "
                            + slot.name() + " is of type " + p.type().word() + ", not a table.");
                }
                check(slot.rows(), parameters, p, node, where + " {" + slot.name() + "|...}");
            }
        }
    }

    /**
     * An error at the line of the template where the offending piece is written: a template in a
     * block (">-") spans several lines, and the YAML node knows only where it starts.
     */
    private static BadInput fail(YNode node, String token, String message) {
        int line = node.line();
        if (token != null) {
            try {
                List<String> lines = Files.readAllLines(node.file(), StandardCharsets.UTF_8);
                for (int i = node.line() - 1; i < lines.size() && i < node.line() + 40; i++) {
                    if (lines.get(i).contains(token)) {
                        line = i + 1;
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                line = node.line(); // the template's first line is still right enough
            }
        }
        return BadInput.of(node.file(), line, message);
    }

    private static Set<String> choiceNames(Map<String, Parameter> parameters) {
        TreeSet<String> names = new TreeSet<>();
        parameters.values().stream().filter(p -> p.type() == ParameterType.CHOICE).forEach(p -> names.add(p.name()));
        return names;
    }

}
