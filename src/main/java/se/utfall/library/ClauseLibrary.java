package se.utfall.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.utfall.problem.BadInput;

/**
 * The clause families under a rules/ folder, one folder each. {@code rules/<id>/} is a family's
 * current version; {@code rules/<id>/released/<version>/} holds a frozen copy (family.yaml and rule
 * files) of each earlier release, so a contract signed on an older version settles exactly as it
 * did until it is amended.
 */
public final class ClauseLibrary {
    private final Path root;
    /** The family folders, by id (a family's id is its folder's name); each is read when first asked for. */
    private final Map<String, Path> folders;
    private final Map<String, NavigableMap<String, ClauseFamily>> versions = new ConcurrentHashMap<>();

    private ClauseLibrary(Path root, Map<String, Path> folders) {
        this.root = root;
        this.folders = folders;
    }

    /**
     * Lists the families under root. A family is read (and checked) when it is first used, so settling
     * a contract reads only the families it uses: the library grows, a single settle does not slow down.
     */
    public static ClauseLibrary load(Path root) {
        if (!Files.isDirectory(root)) {
            throw BadInput.of(root, 0, "the clause library folder does not exist; pass --library DIR.");
        }
        Map<String, Path> folders = new TreeMap<>();
        try (Stream<Path> list = Files.list(root)) {
            for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(folder.resolve(FamilyLoader.DEFINITION))) {
                    folders.put(folder.getFileName().toString(), folder);
                }
            }
        } catch (IOException e) {
            throw BadInput.of(root, 0, "cannot be listed: " + e.getMessage());
        }
        return new ClauseLibrary(root, Collections.unmodifiableMap(folders));
    }

    private NavigableMap<String, ClauseFamily> read(String id) {
        Path folder = folders.get(id);
        if (folder == null) {
            return null;
        }
        // not computeIfAbsent: reading a family may fail with BadInput, and nothing is cached then
        NavigableMap<String, ClauseFamily> all = versions.get(id);
        if (all == null) {
            all = versionsOf(FamilyLoader.load(folder));
            NavigableMap<String, ClauseFamily> raced = versions.putIfAbsent(id, all);
            all = raced != null ? raced : all;
        }
        return all;
    }

    /** The current version and every released one, newest last. */
    public static NavigableMap<String, ClauseFamily> versionsOf(ClauseFamily current) {
        NavigableMap<String, ClauseFamily> all = new TreeMap<>(Versions.ORDER);
        Path released = current.folder().resolve(FamilyLoader.RELEASED);
        if (Files.isDirectory(released)) {
            try (Stream<Path> folders = Files.list(released)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    ClauseFamily old = FamilyLoader.loadReleased(folder, current.id());
                    if (Versions.ORDER.compare(old.version(), current.version()) >= 0) {
                        throw BadInput.of(current.definitionFile(), 0, "version " + current.version()
                                + " must be newer than the released " + old.version() + " in "
                                + FamilyLoader.RELEASED + "/; raise 'version:' when you change a released family.");
                    }
                    all.put(old.version(), old);
                }
            } catch (IOException e) {
                throw BadInput.of(released, 0, "cannot be listed: " + e.getMessage());
            }
        }
        all.put(current.version(), current);
        return Collections.unmodifiableNavigableMap(all);
    }

    public Path root() {
        return root;
    }

    /** Each family's current version, by id (reads every family). */
    public Map<String, ClauseFamily> families() {
        Map<String, ClauseFamily> all = new TreeMap<>();
        for (String id : folders.keySet()) {
            all.put(id, family(id));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The ids of the families, without reading them. */
    public Set<String> ids() {
        return folders.keySet();
    }

    /** The current version of a family, or null. */
    public ClauseFamily family(String id) {
        NavigableMap<String, ClauseFamily> all = read(id);
        return all == null ? null : all.lastEntry().getValue();
    }

    /** A family at a version (null = the current one), or null when there is no such version. */
    public ClauseFamily family(String id, String version) {
        if (version == null) {
            return family(id);
        }
        NavigableMap<String, ClauseFamily> all = read(id);
        return all == null ? null : all.get(version);
    }

    /** Every version of a family, oldest first; empty when there is no such family. */
    public List<ClauseFamily> versions(String id) {
        NavigableMap<String, ClauseFamily> all = read(id);
        return all == null ? List.of() : List.copyOf(all.values());
    }
}
