package se.utfall.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
    private final Map<String, ClauseFamily> families;
    private final Map<String, NavigableMap<String, ClauseFamily>> versions;

    private ClauseLibrary(Path root, Map<String, ClauseFamily> families,
                          Map<String, NavigableMap<String, ClauseFamily>> versions) {
        this.root = root;
        this.families = families;
        this.versions = versions;
    }

    public static ClauseLibrary load(Path root) {
        if (!Files.isDirectory(root)) {
            throw BadInput.of(root, 0, "the clause library folder does not exist; pass --library DIR.");
        }
        Map<String, ClauseFamily> families = new TreeMap<>();
        Map<String, NavigableMap<String, ClauseFamily>> versions = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(folder.resolve(FamilyLoader.DEFINITION))) {
                    ClauseFamily family = FamilyLoader.load(folder);
                    families.put(family.id(), family);
                    versions.put(family.id(), versionsOf(family));
                }
            }
        } catch (IOException e) {
            throw BadInput.of(root, 0, "cannot be listed: " + e.getMessage());
        }
        return new ClauseLibrary(root, families, versions);
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

    /** Each family's current version, by id. */
    public Map<String, ClauseFamily> families() {
        return families;
    }

    /** The current version of a family, or null. */
    public ClauseFamily family(String id) {
        return families.get(id);
    }

    /** A family at a version (null = the current one), or null when there is no such version. */
    public ClauseFamily family(String id, String version) {
        if (version == null) {
            return family(id);
        }
        NavigableMap<String, ClauseFamily> all = versions.get(id);
        return all == null ? null : all.get(version);
    }

    /** Every version of a family, oldest first; empty when there is no such family. */
    public List<ClauseFamily> versions(String id) {
        NavigableMap<String, ClauseFamily> all = versions.get(id);
        return all == null ? List.of() : List.copyOf(all.values());
    }
}
