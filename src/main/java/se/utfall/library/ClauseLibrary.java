package se.utfall.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.utfall.problem.BadInput;

/** The clause families under a rules/ folder, one folder each. */
public final class ClauseLibrary {
    private final Path root;
    private final Map<String, ClauseFamily> families;

    private ClauseLibrary(Path root, Map<String, ClauseFamily> families) {
        this.root = root;
        this.families = families;
    }

    public static ClauseLibrary load(Path root) {
        if (!Files.isDirectory(root)) {
            throw BadInput.of(root, 0, "the clause library folder does not exist; pass --library DIR.");
        }
        Map<String, ClauseFamily> families = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(folder.resolve(FamilyLoader.DEFINITION))) {
                    ClauseFamily family = FamilyLoader.load(folder);
                    families.put(family.id(), family);
                }
            }
        } catch (IOException e) {
            throw BadInput.of(root, 0, "cannot be listed: " + e.getMessage());
        }
        return new ClauseLibrary(root, families);
    }

    public Path root() {
        return root;
    }

    public Map<String, ClauseFamily> families() {
        return families;
    }

    public ClauseFamily family(String id) {
        return families.get(id);
    }
}
