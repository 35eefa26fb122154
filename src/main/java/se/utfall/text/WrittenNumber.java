package se.utfall.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a contract, a spreadsheet or a person writes it, in Swedish or English: {@code 120 000},
 * {@code 80,5}, {@code 120 000,50}, {@code 80.5}. Digits may be grouped by threes with a space (or the
 * no-break spaces Excel writes); the decimal sign is a comma or a point. One rule for every place a
 * figure is written by hand: .dslr sentences, contract.yaml parameters, spreadsheet cells and
 * measurement files.
 *
 * <p>One form is ambiguous: a single separator followed by exactly three digits, after one to three
 * digits ({@code 1,000}, {@code 50.000}, {@code 2,125}) is a thousand-fold figure to one reader and a
 * decimal to another, and a figure that pays must not be a guess. Where the place fixes the decimal
 * sign ({@link DecimalSign#POINT} in YAML, where 80.5 has always meant eighty and a half, and in a
 * comma-separated file; {@link DecimalSign#COMMA} in a file Swedish Excel saved with semicolons) only
 * the other sign is ambiguous there. {@code 0,125} is never ambiguous (nobody groups a leading zero).
 */
public final class WrittenNumber {
    /** Which decimal sign a place is sure of. */
    public enum DecimalSign {
        /** Either sign may be meant (a sentence in a .dslr). */
        EITHER,
        /** A comma is the decimal sign (a CSV from Swedish Excel, separated by semicolons). */
        COMMA,
        /** A point is the decimal sign (YAML, an English CSV). */
        POINT
    }

    private static final Pattern WRITTEN = Pattern.compile("(-?)(\\d{1,3}(?: \\d{3})+|\\d+)(?:([,.])(\\d+))?");

    private WrittenNumber() {
    }

    /**
     * The plain form ({@code -120000.50}) of a written number; {@code null} when the text does not have
     * a number's shape at all (the caller says what to write); {@link PlainNumber.Refused} when it is
     * ambiguous, saying both readings and how to write each.
     */
    public static String plain(String raw, DecimalSign sure) {
        int point = undecoratedPoint(raw);
        if (point == NOT_UNDECORATED) {
            return byPattern(raw, sure);
        }
        if (point < 0) {
            return raw;
        }
        // The pattern's reading of the same text, without running it: a file of measurements is mostly
        // figures like 2026 or 85.3, and matching each against the pattern was most of reading them.
        String sign = raw.charAt(0) == '-' ? "-" : "";
        String whole = raw.substring(sign.length(), point);
        String fraction = raw.substring(point + 1);
        if (isAmbiguous(whole, raw.charAt(point), fraction, sure)) {
            throw new PlainNumber.Refused(ambiguity(raw, sign + whole, fraction, sure));
        }
        return sign + whole + "." + fraction;
    }

    private static final int NOT_UNDECORATED = -2;

    /**
     * Where the decimal sign of {@code raw} is (-1: none) when it is written as an optional minus,
     * digits, and optionally one point or comma and digits, with no spaces anywhere; otherwise
     * {@link #NOT_UNDECORATED}, for the pattern to read.
     */
    private static int undecoratedPoint(String raw) {
        int n = raw.length();
        int i = n > 0 && raw.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (i < n && isDigit(raw.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return NOT_UNDECORATED;
        }
        if (i == n) {
            return -1;
        }
        int point = i;
        if (raw.charAt(point) != '.' && raw.charAt(point) != ',') {
            return NOT_UNDECORATED;
        }
        i++;
        if (i == n) {
            return NOT_UNDECORATED;
        }
        while (i < n && isDigit(raw.charAt(i))) {
            i++;
        }
        return i == n ? point : NOT_UNDECORATED;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The general reading: grouped digits, odd spaces and minus signs. */
    static String byPattern(String raw, DecimalSign sure) {
        String spaced = raw.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-');
        Matcher m = WRITTEN.matcher(spaced);
        if (!m.matches()) {
            return null;
        }
        String sign = m.group(1);
        String grouped = m.group(2);
        String whole = grouped.replace(" ", "");
        String separator = m.group(3);
        String fraction = m.group(4);
        if (fraction != null && isAmbiguous(grouped, separator.charAt(0), fraction, sure)) {
            throw new PlainNumber.Refused(ambiguity(raw.strip(), sign + whole, fraction, sure));
        }
        return sign + whole + (fraction == null ? "" : "." + fraction);
    }

    private static boolean isAmbiguous(String grouped, char separator, String fraction, DecimalSign sure) {
        boolean sureOfIt = sure == DecimalSign.COMMA && separator == ',' || sure == DecimalSign.POINT && separator == '.';
        return !sureOfIt && fraction.length() == 3 && !grouped.contains(" ") && grouped.length() <= 3
                && grouped.charAt(0) != '0';
    }

    private static String ambiguity(String shown, String whole, String fraction, DecimalSign sure) {
        String decimal;
        if (sure == DecimalSign.POINT || sure == DecimalSign.COMMA) {
            decimal = whole + (sure == DecimalSign.POINT ? "." : ",") + fraction;
        } else {
            String significant = fraction.replaceAll("0+$", "");
            decimal = significant.isEmpty() ? whole : whole + "," + (significant.length() == 3 ? fraction + "0" : significant);
        }
        return "'" + SafeText.line(shown) + "' can be read both as " + whole + " and as " + whole + " " + fraction
                + "; write " + whole + " " + fraction + " for thousands, or " + decimal + " for the decimal";
    }
}
