package se.utfall.cli;

import java.nio.file.Path;
import se.utfall.testing.Folders;

/** A throw-away copy of a bundled contract folder, to break on purpose. */
final class ContractCopy {
    private ContractCopy() {
    }

    static Path of(String name, Path into) {
        return Folders.copy(Path.of("contracts", name), into.resolve(name));
    }

    /** Replaces the first occurrence of a text in a file, failing loudly if it is not there. */
    static void edit(Path file, String from, String to) {
        Folders.edit(file, from, to);
    }

    /** The line number of the first line containing text, failing loudly if there is none. */
    static int lineOf(Path file, String text) {
        return Folders.lineOf(file, text);
    }
}
