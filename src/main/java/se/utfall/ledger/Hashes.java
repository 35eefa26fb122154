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
        frame(fields, out::write);
        return out.toByteArray();
    }

    /**
     * The SHA-256 of {@link #framed}{@code (fields)}, the bytes fed to the digest as they are framed
     * instead of first gathered into one array: every row of a run is sealed this way.
     */
    static String ofFramed(Object... fields) {
        MessageDigest sha = SHA.get();
        sha.reset();
        frame(fields, sha::update);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The framed encoding, written once for both: a ledger's hashes depend on every byte of it. */
    private static void frame(Object[] fields, Bytes out) {
        byte[] length = new byte[4];
        for (Object f : fields) {
            byte[] b = String.valueOf(f).getBytes(StandardCharsets.UTF_8);
            length[0] = (byte) (b.length >>> 24);
            length[1] = (byte) (b.length >>> 16);
            length[2] = (byte) (b.length >>> 8);
            length[3] = (byte) b.length;
            out.put(length, 0, length.length);
            out.put(b, 0, b.length);
        }
    }

    /** Where framed bytes go: an array being gathered, or a digest. */
    @FunctionalInterface
    private interface Bytes {
        void put(byte[] bytes, int offset, int length);
    }

    static String shortly(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12);
    }
}
