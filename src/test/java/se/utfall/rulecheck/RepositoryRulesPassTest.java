package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.utfall.engine.RuleSet;
import se.utfall.engine.TermsDeclaration;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Problem;

/** Every rule file the project ships, and the terms type of every family, passes the checker. */
class RepositoryRulesPassTest {

    @Test
    void everyFamilyWithItsGeneratedTermsPasses() throws IOException {
        ClauseLibrary library = ClauseLibrary.load(Path.of("rules"));
        int families = 0;
        for (ClauseFamily family : library.families().values()) {
            RuleSet set = RuleSet.forFamily(family);
            RuleChecker.check(set);
            families++;
            assertEquals(true, set.sources().get(0).generated(), "the generated terms come first");
            assertEquals(List.of(), RuleChecker.problems(List.of(
                    new RuleFile(family.id() + " terms", TermsDeclaration.generate(family), true))));
        }
        assertEquals(true, families >= 7, "all families were checked, found " + families);
    }

    @Test
    void everyDrlFileInRulesAndContractsPassesWithTheLibraryLoaded() throws IOException {
        ClauseLibrary library = ClauseLibrary.load(Path.of("rules"));
        List<RuleFile> files = new java.util.ArrayList<>();
        for (ClauseFamily family : library.families().values()) {
            files.add(new RuleFile(family.id() + " terms", TermsDeclaration.generate(family), true));
        }
        List<Path> drl;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("rules")), Files.walk(Path.of("contracts")))) {
            drl = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path p : drl) {
            boolean inLibrary = p.startsWith("rules") && !p.toString().contains("/tests/")
                    && !p.toString().contains("/example/");
            files.add(new RuleFile(p.toString(), Files.readString(p), inLibrary));
        }
        List<Problem> problems = RuleChecker.problems(files);
        assertEquals(List.of(), problems.stream().map(Problem::render).toList());
        assertEquals(true, drl.size() >= 9, "found " + drl);
    }
}
