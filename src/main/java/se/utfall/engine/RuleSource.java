package se.utfall.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * One rule text to compile. {@code origin} is the file a person edits (for generated terms
 * declarations, the family.yaml they come from); {@code generated} marks text Utfall wrote;
 * {@code text} is the final DRL (for a .dslr its expansion, for a spreadsheet the DRL generated from
 * it) and {@code lines} maps its lines back to the file; {@code uses} lists the other files it
 * depends on, so that whatever pins a contract's files pins those too.
 */
public record RuleSource(Path origin, String text, boolean generated, SourceLines lines, List<Path> uses) {

    /** {@code uses}: the other files the text was made from, e.g. the vocabulary a .dslr is expanded against. */
    public RuleSource {
        uses = List.copyOf(uses);
    }

    public RuleSource(Path origin, String text, boolean generated, SourceLines lines) {
        this(origin, text, generated, lines, List.of());
    }

    public RuleSource(Path origin, String text, boolean generated) {
        this(origin, text, generated, SourceLines.SAME);
    }
}
