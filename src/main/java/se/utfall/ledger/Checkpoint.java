package se.utfall.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.utfall.problem.BadInput;

/**
 * A file outside the database to which every settle appends the head of the chain it made:
 * {@code run <id> <seal> <contract>}, one line per run. Whoever can rewrite the database cannot
 * rewrite this file too unless they can reach it as well: keep it elsewhere (another machine, a
 * log that is shipped off, a write-once store). verify-ledger --checkpoint then finds a deleted
 * last run (its recorded seal is gone) and a resealed chain (the recorded seals differ).
 */
public final class Checkpoint {
    public static final String ENVIRONMENT = "UTFALL_LEDGER_CHECKPOINT";

    /** The heads a checkpoint file recorded, by run. */
    public record Entries(Map<Long, String> heads, List<String> conflicts) {
    }

    private final Path file;

    private Checkpoint(Path file) {
        this.file = file;
    }

    /** The checkpoint from --checkpoint, else $UTFALL_LEDGER_CHECKPOINT; null when none is given. */
    public static Checkpoint find(Path given) {
        if (given != null) {
            return new Checkpoint(given);
        }
        String env = System.getenv(ENVIRONMENT);
        return env == null || env.isBlank() ? null : new Checkpoint(Path.of(env.strip()));
    }

    public Path file() {
        return file;
    }

    /** Appends the head a committed run made; the file is locked so concurrent settles never interleave. */
    public void append(Ledger ledger, long runId) {
        String line = ledger.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT row_hash, contract_id FROM runs WHERE id = ?")) {
                s.setLong(1, runId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? "run " + runId + " " + r.getString(1) + " " + r.getString(2) + "\n" : null;
                }
            }
        });
        if (line == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw BadInput.of(file, 0, "(the checkpoint) cannot be written: its folder does not exist; create it or"
                    + " give another --checkpoint path.");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); FileLock ignored = ch.lock()) {
            ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw BadInput.of(file, 0, "(the checkpoint) cannot be written: " + e.getMessage() + "; run " + runId
                    + " is committed, so add its line yourself: " + line.strip());
        }
    }

    /** Reads the recorded heads; a line that is not a head is an error at its line. */
    public Entries read() {
        if (!Files.isRegularFile(file)) {
            throw BadInput.of(file, 0, "(the checkpoint) does not exist or is not a file; give the file settle"
                    + " --checkpoint appended to.");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInput.of(file, 0, "(the checkpoint) cannot be read: " + e.getMessage());
        }
        Map<Long, String> heads = new TreeMap<>();
        List<String> conflicts = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split(" ");
            if (parts.length < 3 || !parts[0].equals("run") || !parts[1].matches("[0-9]{1,18}")
                    || !parts[2].matches("[0-9a-f]{64}")) {
                throw BadInput.of(file, i + 1, "is not a checkpoint line; write \"run <id> <64 hex digits>"
                        + " [contract]\" as settle --checkpoint does.");
            }
            String before = heads.put(Long.parseLong(parts[1]), parts[2]);
            if (before != null && !before.equals(parts[2])) {
                // The same run twice with two seals: the first was deleted and another written in its place.
                heads.put(Long.parseLong(parts[1]), before);
                conflicts.add("the checkpoint records run " + parts[1] + " twice, sealed " + Hashes.shortly(before)
                        + "… and later " + Hashes.shortly(parts[2]) + "… (line " + (i + 1) + "): the first run "
                        + parts[1] + " was deleted and another written in its place.");
            }
        }
        return new Entries(heads, List.copyOf(conflicts));
    }
}
