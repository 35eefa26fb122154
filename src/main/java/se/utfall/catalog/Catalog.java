package se.utfall.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;

/**
 * The clause library as procurement sees it: every family with its versions and parameters, and
 * where each is used across a folder of contracts. Families come in id order, usages in contract
 * id and clause order, so the same folders give the same catalogue.
 */
public record Catalog(String library, String contractsFolder, int contractCount, List<Entry> families) {

    /** A family: its current version, its earlier released versions (oldest first), and its usages. */
    public record Entry(ClauseFamily current, List<ClauseFamily> released, List<Usage> usages) {
    }

    /** {@code contracts} may be null: the catalogue then lists the library alone. */
    public static Catalog build(ClauseLibrary library, Path contracts) {
        List<Contract> loaded = contracts == null ? List.of() : load(contractFiles(contracts), library);
        Map<String, List<Usage>> usages = new TreeMap<>();
        for (Contract c : loaded) {
            for (Clause clause : c.clauses()) {
                if (clause.family() != null) {
                    usages.computeIfAbsent(clause.family(), k -> new ArrayList<>()).add(new Usage(c.id(),
                            Locations.display(c.file()), clause.line(), clause.id(), clause.order(), clause.version(),
                            clause.versionPinned()));
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (ClauseFamily family : library.families().values()) {
            List<ClauseFamily> versions = library.versions(family.id());
            List<Usage> used = new ArrayList<>(usages.getOrDefault(family.id(), List.of()));
            used.sort(Comparator.comparing(Usage::contract).thenComparing(Usage::file)
                    .thenComparingInt(Usage::clauseOrder));
            entries.add(new Entry(family, versions.subList(0, versions.size() - 1), List.copyOf(used)));
        }
        return new Catalog(Locations.display(library.root()), contracts == null ? null : Locations.display(contracts),
                loaded.size(), List.copyOf(entries));
    }

    /**
     * Every contract.yaml below the folder, except those in tests/ folders (contracts made for a
     * scenario, not signed), in path order.
     */
    static List<Path> contractFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw BadInput.of(folder, 0, "is not a folder of contracts; pass --contracts DIR.");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().equals(Contract.FILE))
                    .filter(p -> !inTests(folder.relativize(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static boolean inTests(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("tests")) {
                return true;
            }
        }
        return false;
    }

    /** Reads every contract; every one that cannot be read is reported, each with its file and line. */
    private static List<Contract> load(List<Path> files, ClauseLibrary library) {
        List<Contract> contracts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                contracts.add(ContractLoader.load(file, library));
            } catch (BadInput bad) {
                problems.addAll(bad.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        return contracts;
    }
}
