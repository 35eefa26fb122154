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
            throw notANumber(raw, false);
        }
        return bounded(raw, raw);
    }

    /**
     * The value of a number as a person writes it ({@code 120 000}, {@code 80,5}, {@code 120 000,50},
     * {@code 80.5}; see {@link WrittenNumber}), with the same bounds as {@link #parse}.
     *
     * @param sure the decimal sign this place is sure of
     */
    public BigDecimal parseWritten(String raw, WrittenNumber.DecimalSign sure) {
        String plain = WrittenNumber.plain(raw, sure);
        if (plain == null) {
            throw notANumber(raw.strip(), true);
        }
        return bounded(plain, raw.strip());
    }

    private static Refused notANumber(String raw, boolean written) {
        if (EXPONENT.matcher(raw).matches()) {
            return new Refused("'" + SafeText.line(shorten(raw))
                    + "' is written with an exponent; write the number out in digits, e.g. 1000 or 0.01");
        }
        String hint = raw.endsWith("%") ? "; leave out the % sign"
                : raw.startsWith("+") ? "; leave out the + sign"
                : written ? "; write it like 120 000, 80,5 or 80.5"
                : raw.contains(",") ? "; use a point for decimals (85.5) and no thousands separators"
                : raw.contains(" ") ? "; write it without spaces (5000000)"
                : raw.startsWith(".") || raw.endsWith(".") ? "; write a digit on both sides of the point (0.5)"
                : "; write digits with an optional minus sign and decimal point (85.5)";
        return new Refused("'" + SafeText.line(shorten(raw)) + "' is not a number" + hint);
    }

    /** {@code plain} is digits, an optional minus and point; {@code shown} is what the person wrote. */
    private BigDecimal bounded(String plain, String shown) {
        int point = plain.indexOf('.');
        String integer = leadingZerosOff(point < 0 ? plain : plain.substring(0, point));
        int decimals = point < 0 ? 0 : plain.length() - point - 1;
        if (integer.length() > maxIntegerDigits) {
            throw new Refused("'" + SafeText.line(shorten(shown)) + "' has " + integer.length()
                    + " digits before the point, more than the " + maxIntegerDigits + " allowed here; check the value");
        }
        if (decimals > maxDecimals) {
            throw new Refused("'" + SafeText.line(shorten(shown)) + "' has " + decimals + " decimals, more than the "
                    + maxDecimals + " allowed; round it to at most " + maxDecimals);
        }
        return new BigDecimal(plain);
    }

    /** {@code s} without its minus sign and leading zeros: what {@code replaceFirst("^-?0*", "")} gave, without a regex. */
    private static String leadingZerosOff(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        while (i < s.length() && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    private static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 37) + "...";
    }
}
