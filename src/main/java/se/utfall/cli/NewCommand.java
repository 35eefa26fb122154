package se.utfall.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Suggestions;
import se.utfall.skeleton.ContractSkeleton;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new contract folder: contract.yaml with every key commented, a measurements.csv"
                + " header and tests/ with one example scenario. Each --family adds a clause of that family with its"
                + " parameters (see ./utfall clauses).")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--family", paramLabel = "FAMILY", split = ",",
            description = "A clause family to include as a clause, with its parameters; repeat or separate with commas.")
    List<String> families = new ArrayList<>();

    @Option(names = "--first-year", paramLabel = "YEAR", description = "The first year of the contract period"
            + " (default: next year).")
    Integer firstYear;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The folder to create; it must not exist or be empty.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        ClauseLibrary lib = library.load();
        List<ClauseFamily> chosen = new ArrayList<>();
        for (String id : families) {
            ClauseFamily f = lib.ids().contains(id.strip()) ? lib.family(id.strip()) : null;
            if (f == null) {
                throw BadInput.of(Path.of("--family"), 0, "no clause family '" + id + "' in " + lib.root() + "."
                        + Suggestions.hint(id, lib.ids()));
            }
            chosen.add(f);
        }
        refuseExisting(folder);
        String name = folder.toAbsolutePath().normalize().getFileName() == null ? "avtal"
                : folder.toAbsolutePath().normalize().getFileName().toString();
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        int first = firstYear != null ? firstYear : Year.now().getValue() + 1;
        Map<String, String> files = ContractSkeleton.files(id.isEmpty() ? "nytt-avtal" : id, first, chosen,
                schemaPath(lib.root(), folder));
        for (var e : files.entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + file);
        }
        spec.commandLine().getOut().println("Fill in every FYLL I, then: ./utfall validate " + folder
                + " && ./utfall test " + folder);
        return ExitCodes.OK;
    }

    private static void refuseExisting(Path folder) throws IOException {
        if (Files.isRegularFile(folder)) {
            throw BadInput.of(folder, 0, "is a file; name a new folder for the contract.");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw BadInput.of(folder, 0, "exists and is not empty; name a new folder, so nothing is"
                            + " overwritten.");
                }
            }
        }
    }

    /** The JSON Schema beside the library (schema/contract.schema.json), as a path from the new folder. */
    private static String schemaPath(Path libraryRoot, Path folder) {
        Path schema = libraryRoot.toAbsolutePath().normalize().resolveSibling("schema").resolve("contract.schema.json");
        try {
            return folder.toAbsolutePath().normalize().relativize(schema).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return schema.toUri().toString();
        }
    }
}
