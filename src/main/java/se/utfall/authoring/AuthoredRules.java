package se.utfall.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.utfall.text.InputFiles;

/**
 * A contract's own clauses: sentences in the contract's words (.dslr), expanded against a
 * vocabulary in the library's dsl/ folder. That is the only kind of rule a contract folder may
 * hold; code (.drl, decision tables, …) belongs in a family in the library and is refused before
 * anything is read (see se.utfall.contract.ContractFolder). Each .dslr becomes one
 * {@link RuleSource} whose text is the DRL that is compiled (and checked).
 */
public final class AuthoredRules {
    /** The library folder that holds the vocabularies (rules/dsl). */
    public static final String VOCABULARIES = "dsl";

    /** The ending of a contract's sentence files. */
    public static final String SENTENCES = ".dslr";

    private AuthoredRules() {
    }

    /** The sentence files (.dslr) of a contract folder, sorted. */
    public static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(AuthoredRules::isSentences).sorted().toList();
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot be listed: " + e.getMessage());
        }
    }

    static boolean isSentences(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SENTENCES);
    }

    /** The DRL a contract's .dslr expands to. */
    public static RuleSource read(Path file, Contract contract, ClauseLibrary library) {
        if (!isSentences(file)) {
            throw BadInput.of(file, 1, "is not a file of sentences (.dslr); a contract's own clauses are sentences"
                    + " from the vocabulary in rules/dsl.");
        }
        DslrExpander.Expansion e = DslrExpander.expand(file, text(file), context(contract, library));
        return new RuleSource(file, e.text(), false, SourceLines.SAME, List.of(e.vocabulary().file()));
    }

    /**
     * The library files a contract's own rule file is made from besides itself: for a .dslr the
     * vocabulary it names (when the library has it; a missing one is reported when the file is read).
     * What signing pins along with the file, since a changed vocabulary changes the clause.
     */
    public static List<Path> uses(Path file, ClauseLibrary library) {
        if (!isSentences(file)) {
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

    /** The file's text: UTF-8 (a byte order mark is dropped when it is expanded), refused at its line if not. */
    static String text(Path file) {
        return InputFiles.read(file, InputFiles.YAML_LIMIT, "sentence file (.dslr)", "");
    }
}
