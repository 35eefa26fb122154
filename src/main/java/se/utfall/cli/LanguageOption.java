package se.utfall.cli;

import picocli.CommandLine.Option;

/** --lang sv|en: the language of words Utfall writes (Swedish first, the contracts' language). */
final class LanguageOption {
    enum Lang { sv, en }

    @Option(names = "--lang", paramLabel = "LANG",
            description = "sv (Swedish) or en (English); default: the contract's language, else sv.")
    Lang lang;

    String code() {
        return lang == null ? "sv" : lang.name();
    }

    /** The language asked for, or {@code fallback} (the contract's own) when none was. */
    String codeOr(String fallback) {
        return lang == null ? fallback : lang.name();
    }
}
