package se.utfall.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as a person writes it in a figure or a parameter: digits, an optional minus sign and
 * decimal point, nothing else. {@code new BigDecimal} would also take {@code 1e999999999} or
 * {@code 1E-2}; an exponent hides a typo and an absurd scale makes later arithmetic or printing
 * run out of memory, so both are refused here, where the line is still known.
 *
 * @param maxIntegerDigits digits allowed before the point
 * @param maxDecimals      digits allowed after it
 */
public record PlainNumber(int maxIntegerDigits, int maxDecimals) {
    /** Measurement figures: at most 12 digits before the point and 6 after. */
    public static final PlainNumber FIGURE = new PlainNumber(12, 6);
    /** Numbers in contract, family and scenario YAML: at most 15 digits before the point and 10 after. */
    public static final PlainNumber YAML = new PlainNumber(15, 10);

    private static final Pattern SHAPE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?[0-9]*\\.?[0-9]*[eE][-+]?[0-9]+");

    /** Thrown with what is wrong and what to write instead, for the caller to put at its line. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }

    /** The value of {@code raw} (already trimmed), or {@link Refused} saying what to write instead. */
    public BigDecimal parse(String raw) {
        if (!SHAPE.matcher(raw).matches()) {
            if (EXPONENT.matcher(raw).matches()) {
                throw new Refused("'" + SafeText.line(shorten(raw))
                        + "' is written with an exponent; write the number out in digits, e.g. 1000 or 0.01");
            }
            String hint = raw.contains(",") ? "; use a point for decimals (85.5) and no thousands separators"
                    : raw.endsWith("%") ? "; leave out the % sign"
                    : raw.contains(" ") ? "; write it without spaces (5000000)"
                    : raw.startsWith("+") ? "; leave out the + sign"
                    : raw.startsWith(".") || raw.endsWith(".") ? "; write a digit on both sides of the point (0.5)"
                    : "; write digits with an optional minus sign and decimal point (85.5)";
            throw new Refused("'" + SafeText.line(shorten(raw)) + "' is not a number" + hint);
        }
        int point = raw.indexOf('.');
        String integer = (point < 0 ? raw : raw.substring(0, point)).replaceFirst("^-?0*", "");
        int decimals = point < 0 ? 0 : raw.length() - point - 1;
        if (integer.length() > maxIntegerDigits) {
            throw new Refused("'" + shorten(raw) + "' has " + integer.length() + " digits before the point, more than the "
                    + maxIntegerDigits + " allowed here; check the value");
        }
        if (decimals > maxDecimals) {
            throw new Refused("'" + shorten(raw) + "' has " + decimals + " decimals, more than the " + maxDecimals
                    + " allowed; round it to at most " + maxDecimals);
        }
        return new BigDecimal(raw);
    }

    private static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 37) + "...";
    }
}
