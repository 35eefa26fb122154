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
