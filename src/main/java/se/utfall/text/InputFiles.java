package se.utfall.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
        return utf8(file, bytes, what);
    }

    /**
     * The text of {@code bytes}, or a message at the line of the first byte that is not UTF-8. A file
     * from Windows is often Windows-1252 ("ANSI", what Excel's "CSV (semikolonavgränsad)" and Notepad's
     * older default save), where å is the single byte 0xE5. It is refused rather than read as
     * Windows-1252: the same bytes are other letters in Mac Roman or the DOS code page (0x8C is å on a
     * Mac, Œ in Windows-1252), so reading it would be a guess, and a subject or clause name decoded
     * wrongly becomes another subject. The message names the byte and what it would be in
     * Windows-1252, so the person sees which letter to look for.
     */
    public static String utf8(Path file, byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return out.flip().toString();
        }
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        int b = bytes[at] & 0xff;
        String windows = new String(new byte[] {(byte) b}, Charset.forName("windows-1252"));
        String letter = windows.equals("\uFFFD") || SafeText.isControl(windows.codePointAt(0)) ? ""
                : " ('" + windows + "' in Windows-1252)";
        return fail(file, line, String.format("is not UTF-8 text: byte 0x%02X%s on this line is not UTF-8. The file is"
                + " probably saved as Windows-1252 (ANSI); save it as UTF-8%s.", b, letter,
                what.contains("measurement") || what.contains("CSV") ? " ('CSV UTF-8 (kommaavgränsad)' in Excel's Save as)"
                        : " (in Notepad: Save as, Encoding UTF-8)"));
    }

    private static String fail(Path file, int line, String message) {
        throw BadInput.of(file, line, message);
    }

    private static BadInput tooLarge(Path file, long limit, String what) {
        return BadInput.of(file, 0, "is larger than " + (limit / (1024 * 1024)) + " MiB, more than any " + what
                + " needs; check that it is the right file, or split it.");
    }
}
