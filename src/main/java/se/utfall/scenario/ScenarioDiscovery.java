package se.utfall.scenario;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.utfall.problem.BadInput;

/**
 * Finds scenario files (tests/*.yaml) below the folders a person names, within bounds. `utfall test /`
 * used to walk the whole file system (and fail on the first folder it could not read); a scenario is
 * at most a few folders deep below contracts/ or rules/, so the walk is limited in depth and in the
 * number of entries it looks at, skips folders it cannot read and build or version-control folders,
 * and refuses the file system's root outright.
 */
final class ScenarioDiscovery {
    /** contracts/examples-flawed/x/tests/y.yaml is four below contracts/; a portfolio may nest more. */
    static final int MAX_DEPTH = 8;
    /** Far more than any clause library and contract collection holds. */
    static final int MAX_ENTRIES = 50_000;
    private static final Set<String> SKIPPED = Set.of("target", "node_modules");

    private ScenarioDiscovery() {
    }

    static List<Path> under(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw BadInput.of(root, 0, "no such file or folder.");
        }
        Path absolute = root.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw BadInput.of(root, 0, "is the root of the file system; name the folder that holds the contracts or"
                    + " the clause library, e.g. ./utfall test contracts/ rules/.");
        }
        List<Path> found = new ArrayList<>();
        int[] entries = {0};
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new FileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            if (!dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return count();
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isScenario(file)) {
                                found.add(file);
                            }
                            return count();
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;  // a folder we may not read holds no scenario of ours
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }

                        private FileVisitResult count() {
                            if (++entries[0] > MAX_ENTRIES) {
                                throw BadInput.of(root, 0, "holds more than " + MAX_ENTRIES + " files and folders;"
                                        + " scenarios live in tests/ folders of contracts and clause families, so name"
                                        + " the folder that holds them, e.g. ./utfall test contracts/ rules/.");
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw BadInput.of(root, 0, "cannot be read: " + e.getMessage());
        }
        return found;
    }

    private static boolean isScenario(Path p) {
        Path parent = p.getParent();
        String name = p.getFileName().toString();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("tests")
                && (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals("contract.yaml");
    }
}
