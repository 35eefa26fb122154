package se.utfall.engine.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import se.utfall.facts.Line;
import se.utfall.rulecheck.RuleChecker;

/**
 * What besides the rule texts decides what compiled rules look like: Utfall's version, the Drools
 * and Java versions, and the exact bytes of the fact classes the rules are compiled against. It is
 * part of every rule set's hash, so a compiled rule set cached on disk by an older build (or for
 * other fact classes) is never mistaken for the current one.
 *
 * <p>A cache hit skips the rule checker (only checked sources are ever compiled), so the checker
 * that passed the sources is part of the fingerprint too: its version and the bytes of its classes.
 * An entry compiled when an older checker let something through is then never loaded.
 */
public final class EngineFingerprint {
    public static final String UTFALL_VERSION = "0.1.0";
    private static final String FACTS_FOLDER = "se/utfall/facts/";
    private static final String CHECKER_FOLDER = "se/utfall/rulecheck/";
    private static volatile String value;

    private EngineFingerprint() {
    }

    public static String value() {
        String v = value;
        if (v == null) {
            v = compute("checker " + RuleChecker.VERSION);
            value = v;
        }
        return v;
    }

    /** The fingerprint with the given checker version (the current classes' bytes always count). */
    static String compute(String checker) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "utfall " + UTFALL_VERSION);
            update(sha, checker);
            for (var checkerClass : classes(CHECKER_FOLDER).entrySet()) {
                update(sha, checkerClass.getKey());
                sha.update(checkerClass.getValue());
            }
            update(sha, "drools " + codeSourceName(KieServices.class) + " " + se.utfall.ledger.EngineVersion.drools());
            update(sha, "java " + Runtime.version().feature());
            for (var factClass : classes(FACTS_FOLDER).entrySet()) {
                update(sha, factClass.getKey());
                sha.update(factClass.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot fingerprint the engine: " + e, e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String codeSourceName(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null ? "?" : Path.of(source.getLocation().getPath()).getFileName().toString();
    }

    /** The bytes of the classes in one of Utfall's folders by name, from target/classes or from inside a jar. */
    private static SortedMap<String, byte[]> classes(String folderName) throws IOException, URISyntaxException {
        Path root = Path.of(Line.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        SortedMap<String, byte[]> result = new TreeMap<>();
        try (FileSystem jar = Files.isDirectory(root) ? null : FileSystems.newFileSystem(root)) {
            Path folder = jar == null ? root.resolve(folderName) : jar.getPath(folderName);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.getFileName().toString().endsWith(".class")) {
                        result.put(f.getFileName().toString(), Files.readAllBytes(f));
                    }
                }
            }
        }
        return result;
    }
}
