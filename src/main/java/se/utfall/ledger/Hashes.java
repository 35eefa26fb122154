package se.utfall.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: of bytes, and of a row of fields (each field ended by a separator). */
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

    /** Fields are separated by a control character no field contains, so ("ab","c") ≠ ("a","bc"). */
    static String ofFields(Object... fields) {
        MessageDigest sha = SHA.get();
        sha.reset();
        for (Object f : fields) {
            sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String shortly(String hash) {
        return hash.substring(0, 12);
    }
}
