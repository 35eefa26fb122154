package se.utfall.contract;

import java.util.Locale;

/**
 * The language a contract speaks: its reasons, workings and statements are written in it.
 * contract.yaml says {@code language: sv} (the default) or {@code language: en}.
 */
public enum Language {
    SV, EN;

    /** "sv" or "en" (any case); anything else is refused with the choices. */
    public static Language parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "sv" -> SV;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language '" + text + "' is not one Utfall speaks;"
                    + " write 'sv' (Swedish, the default) or 'en' (English).");
        };
    }

    /** The code as contract.yaml writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Swedish or the English text, by this language. */
    public String pick(String sv, String en) {
        return this == EN ? en : sv;
    }
}
