package se.utfall.authoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.utfall.contract.Contract;
import se.utfall.engine.RuleSource;
import se.utfall.engine.SourceLines;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;

/**
 * A contract's own rule files, in the forms legal staff and procurement write them: DRL as is
 * (.drl), sentences in the contract's words (.dslr, expanded against a vocabulary in the library's
 * dsl/ folder) and spreadsheets of tier tables and price lists (.drl.csv, .drl.xlsx, .drl.xls).
 * Each becomes one {@link RuleSource} whose text is the DRL that is compiled (and checked).
 */
public final class AuthoredRules {
    /** The library folder that holds the vocabularies (rules/dsl). */
    public static final String VOCABULARIES = "dsl";

    enum Kind {
        DRL(".drl"), DSLR(".dslr"), TABLE_CSV(".drl.csv"), TABLE_XLSX(".drl.xlsx"), TABLE_XLS(".drl.xls");

        final String ending;

        Kind(String ending) {
            this.ending = ending;
        }

        static Kind of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            Kind found = null;
            for (Kind k : values()) {
                if (name.endsWith(k.ending) && (found == null || k.ending.length() > found.ending.length())) {
                    found = k;
                }
            }
            return found;
        }
    }

    private AuthoredRules() {
    }

    /**
     * The rule files of a contract folder, sorted. A spreadsheet that Drools would silently ignore
     * because of its name (rules.xlsx rather than rules.drl.xlsx) is an error, not a clause that never runs.
     */
    public static List<Path> list(Path folder) {
        List<Path> files = new ArrayList<>();
        Problems problems = new Problems();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Kind.of(p) != null) {
                    files.add(p);
                } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                    problems.add(p, 0, "a spreadsheet of rules must be named *.drl.xlsx (or *.drl.xls), or Drools ignores"
                            + " it; rename it to " + withDrl(p) + ", or move it out of the contract folder.");
                } else if (name.endsWith(".csv") && looksLikeDecisionTable(p)) {
                    problems.add(p, 1, "this is a decision table, which must be named *.drl.csv or Drools ignores it;"
                            + " rename it to " + withDrl(p) + ".");
                }
            }
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot be listed: " + e.getMessage());
        }
        problems.throwIfAny();
        return List.copyOf(files);
    }

    private static String withDrl(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + ".drl" + name.substring(dot);
    }

    private static boolean looksLikeDecisionTable(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    return line.strip().replace("\"", "").toLowerCase(Locale.ROOT).startsWith("ruleset");
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The final DRL of one of a contract's own rule files. */
    public static RuleSource read(Path file, Contract contract, ClauseLibrary library) {
        Kind kind = Kind.of(file);
        if (kind == null) {
            throw BadInput.of(file, 0, "is not a rule file (.drl, .dslr, .drl.csv, .drl.xlsx).");
        }
        return switch (kind) {
            case DRL -> new RuleSource(file, text(file), false);
            case DSLR -> {
                DslrExpander.Expansion e = DslrExpander.expand(file, text(file), context(contract, library));
                yield new RuleSource(file, e.text(), false, SourceLines.SAME, List.of(e.vocabulary().file()));
            }
            case TABLE_CSV, TABLE_XLSX, TABLE_XLS -> DecisionTable.compile(file, context(contract, library)).source();
        };
    }

    /**
     * The library files a contract's own rule file is made from besides itself: for a .dslr the
     * vocabulary it names (when the library has it; a missing one is reported when the file is read).
     * What signing pins along with the file, since a changed vocabulary changes the clause.
     */
    public static List<Path> uses(Path file, ClauseLibrary library) {
        if (Kind.of(file) != Kind.DSLR) {
            return List.of();
        }
        return DslrExpander.vocabularyNamed(text(file))
                .flatMap(name -> DslrExpander.vocabularyFile(library.root().resolve(VOCABULARIES), name))
                .stream().toList();
    }

    static DslrExpander.Context context(Contract contract, ClauseLibrary library) {
        Set<String> clauses = new TreeSet<>();
        contract.clauses().forEach(c -> clauses.add(c.id()));
        Set<String> parties = new TreeSet<>();  // as a sentence may name them: id, name, name up to its comma
        contract.parties().values().forEach(p -> {
            parties.add(p.id());
            if (p.name() != null && !p.name().isBlank()) {
                parties.add(p.name().strip());
                parties.add(p.name().split(",")[0].strip());
            }
        });
        return new DslrExpander.Context(packageFor(contract.id()), new TreeSet<>(contract.measures().keySet()), clauses,
                parties, library.root().resolve(VOCABULARIES));
    }

    /** The package a contract's own rules live in: utfall.contract.&lt;id with - as _&gt;. */
    public static String packageFor(String contractId) {
        return "utfall.contract." + contractId.replace('-', '_');
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be read: " + e.getMessage());
        }
    }
}
