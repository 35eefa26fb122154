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
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder words = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        int last = 0;
        int index = 0;
        while (m.find()) {
            words.append(template, last, m.start()).append(m.group(1));
            numbers.append(template, last, m.start());
            numbers.append(index < figures.length ? format.apply(figures[index]) : "?");
            index++;
            last = m.end();
        }
        if (index != figures.length) {
            throw new IllegalArgumentException("working '" + template + "' has " + index
                    + " placeholders but " + figures.length + " figures were given");
        }
        words.append(template.substring(last));
        numbers.append(template.substring(last));
        return new Working(words.toString(), numbers.toString());
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
