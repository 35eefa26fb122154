package se.utfall.testing;

import java.nio.file.Path;

/**
 * A copy of the clause library with one extra rule file in a family, for tests that need a rule
 * that misbehaves. A contract folder cannot carry code (see ContractFolder), so a bad rule is
 * injected where code lives, in a library given with --library, which the rule checker still checks.
 */
public final class LibraryCopy {
    private LibraryCopy() {
    }

    /** Copies rules/ into {@code into}/rules and returns the library folder. */
    public static Path of(Path into) {
        return Folders.copy(Path.of("rules"), into.resolve("rules"));
    }

    /**
     * Copies rules/ and writes {@code fileName} into the family's folder: the family's package line,
     * then {@code body} (imports and rules) as given. Returns the written file.
     */
    public static Path withRuleFile(Path into, String family, String fileName, String body) {
        Path library = of(into);
        Path file = library.resolve(family).resolve(fileName);
        Folders.write(file, "package utfall.family." + family.replace('-', '_') + ";\n" + body);
        return file;
    }
}
