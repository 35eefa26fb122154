package se.utfall.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;

/**
 * The ledger's secret key, kept outside the database (a file, or an environment variable). With it
 * every row and run is sealed with HMAC-SHA256: whoever can write to the database but does not hold
 * the key can change rows but cannot make their seals match again.
 */
public final class LedgerKey {
    public static final String ENVIRONMENT = "UTFALL_LEDGER_KEY";
    public static final String FILE_ENVIRONMENT = "UTFALL_LEDGER_KEY_FILE";
    /** Shorter keys can be guessed; 16 bytes is 128 bits when they are random. */
    static final int MINIMUM_BYTES = 16;
    private static final String HOW = "make one with: head -c 32 /dev/urandom | base64 > ledger.key (keep it outside"
            + " the database, and a copy somewhere safe)";

    private final byte[] secret;
    private final String id;

    private LedgerKey(byte[] secret) {
        this.secret = secret;
        this.id = mac(Hashes.framed("utfall ledger key id"));
    }

    /** The key from --key-file, else $UTFALL_LEDGER_KEY_FILE, else $UTFALL_LEDGER_KEY; null when none is given. */
    public static LedgerKey find(Path keyFile) {
        if (keyFile != null) {
            return fromFile(keyFile, "--key-file");
        }
        String file = System.getenv(FILE_ENVIRONMENT);
        if (file != null && !file.isBlank()) {
            return fromFile(Path.of(file.strip()), "$" + FILE_ENVIRONMENT);
        }
        String text = System.getenv(ENVIRONMENT);
        if (text != null && !text.isEmpty()) {
            return of(text.getBytes(StandardCharsets.UTF_8), "$" + ENVIRONMENT);
        }
        return null;
    }

    static LedgerKey fromFile(Path file, String from) {
        if (!Files.isRegularFile(file)) {
            throw BadInput.of(file, 0, "(the ledger key, from " + from + ") is not a file; give the file that holds"
                    + " the key, or " + HOW + ".");
        }
        try {
            if (Files.size(file) > 4096) {
                throw BadInput.of(file, 0, "(the ledger key) is longer than 4096 bytes; a key is 16–4096 bytes.");
            }
            return of(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw BadInput.of(file, 0, "(the ledger key) cannot be read: " + e.getMessage());
        }
    }

    /** A key from its bytes; trailing whitespace (the newline an editor adds) is not part of it. */
    static LedgerKey of(byte[] bytes, String from) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '
                || bytes[end - 1] == '\t')) {
            end--;
        }
        if (end < MINIMUM_BYTES) {
            throw new BadInput(List.of(new Problem(from, 0, "the ledger key is " + end + " bytes; it must be at least "
                    + MINIMUM_BYTES + " (" + HOW + ").")));
        }
        return new LedgerKey(Arrays.copyOf(bytes, end));
    }

    /** HMAC-SHA256 of the bytes, in hex. */
    String mac(byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names the key without revealing it: an HMAC of a constant, stored in a keyed ledger. */
    public String id() {
        return id;
    }

    /** What a command that needs the key says when none was given. */
    static Problem needed(String ledger) {
        return new Problem(ledger, 0, "keyed ledger: its rows are sealed with a secret key, so it can only be verified"
                + " and written with that key; give the key with --key-file FILE (or $" + FILE_ENVIRONMENT + " or $"
                + ENVIRONMENT + ").");
    }
}
