package se.utfall.facts;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an amount was worked out, in words and with the figures filled in:
 * {@code Working.of("{deltagare} × {pris} kr", 20, 68000)} reads "deltagare × pris kr" and
 * "20 × 68 000 kr". The figures are given in the order their placeholders appear.
 */
public record Working(String formula, String withFigures) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public static Working of(String template, Object... figures) {
        return of(Figures::format, template, figures);
    }

    /** As {@link #of(String, Object...)}, with the figures written by {@code format} (the contract's language). */
    public static Working of(java.util.function.Function<Object, String> format, String template, Object... figures) {
        Template t = Template.of(template);
        if (t.names.length != figures.length) {
            throw new IllegalArgumentException("working '" + template + "' has " + t.names.length
                    + " placeholders but " + figures.length + " figures were given");
        }
        StringBuilder numbers = new StringBuilder(template.length() + 16 * figures.length);
        for (int i = 0; i < t.names.length; i++) {
            numbers.append(t.literals[i]).append(format.apply(figures[i]));
        }
        numbers.append(t.literals[t.names.length]);
        return new Working(t.words, numbers.toString());
    }

    /**
     * A template split once at its placeholders ({@code {name}}: a brace, one or more characters that
     * are not braces, a brace; found left to right as {@link #PLACEHOLDER} finds them): the literal
     * text around them, their names and the formula in words. Rules make a working for every line
     * with one of a few templates, and splitting one with a regex each time cost more than filling it.
     */
    private static final class Template {
        /** Enough for every template of every family; a rule that builds templates from data is not cached. */
        private static final int MAX_CACHED = 4096;
        private static final java.util.concurrent.ConcurrentHashMap<String, Template> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        final String[] literals;
        final String[] names;
        final String words;

        private Template(String[] literals, String[] names, String words) {
            this.literals = literals;
            this.names = names;
            this.words = words;
        }

        static Template of(String template) {
            Template t = CACHE.get(template);
            if (t == null) {
                t = split(template);
                if (CACHE.size() < MAX_CACHED) {
                    CACHE.putIfAbsent(template, t);
                }
            }
            return t;
        }

        private static Template split(String template) {
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<String> names = new java.util.ArrayList<>();
            StringBuilder words = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(template);
            int last = 0;
            while (m.find()) {
                literals.add(template.substring(last, m.start()));
                names.add(m.group(1));
                words.append(template, last, m.start()).append(m.group(1));
                last = m.end();
            }
            literals.add(template.substring(last));
            words.append(template.substring(last));
            return new Template(literals.toArray(String[]::new), names.toArray(String[]::new), words.toString());
        }
    }

    /** The whole working as one line: formula = figures = result. */
    public String render(BigDecimal result) {
        return render(result, Figures::format);
    }

    /** As {@link #render(BigDecimal)}, the result written by {@code format} (the contract's language). */
    public String render(BigDecimal result, java.util.function.Function<Object, String> format) {
        String r = format.apply(result);
        if (formula.isEmpty()) {
            return "";
        }
        if (formula.equals(withFigures) || withFigures.equals(r)) {
            return formula + " = " + r;
        }
        return formula + " = " + withFigures + " = " + r;
    }
}
