package se.utfall.engine;

import java.nio.file.Path;

/**
 * One rule text to compile. {@code origin} is the file a person edits (for generated terms
 * declarations, the family.yaml they come from); {@code generated} marks text Utfall wrote.
 */
public record RuleSource(Path origin, String text, boolean generated) {
}
