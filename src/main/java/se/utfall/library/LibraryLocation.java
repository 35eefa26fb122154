package se.utfall.library;

import java.nio.file.Path;

/** Where the clause library is when the user names none: rules/ beside the launcher. */
public final class LibraryLocation {
    private LibraryLocation() {
    }

    public static Path defaultRoot() {
        String home = System.getProperty("utfall.home");
        return home != null ? Path.of(home, "rules") : Path.of("rules");
    }
}
