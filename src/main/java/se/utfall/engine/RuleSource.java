package se.utfall.engine;

import java.nio.file.Path;

/**
 * One rule text to compile. {@code origin} is the file a person edits (for generated terms
 * declarations, the family.yaml they come from); {@code generated} marks text Utfall wrote;
 * {@code text} is the final DRL (for a .dslr its expansion, for a spreadsheet the DRL generated from
 * it) and {@code lines} maps its lines back to the file.
 */
public record RuleSource(Path origin, String text, boolean generated, SourceLines lines) {

    public RuleSource(Path origin, String text, boolean generated) {
        this(origin, text, generated, SourceLines.SAME);
    }
}
