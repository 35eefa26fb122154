package se.utfall.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in hex, and the two ways a row of fields has been turned into bytes to hash: the first
 * ledgers joined fields with a separator byte (kept only to verify what they wrote), every newer row
 * frames each field with its length.
 */
final class Hashes {
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Hashes() {
    }

    static String of(byte[] bytes) {
        MessageDigest sha = SHA.get();
        sha.reset();
        return HexFormat.of().formatHex(sha.digest(bytes));
    }

    /**
     * The first ledgers' encoding: each field followed by the byte 0x1f. Ambiguous, because a field
     * may itself contain 0x1f: ("a\u001fb", "c") and ("a", "b\u001fc") give the same bytes. Used only
     * to verify rows written that way (hash scheme 1); nothing new is written with it.
     */
    static String separated(Object... fields) {
        MessageDigest sha = SHA.get();
        sha.reset();
        for (Object f : fields) {
            sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * An unambiguous encoding: each field as its UTF-8 length in four bytes (big-endian) and then
     * the bytes, so no content of one field can move the boundary to the next.
     */
    static byte[] framed(Object... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (Object f : fields) {
            byte[] b = String.valueOf(f).getBytes(StandardCharsets.UTF_8);
            out.write(b.length >>> 24);
            out.write(b.length >>> 16);
            out.write(b.length >>> 8);
            out.write(b.length);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    /**
     * The SHA-256 of {@link #framed}{@code (fields)}, the same bytes fed to the digest as they are
     * encoded instead of first gathered into one array and copied: every row of a run is sealed this
     * way, so the copy was paid per row.
     */
    static String ofFramed(Object... fields) {
        MessageDigest sha = SHA.get();
        sha.reset();
        byte[] length = new byte[4];
        for (Object f : fields) {
            byte[] b = String.valueOf(f).getBytes(StandardCharsets.UTF_8);
            length[0] = (byte) (b.length >>> 24);
            length[1] = (byte) (b.length >>> 16);
            length[2] = (byte) (b.length >>> 8);
            length[3] = (byte) b.length;
            sha.update(length);
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String shortly(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12);
    }
}
