package se.utfall.ledger;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;

/**
 * Which folders under a portfolio folder a yearly run settles. A folder with a contract.yaml is a
 * contract, except under a {@code tests/} folder (scenario fixtures) or a folder left out with
 * --exclude. Only contracts already signed in the ledger are settled: an unsigned one (a draft
 * dropped in, an example never meant to be paid) is listed with the command that signs it, unless
 * the run is told to sign new contracts. Two folders with one contract id are refused before
 * anything is written: the ledger would take them for one contract changed.
 */
public final class PortfolioSelection {
    /** Folder names never searched: a contract's scenario fixtures live there. */
    static final String TESTS = "tests";

    /** A contract folder that is not signed, and so not settled. */
    public record Unsigned(Path folder, String contract) {
    }

    /** The folders to settle (sorted) and the unsigned ones left out. */
    public record Selection(List<Path> settle, List<Unsigned> unsigned) {
    }

    private PortfolioSelection() {
    }

    /**
     * Every contract folder under root, sorted, without tests/ folders (at any depth) and without
     * folders matching an exclude glob (relative to root, '/' between names), nor anything below them.
     * A glob that is malformed or leaves nothing out is refused: a typo must not let a contract in.
     */
    public static List<Path> discover(Path root, List<String> excludes) {
        if (!Files.isDirectory(root)) {
            throw BadInput.of(root, 0, "is not a folder; settle-all takes a folder of contract folders.");
        }
        Map<String, PathMatcher> matchers = new LinkedHashMap<>();
        for (String glob : excludes) {
            try {
                matchers.put(glob, FileSystems.getDefault().getPathMatcher("glob:" + glob.replaceAll("/+$", "")));
            } catch (IllegalArgumentException e) {
                throw BadInput.of(root, 0, "--exclude " + glob + " is not a valid pattern (" + e.getMessage()
                        + "); give a glob relative to the folder, such as examples-flawed/*.");
            }
        }
        Set<String> used = new TreeSet<>();
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName().toString().equals(TESTS)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path relative = root.relativize(dir);
                    boolean excluded = false;
                    for (Map.Entry<String, PathMatcher> m : matchers.entrySet()) {
                        if (m.getValue().matches(relative)) {
                            used.add(m.getKey());
                            excluded = true;
                        }
                    }
                    return excluded ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().equals(Contract.FILE)) {
                        found.add(file.getParent());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw BadInput.of(root, 0, "cannot be listed: " + e.getMessage());
        }
        for (String glob : excludes) {
            if (!used.contains(glob)) {
                throw BadInput.of(root, 0, "--exclude " + glob + " matches no folder under "
                        + Locations.display(root) + "; give a glob relative to it, such as examples-flawed/*"
                        + " (or leave the option out).");
            }
        }
        found.sort(Comparator.comparing(Path::toString));
        return List.copyOf(found);
    }

    /**
     * Splits the folders into those to settle and the unsigned ones left out (none when
     * {@code signNew}). A folder that cannot be read is settled, where it fails with its message.
     * Refuses, naming both folders, two folders that give the same contract id.
     */
    public static Selection select(Ledger ledger, ClauseLibrary library, Path root, List<Path> folders,
                                   boolean signNew) {
        Map<Path, String> ids = new TreeMap<>();
        Map<String, List<Path>> byId = new TreeMap<>();
        for (Path folder : folders) {
            String id;
            try {
                id = ContractLoader.load(folder, library).id();
            } catch (RuntimeException e) {
                continue;
            }
            ids.put(folder, id);
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(folder);
        }
        List<Problem> duplicates = new ArrayList<>();
        byId.forEach((id, where) -> {
            if (where.size() > 1) {
                duplicates.add(new Problem(Locations.display(where.get(1).resolve(Contract.FILE)), 0, "contract id "
                        + id + " is also the id of " + Locations.display(where.get(0)) + (where.size() > 2
                        ? " (and of " + String.join(", ", where.subList(2, where.size()).stream()
                        .map(Locations::display).toList()) + ")" : "") + ": the ledger would take them for one"
                        + " contract changed. Nothing was settled. Give each contract its own id in its "
                        + Contract.FILE + ", or leave one out with --exclude."));
            }
        });
        if (!duplicates.isEmpty()) {
            throw new BadInput(duplicates);
        }
        Set<String> signed = ledger.read(c -> {
            Set<String> all = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT contract_id FROM signatures");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(r.getString(1));
                }
            }
            return all;
        });
        List<Path> settle = new ArrayList<>();
        List<Unsigned> unsigned = new ArrayList<>();
        for (Path folder : folders) {
            String id = ids.get(folder);
            if (id == null || signNew || signed.contains(id)) {
                settle.add(folder);
            } else {
                unsigned.add(new Unsigned(folder, id));
            }
        }
        return new Selection(List.copyOf(settle), List.copyOf(unsigned));
    }

    /** The unsigned contracts, each with the command that signs it. */
    public static String unsignedListing(List<Unsigned> unsigned) {
        if (unsigned.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nNot settled, not signed (" + unsigned.size() + "): review each, then"
                + " sign it, or run settle-all with --sign-new to sign and settle every one\n");
        for (Unsigned u : unsigned) {
            out.append(String.format("  %-36s ./utfall sign %s%n", se.utfall.text.SafeText.line(u.contract()),
                    Locations.display(u.folder())));
        }
        return out.toString();
    }
}
