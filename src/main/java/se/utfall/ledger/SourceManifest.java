package se.utfall.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import se.utfall.contract.Contract;
import se.utfall.authoring.AuthoredRules;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;

/**
 * The files a contract's terms consist of, each with its hash: contract.yaml, the contract's
 * sentence files and the spreadsheets its table parameters are read from, for every clause family it uses the family's definition and rule files, and any
 * other file the compiled rules were made from (the vocabulary a .dslr names, a pinned release).
 * README files, tests and measurements are not terms and are left out.
 */
public record SourceManifest(Map<String, SourceFile> files, String hash) {
    /** File endings Drools reads rules from (see DROOLS_NOTES), and the YAML that carries terms. */
    private static final List<String> TERMS_ENDINGS = List.of(".drl", ".dslr", ".dsl", ".rdslr", ".drl.csv",
            ".drl.xls", ".drl.xlsx", "family.yaml", Contract.FILE);

    /** Hashes of files by path, size and modification time: unchanged files are not hashed again. */
    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(long size, long modified, String hash) {
    }

    /**
     * What the contracts of one portfolio run share: the library's files, listed, looked up and hashed
     * once for the run instead of once per contract. A contract's own files are hashed for each
     * contract as ever. Whatever a library file held when it was hashed here is what the run pins, and
     * a signing stores its text only after reading it again and finding that hash (see
     * {@link Signatures#record}), so a file changed during the run is refused, never pinned unseen.
     */
    static final class Shared {
        private final Map<Path, String> hashes = new ConcurrentHashMap<>();
        private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
        private final Map<List<String>, java.util.Optional<ClauseFamily>> versions = new ConcurrentHashMap<>();

        String hash(Path p) {
            return hashes.computeIfAbsent(p, SourceManifest::hashOf);
        }

        List<Path> familyFiles(Path folder) {
            return listings.computeIfAbsent(folder, SourceManifest::familyFiles);
        }

        ClauseFamily family(ClauseLibrary library, String id, String version) {
            return versions.computeIfAbsent(java.util.Arrays.asList(id, version),
                    k -> java.util.Optional.ofNullable(library.family(id, version))).orElse(null);
        }
    }

    public static SourceManifest of(Contract contract, ClauseLibrary library) {
        return of(contract, library, null);
    }

    /** As {@link #of(Contract, ClauseLibrary)}, the library's files taken from {@code shared} when given. */
    static SourceManifest of(Contract contract, ClauseLibrary library, Shared shared) {
        Map<String, SourceFile> files = new TreeMap<>();
        for (Path p : termsFiles(contract.folder())) {
            add(files, SourceFile.CONTRACT + p.getFileName(), p, null);
        }
        // A spreadsheet a table parameter is read from (a price list) is as much a term as contract.yaml.
        for (Path p : contract.dataFiles()) {
            add(files, SourceFile.CONTRACT + p.getFileName(), p, null);
        }
        contract.clauses().stream().map(c -> c.family()).filter(f -> f != null).distinct().sorted().forEach(id -> {
            ClauseFamily family = library.family(id);
            String prefix = SourceFile.LIBRARY + family.folder().getFileName() + "/";
            for (Path p : shared != null ? shared.familyFiles(family.folder()) : familyFiles(family.folder())) {
                add(files, prefix + p.getFileName(), p, shared);
            }
        });
        // Whatever else the rules are made from, named by where it lies in the library: the vocabulary
        // a .dslr names (a changed vocabulary is a changed clause) and a pinned release's frozen files.
        // Resolved here rather than taken from the compiled rules, which may be shared with an
        // identical contract elsewhere and so name that one's files.
        Path libraryRoot = library.root().toAbsolutePath().normalize();
        List<Path> more = new ArrayList<>();
        contract.ruleFiles().forEach(f -> more.addAll(AuthoredRules.uses(f, library)));
        contract.clauses().stream().filter(c -> c.family() != null).map(c -> shared != null
                        ? shared.family(library, c.family(), c.version()) : library.family(c.family(), c.version()))
                .filter(f -> f != null && f.released()).distinct().forEach(f -> {
                    more.add(f.definitionFile());
                    more.addAll(f.ruleFiles());
                });
        for (Path p : more) {
            Path at = p.toAbsolutePath().normalize();
            if (!at.startsWith(libraryRoot)) {
                throw new IllegalStateException(p + " is not in the clause library " + libraryRoot);
            }
            add(files, SourceFile.LIBRARY + slashed(libraryRoot.relativize(at)), p, shared);
        }
        return of(files);
    }

    private static void add(Map<String, SourceFile> files, String name, Path p, Shared shared) {
        if (!plain(name)) {
            // The manifest joins name and hash with 0x1f and entries with a newline: a name holding
            // either could make two different lists of files hash alike.
            throw BadInput.of(p, 0, "has a control character in its name; rename the file (letters, digits, '.',"
                    + " '-', '_').");
        }
        files.computeIfAbsent(name, n -> new SourceFile(n, shared != null ? shared.hash(p) : hashOf(p), p));
    }

    /** Whether a pinned file's name holds no control character, so the manifest's encoding stays unambiguous. */
    static boolean plain(String name) {
        return name.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f);
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    static SourceManifest of(Map<String, SourceFile> files) {
        StringBuilder all = new StringBuilder();
        files.values().forEach(f -> all.append(f.name()).append('\u001f').append(f.hash()).append('\n'));
        return new SourceManifest(new LinkedHashMap<>(files),
                Hashes.of(all.toString().getBytes(StandardCharsets.UTF_8)));
    }

    public String contractHash() {
        SourceFile f = files.get(SourceFile.CONTRACT + Contract.FILE);
        return f == null ? "" : f.hash();
    }

    /** What differs from an earlier manifest, file by file, in words. */
    public List<String> changesSince(SourceManifest earlier) {
        List<String> changes = new ArrayList<>();
        for (SourceFile now : files.values()) {
            SourceFile then = earlier.files.get(now.name());
            if (then == null) {
                changes.add(shown(now) + " is new");
            } else if (!then.hash().equals(now.hash())) {
                changes.add(shown(now) + " has changed (sha256 " + Hashes.shortly(then.hash()) + "… → "
                        + Hashes.shortly(now.hash()) + "…)");
            }
        }
        for (SourceFile then : earlier.files.values()) {
            if (!files.containsKey(then.name())) {
                changes.add(then.name() + " is gone");
            }
        }
        return changes;
    }

    private static String shown(SourceFile f) {
        return f.path() != null ? Locations.display(f.path()) : f.name();
    }

    /** A family folder's listing, kept while the folder is unchanged: a portfolio lists it per contract. */
    private static final Map<Path, Listing> LISTINGS = new ConcurrentHashMap<>();

    private record Listing(long modified, List<Path> files) {
    }

    private static List<Path> familyFiles(Path folder) {
        try {
            Path key = folder.toAbsolutePath().normalize();
            long modified = Files.getLastModifiedTime(key).to(TimeUnit.NANOSECONDS);
            Listing l = LISTINGS.get(key);
            if (l == null || l.modified() != modified) {
                l = new Listing(modified, termsFiles(folder));
                LISTINGS.put(key, l);
            }
            return l.files();
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static List<Path> termsFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> TERMS_ENDINGS.stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot be listed: " + e.getMessage());
        }
    }

    static String hashOf(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            Path key = p.toAbsolutePath().normalize();
            Cached c = CACHE.get(key);
            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (c != null && c.size() == a.size() && c.modified() == modified) {
                return c.hash();
            }
            String hash = Hashes.of(Files.readAllBytes(p));
            CACHE.put(key, new Cached(a.size(), modified, hash));
            return hash;
        } catch (IOException e) {
            throw BadInput.of(p, 0, "cannot be read: " + e.getMessage());
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw BadInput.of(p, 0, "cannot be read: " + e.getMessage());
        }
    }
}
