package se.utfall.describe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * How values read in a sentence, in Swedish or English: "120 000 kr" / "SEK 120,000",
 * "85 %" / "85%", "0,3 procentenheter" / "0.3 percentage points", "§5.1, §5.2 och §6".
 */
public final class Wording {
    /** The singular of measure units written in the plural, for "per person"; others stay as written. */
    private static final Map<String, String> ONE_SV = Map.of("personer", "person", "dagar", "dag", "timmar", "timme",
            "deltagare", "deltagare", "brukare", "brukare", "kronor", "krona", "procent", "procentenhet");
    private static final Map<String, String> ONE_EN = Map.of("personer", "person", "dagar", "day", "timmar", "hour",
            "deltagare", "participant", "brukare", "client", "kronor", "krona", "procent", "percentage point");

    /** Common Swedish measure units in English; others are written as the contract writes them. */
    private static final Map<String, String> MANY_EN = Map.of("personer", "people", "dagar", "days", "timmar", "hours",
            "deltagare", "participants", "brukare", "clients", "kronor", "kronor", "procent", "percent");

    private final boolean en;

    private Wording(boolean en) {
        this.en = en;
    }

    public static Wording of(String lang) {
        return new Wording("en".equals(lang));
    }

    public String lang() {
        return en ? "en" : "sv";
    }

    /** Swedish: space between thousands and a decimal comma; English: commas and a point. */
    public String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0, RoundingMode.UNNECESSARY);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : (en ? "." : ",") + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(en ? ',' : ' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (v.signum() < 0 ? (en ? "-" : "−") : "") + grouped + fraction;
    }

    /** Counts and years: 2026 stays 2026; large counts are grouped. */
    public String integer(long value) {
        return Math.abs(value) < 10_000 ? Long.toString(value) : number(BigDecimal.valueOf(value));
    }

    public String amount(BigDecimal value, String currency) {
        if (en) {
            return currency + " " + number(value);
        }
        return number(value) + ("SEK".equals(currency) ? " kr" : " " + currency);
    }

    public String percent(BigDecimal value) {
        return number(value) + (en ? "%" : " %");
    }

    /** A level in a measure's unit: "80 %", "4,8 %", "16 personer". */
    public String level(BigDecimal value, String unit) {
        if (isPercent(unit)) {
            return percent(value);
        }
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        // Units are written in the plural ("personer"): one of them takes the singular where we know it.
        String one = (en ? ONE_EN : ONE_SV).get(unit.strip().toLowerCase());
        boolean isOne = value.abs().compareTo(BigDecimal.ONE) == 0;
        String many = en ? MANY_EN.getOrDefault(unit.strip().toLowerCase(), unit.strip()) : unit.strip();
        return number(value) + " " + (isOne && one != null ? one : many);
    }

    /** A difference in a measure's unit; a difference of percentages is in percentage points. */
    public String change(BigDecimal value, String unit) {
        if (isPercent(unit)) {
            boolean one = value.abs().compareTo(BigDecimal.ONE) == 0;
            return number(value) + (en ? (one ? " percentage point" : " percentage points")
                    : (one ? " procentenhet" : " procentenheter"));
        }
        return level(value, unit);
    }

    /** One unit of a measure, for "per ...": "procentenhet", "person". */
    public String oneUnit(String unit) {
        if (isPercent(unit)) {
            return en ? "percentage point" : "procentenhet";
        }
        String u = unit == null ? "" : unit.strip();
        String one = (en ? ONE_EN : ONE_SV).get(u.toLowerCase());
        return one != null ? one : u.isEmpty() ? (en ? "unit" : "enhet") : u;
    }

    public String bool(boolean value) {
        return en ? (value ? "yes" : "no") : (value ? "ja" : "nej");
    }

    /** "a", "a och b", "a, b och c". */
    public String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + (en ? " and " : " och ")
                + items.get(items.size() - 1);
    }

    /** The built-in direction words for a measure where higher (or lower) is better. */
    public String direction(String word, boolean higherIsBetter) {
        return switch (word) {
            case "atLeast" -> en ? (higherIsBetter ? "at least" : "at most") : (higherIsBetter ? "minst" : "högst");
            case "atMost" -> en ? (higherIsBetter ? "at most" : "at least") : (higherIsBetter ? "högst" : "minst");
            case "better" -> en ? (higherIsBetter ? "higher" : "lower") : (higherIsBetter ? "högre" : "lägre");
            case "worse" -> en ? (higherIsBetter ? "lower" : "higher") : (higherIsBetter ? "lägre" : "högre");
            default -> throw new IllegalArgumentException(word);
        };
    }

    public String notSet() {
        return en ? "(not set)" : "(ej angivet)";
    }

    private static boolean isPercent(String unit) {
        return unit != null && unit.strip().equals("%");
    }
}
