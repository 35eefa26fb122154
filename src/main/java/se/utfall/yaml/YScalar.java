package se.utfall.yaml;

import java.nio.file.Path;

/** A single value as written. {@code isNull} is true for an empty value or {@code null}/{@code ~}. */
public record YScalar(Path file, int line, String text, boolean quoted, boolean isNull) implements YNode {
    @Override
    public String kind() {
        return isNull ? "an empty value" : "'" + text + "'";
    }
}
