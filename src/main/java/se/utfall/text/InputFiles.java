package se.utfall.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.utfall.problem.BadInput;

/**
 * Reads a text file a person gave, refusing what is not one: a folder, a device such as
 * {@code /dev/zero}, a named pipe, or a link to any of these would make a plain read hang or fill
 * memory; a file larger than the limit is refused before it is read. Reading stops at the limit
 * even if the file grows meanwhile.
 */
public final class InputFiles {
    /** Generous for any measurement or contract file (a portfolio's CSV of 100 000 rows is about 10 MiB). */
    public static final long MEASUREMENTS_LIMIT = 64L * 1024 * 1024;
    /** Contract, family and scenario YAML is written by hand. */
    public static final long YAML_LIMIT = 8L * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * The file's text, UTF-8.
     *
     * @param what what the file is, for messages ("measurement file")
     * @param hint what to do when it is not there (", pass --measurements FILE")
     */
    public static String read(Path file, long limit, String what, String hint) {
        if (!Files.exists(file)) {
            throw BadInput.of(file, 0, what + " not found" + hint + ".");
        }
        if (Files.isDirectory(file)) {
            throw BadInput.of(file, 0, "is a folder, not a " + what + hint + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw BadInput.of(file, 0, "is not a regular file (a device, a pipe, or a link to one); give a "
                    + what + " that is a plain file.");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > limit) {
                throw tooLarge(file, limit, what);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
        } catch (NoSuchFileException e) {
            throw BadInput.of(file, 0, what + " not found" + hint + ".");
        } catch (AccessDeniedException e) {
            throw BadInput.of(file, 0, "cannot be read: permission denied.");
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be read: " + SafeText.line(String.valueOf(e.getMessage())) + ".");
        }
        if (bytes.length > limit) {
            throw tooLarge(file, limit, what);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw BadInput.of(file, 0, "is not UTF-8 text; save it as UTF-8" + (what.contains("measurement")
                    ? " (CSV UTF-8 in Excel)." : "."));
        }
    }

    private static BadInput tooLarge(Path file, long limit, String what) {
        return BadInput.of(file, 0, "is larger than " + (limit / (1024 * 1024)) + " MiB, more than any " + what
                + " needs; check that it is the right file, or split it.");
    }
}
