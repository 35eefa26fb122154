package se.utfall.engine.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled rule sets on disk, one file per rule-set hash. A file is written to a temp file in the
 * same folder and renamed into place, so a reader sees either no entry or a whole one, whatever runs
 * at the same time or crashes. Each entry starts with a header naming its key and the SHA-256 of its
 * payload; an entry whose header or checksum does not match is treated as missing, never trusted.
 *
 * <p>Default folder: {@code $UTFALL_CACHE_DIR}, else {@code $XDG_CACHE_HOME/utfall}, else
 * {@code ~/.cache/utfall}. {@code UTFALL_CACHE=off} turns the cache off.
 */
public final class RulesDiskCache {
    private static final String MAGIC = "utfall-compiled-rules 1";
    private final Path folder;

    public RulesDiskCache(Path folder) {
        this.folder = folder;
    }

    /** The cache the environment asks for, or empty when it is turned off. */
    public static Optional<RulesDiskCache> fromEnvironment(Map<String, String> env) {
        if ("off".equalsIgnoreCase(env.getOrDefault("UTFALL_CACHE", ""))) {
            return Optional.empty();
        }
        String dir = env.get("UTFALL_CACHE_DIR");
        if (dir != null && !dir.isBlank()) {
            return Optional.of(new RulesDiskCache(Path.of(dir)));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new RulesDiskCache(base.resolve("utfall")));
    }

    public Path folder() {
        return folder;
    }

    public Path entry(String key) {
        return folder.resolve(key + ".rules");
    }

    /** The payload stored under key, if there is a whole, matching entry. */
    public Optional<byte[]> read(String key) {
        Path file = entry(key);
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        int newline = indexOf(all, (byte) '\n');
        if (newline < 0) {
            return Optional.empty();
        }
        String[] header = new String(all, 0, newline, StandardCharsets.UTF_8).split(" ");
        byte[] payload = Arrays.copyOfRange(all, newline + 1, all.length);
        boolean whole = header.length == 4 && (header[0] + " " + header[1]).equals(MAGIC) && header[2].equals(key)
                && header[3].equals(sha256(payload));
        return whole ? Optional.of(payload) : Optional.empty();
    }

    /**
     * Stores payload under key. A failure to write is not an error for the user: the rules were
     * compiled anyway, and the next run compiles them again.
     */
    public boolean write(String key, byte[] payload) {
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, key.substring(0, Math.min(16, key.length())) + "-", ".tmp");
            byte[] header = (MAGIC + " " + key + " " + sha256(payload) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap(header));
                out.write(java.nio.ByteBuffer.wrap(payload));
                out.force(true);
            }
            try {
                Files.move(tmp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry(key), StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temp file is harmless: it never has the entry's name
                }
            }
            return false;
        }
    }

    /** Removes an entry that turned out to be unusable, so the next run does not try it again. */
    public void discard(String key) {
        try {
            Files.deleteIfExists(entry(key));
        } catch (IOException ignored) {
            // it is rewritten after the rebuild anyway
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < Math.min(bytes.length, 512); i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
