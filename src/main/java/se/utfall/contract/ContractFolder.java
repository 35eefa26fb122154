package se.utfall.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;

/**
 * A contract folder holds data and sentences, never code. A contract folder may come from anyone
 * (a supplier, a consultant, an e-mail), so executable rule code lives only in the clause library,
 * where it is reviewed, versioned and pinned by signing. Any file Drools or the JVM would treat as
 * code is refused here, by its name, before contract.yaml or any other file is parsed: nothing from
 * it ever reaches a parser or the rule compiler.
 */
public final class ContractFolder {
    /**
     * Endings of files that are code to Drools or Java: DRL and its decision tables, rule templates,
     * DSL definitions, guided rules, flows and models Drools can build, Java sources and classes.
     * Longest first, so a message names the most specific kind.
     */
    static final List<String> CODE = List.of(".drl.xlsx", ".drl.xls", ".drl.csv", ".rdslr", ".rdrl", ".xdrl",
            ".drl", ".dsl", ".drt", ".gdst", ".scgd", ".bpmn2", ".bpmn", ".dmn", ".pmml", ".mvel", ".java",
            ".class", ".jar", ".rf");

    private ContractFolder() {
    }

    /** Refuses every file of the folder whose name marks it as code, each at its line 1. */
    public static void refuseCode(Path folder) {
        Problems problems = new Problems();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String kind = codeKind(p);
                if (kind != null) {
                    problems.add(p, 1, message(kind));
                }
            }
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot be listed: " + e.getMessage());
        }
        problems.throwIfAny();
    }

    /** The code ending of a file name, or null when the file is not code. */
    static String codeKind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return CODE.stream().filter(name::endsWith).findFirst().orElse(null);
    }

    private static String message(String kind) {
        String where = "a contract folder holds data and sentences, not code (a " + kind
                + " file is code that would run with the settlement's rights). ";
        return switch (kind) {
            case ".drl.csv", ".drl.xlsx", ".drl.xls" -> where + "A price list or tier table is data: name it without"
                    + " .drl (e.g. prislista.csv) and give it to the family's table parameter in contract.yaml,"
                    + " as in parameters: { tiers: { file: prislista.xlsx, sheet: Steg } } (see the README, Tables in"
                    + " spreadsheets); rules for it belong in a clause family in rules/ (see rules/README.md).";
            case ".dsl" -> where + "Vocabularies live in the library's rules/dsl/; a contract's .dslr names one there"
                    + " with 'expander utfall-sv.dsl'.";
            default -> where + "Write the clause as sentences from the vocabulary in a .dslr file, or use a clause"
                    + " family from rules/ (./utfall clauses lists them); new rule code belongs in a family in rules/,"
                    + " where it is reviewed and versioned (see rules/README.md).";
        };
    }
}
