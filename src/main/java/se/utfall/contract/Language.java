package se.utfall.contract;

import java.util.Locale;

/**
 * The language a contract is written in ({@code language: sv|en} in contract.yaml, Swedish when
 * absent): statements and reasons speak it.
 */
public enum Language {
    SV, EN;

    /** {@code sv} or {@code en} (any case); anything else is refused. */
    public static Language parse(String text) {
        String code = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "sv" -> SV;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language '" + text + "' must be sv or en.");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
