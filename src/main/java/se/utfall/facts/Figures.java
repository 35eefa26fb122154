package se.utfall.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Swedish number formatting for explanations: "1 360 000", "85,5", "−780 000". */
public final class Figures {
    private Figures() {
    }

    public static String format(Object value) {
        if (value instanceof BigDecimal d) {
            return decimal(d);
        }
        if (value instanceof Integer || value instanceof Long) {
            return decimal(new BigDecimal(value.toString()));
        }
        return String.valueOf(value);
    }

    /** A level in the measure's unit: "85 %", "12,5 personer". */
    public static String level(BigDecimal value, String unit) {
        return withUnit(value, unit, false);
    }

    /** A change in the measure's unit; a change of a percentage is in percentage points. */
    public static String change(BigDecimal value, String unit) {
        return withUnit(value, unit, true);
    }

    private static String withUnit(BigDecimal value, String unit, boolean change) {
        if (unit == null || unit.isBlank()) {
            return decimal(value);
        }
        boolean one = value.abs().compareTo(BigDecimal.ONE) == 0;
        if ("%".equals(unit.strip())) {
            return decimal(value) + (change ? (one ? " procentenhet" : " procentenheter") : " %");
        }
        // "1 personer" is not Swedish, and units are written in the plural: leave it out after one.
        return one ? decimal(value) : decimal(value) + " " + unit.strip();
    }

    /** A figure in English: "1,360,000", "85.5", "−780,000". */
    public static String english(BigDecimal value) {
        String sv = decimal(value);
        StringBuilder en = new StringBuilder(sv.length());
        for (char c : sv.toCharArray()) {
            en.append(c == ' ' ? ',' : c == ',' ? '.' : c);
        }
        return en.toString();
    }

    /** A level in English: "85.5%", "12 bed days". */
    public static String levelEnglish(BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            return english(value);
        }
        return "%".equals(unit.strip()) ? english(value) + "%" : english(value) + " " + unit.strip();
    }

    /** A change in English; a change of a percentage is in percentage points. */
    public static String changeEnglish(BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            return english(value);
        }
        if ("%".equals(unit.strip())) {
            return english(value) + (value.abs().compareTo(BigDecimal.ONE) == 0 ? " percentage point"
                    : " percentage points");
        }
        return english(value) + " " + unit.strip();
    }

    public static String decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0, RoundingMode.UNNECESSARY);
        }
        if (v.scale() > 4) {
            v = v.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (v.signum() < 0 ? "−" : "") + grouped + fraction;
    }
}
