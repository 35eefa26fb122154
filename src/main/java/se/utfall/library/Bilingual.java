package se.utfall.library;

/** A text in Swedish and English; Swedish is the contract's language and comes first. */
public record Bilingual(String sv, String en) {
    public String in(String lang) {
        return "en".equals(lang) ? en : sv;
    }
}
