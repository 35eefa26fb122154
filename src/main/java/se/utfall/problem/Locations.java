package se.utfall.problem;

import java.nio.file.Path;

/** Paths as a person typed them: relative to the working directory where possible. */
public final class Locations {
    private Locations() {
    }

    public static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }
}
