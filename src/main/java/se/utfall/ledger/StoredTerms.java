package se.utfall.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import se.utfall.authoring.SignedVocabulary;
import se.utfall.engine.PreparedContract;
import se.utfall.library.ClauseLibrary;

/**
 * Terms as the ledger stored them, made ready to settle: the pinned texts are written to a
 * throw-away folder laid out like a contract folder and a clause library, read and compiled there
 * exactly as from the originals (the rule compiler's cache makes identical texts compile once).
 */
final class StoredTerms {
    private static final Map<String, PreparedContract> PREPARED = new ConcurrentHashMap<>();
    /** The clause library as it was signed, for reports that describe the families (explain). */
    private static final Map<String, ClauseLibrary> LIBRARIES = new ConcurrentHashMap<>();

    private StoredTerms() {
    }

    static PreparedContract prepare(Connection c, SourceManifest manifest) throws SQLException {
        PreparedContract ready = PREPARED.get(manifest.hash());
        if (ready != null) {
            return ready;
        }
        Path root = null;
        try {
            root = Files.createTempDirectory("utfall-terms-");
            Path contract = Files.createDirectories(root.resolve("contract"));
            Path library = Files.createDirectories(root.resolve("library"));
            for (SourceFile f : manifest.files().values()) {
                Path target = root.resolve(f.name()).normalize();
                if (!target.startsWith(root)) {
                    throw new SQLException("the ledger names a stored file outside its folder: " + f.name());
                }
                Files.createDirectories(target.getParent());
                byte[] text = Sources.load(c, f.hash());
                if (f.name().startsWith("library/dsl/") && f.name().endsWith(".dsl")) {
                    // A vocabulary signed before slots declared their types still rebuilds its clauses.
                    text = SignedVocabulary.typed(new String(text, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                Files.write(target, text);
            }
            ClauseLibrary signedLibrary = ClauseLibrary.load(library);
            ready = PreparedContract.prepare(contract, signedLibrary);
            LIBRARIES.put(manifest.hash(), signedLibrary);
            PREPARED.put(manifest.hash(), ready);
            return ready;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (root != null) {
                delete(root);
            }
        }
    }

    /** The library the terms were prepared with; {@link #prepare} first. */
    static ClauseLibrary library(SourceManifest manifest) {
        return LIBRARIES.get(manifest.hash());
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A leftover temp folder holds only copies of signed texts.
        }
    }
}
