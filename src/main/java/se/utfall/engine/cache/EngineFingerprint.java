package se.utfall.engine.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
            Map<String, SortedMap<String, byte[]>> classes = classes(CHECKER_FOLDER, FACTS_FOLDER);
            for (var checkerClass : classes.get(CHECKER_FOLDER).entrySet()) {
                update(sha, checkerClass.getKey());
                sha.update(checkerClass.getValue());
            }
            update(sha, "drools " + codeSourceName(KieServices.class) + " " + se.utfall.ledger.EngineVersion.drools());
            update(sha, "java " + Runtime.version().feature());
            for (var factClass : classes.get(FACTS_FOLDER).entrySet()) {
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

    /**
     * The bytes of the classes directly in some of Utfall's folders, by folder and name, from
     * target/classes or from inside a jar. A jar is read with java.util.jar, which shares the open
     * file and its parsed index with the class loader that already reads the same jar; a zip file
     * system would parse the whole index of the runnable jar (some 30 000 entries) again, which
     * took a sixth of a cold settle's time.
     */
    private static Map<String, SortedMap<String, byte[]>> classes(String... folderNames)
            throws IOException, URISyntaxException {
        Path root = Path.of(Line.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, SortedMap<String, byte[]>> result = new HashMap<>();
        for (String folderName : folderNames) {
            result.put(folderName, new TreeMap<>());
        }
        if (Files.isDirectory(root)) {
            for (String folderName : folderNames) {
                try (Stream<Path> files = Files.list(root.resolve(folderName))) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (f.getFileName().toString().endsWith(".class")) {
                            result.get(folderName).put(f.getFileName().toString(), Files.readAllBytes(f));
                        }
                    }
                }
            }
            return result;
        }
        try (JarFile jar = new JarFile(root.toFile(), false)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                if (!name.endsWith(".class") || slash < 0 || !name.startsWith("se/utfall/")) {
                    continue;
                }
                SortedMap<String, byte[]> folder = result.get(name.substring(0, slash + 1));
                if (folder != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        folder.put(name.substring(slash + 1), in.readAllBytes());
                    }
                }
            }
        }
        return result;
    }
}
