package se.utfall.cli;

import picocli.CommandLine.Option;

/** --lang sv|en: the language of words Utfall writes (Swedish first, the contracts' language). */
final class LanguageOption {
    enum Lang { sv, en }

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "sv",
            description = "sv (Swedish, default) or en (English).")
    Lang lang;

    String code() {
        return lang.name();
    }
}
