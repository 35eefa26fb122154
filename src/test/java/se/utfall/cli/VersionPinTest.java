package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.engine.RuleCompiler;
import se.utfall.engine.RuleSet;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.testing.Folders;

/**
 * A clause pins a family version; the pinned version decides which rule files settle it (and so
 * which files a signed contract's hash covers), an older pin keeps working after a new release,
 * and a version that does not exist is one clear message.
 */
class VersionPinTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    Path tmp;

    /** This class's own ledger, so no other test's settlements (or signatures) change what it sees. */
    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    private static List<String> files(RuleSet rules) {
        return rules.files().stream().map(Locations::display).toList();
    }

    @Test
    void aPinnedOlderVersionSettlesWithItsFrozenFilesAndTheCurrentOneWithTheFamilyFolder() {
        ClauseLibrary library = ClauseLibrary.load(RULES);
        Contract pinned = ContractLoader.load(Path.of("contracts/hemtjanst-kundnojdhet"), library);
        assertEquals("1.0.0", pinned.clause("§5.1").orElseThrow().version());
        List<String> pinnedFiles = files(RuleSet.forContract(pinned, library));
        assertTrue(pinnedFiles.contains("rules/level-bonus/released/1.0.0/level-bonus.drl"), pinnedFiles::toString);
        assertTrue(pinnedFiles.contains("rules/level-bonus/released/1.0.0/family.yaml"), pinnedFiles::toString);
        assertFalse(pinnedFiles.contains("rules/level-bonus/level-bonus.drl"), pinnedFiles::toString);

        Contract current = ContractLoader.load(Path.of("rules/level-bonus/example"), library);
        assertFalse(current.clauses().get(0).versionPinned());
        assertEquals(library.family("level-bonus").version(), current.clauses().get(0).version());
        List<String> currentFiles = files(RuleSet.forContract(current, library));
        assertEquals(List.of("rules/level-bonus/family.yaml", "rules/level-bonus/level-bonus.drl"), currentFiles);
    }

    @Test
    void twoVersionsOfOneFamilyCompileSideBySideInSeparatePackages() {
        ClauseLibrary library = ClauseLibrary.load(RULES);
        Contract mixed = ContractLoader.load(Path.of("rules/level-bonus/tests/versions"), library);
        RuleSet rules = RuleSet.forContract(mixed, library);
        assertEquals(List.of("level-bonus 1.0.0", "level-bonus 1.1.0"), List.copyOf(rules.families().keySet()));
        var compiled = RuleCompiler.compile(rules);
        var old = rules.familyOf(mixed.clause("§5.1").orElseThrow());
        var now = rules.familyOf(mixed.clause("§5.2").orElseThrow());
        assertNotEquals(old.drlPackage(), now.drlPackage());
        assertTrue(compiled.termsType(old) != null && compiled.termsType(now) != null);
        // Only the new version's terms know the new parameter.
        assertTrue(compiled.termsType(now).getField("minRespondents") != null);
        assertEquals(null, compiled.termsType(old).getField("minRespondents"));
    }

    @Test
    void anUnknownVersionIsOneMessageAtTheVersionLineWithTheVersionsThatExist() {
        Path folder = Folders.copy(Path.of("contracts/hemtjanst-kundnojdhet"), tmp.resolve("hemtjanst"));
        Path file = folder.resolve("contract.yaml");
        Folders.edit(file, "family: level-bonus\n    version: 1.0.0", "family: level-bonus\n    version: 1.0.1");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().length, cli::err);
        String error = cli.errLines()[0];
        assertTrue(error.startsWith(Locations.display(file) + ":" + Folders.lineOf(file, "version: 1.0.1") + ": "),
                error);
        assertTrue(error.contains("clause family level-bonus has no version '1.0.1'; available: 1.0.0, 1.1.0"), error);
    }

    @Test
    void validateNotesAClauseThatPinsNoVersionAndOneThatKeepsAnOlderVersion() {
        Path folder = Folders.copy(Path.of("contracts/hemtjanst-kundnojdhet"), tmp.resolve("hemtjanst"));
        Path file = folder.resolve("contract.yaml");
        Folders.edit(file, "family: improvement-bonus\n    version: 1.0.0\n", "family: improvement-bonus\n");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(0, cli.exitCode(), cli::err);
        assertTrue(cli.out().contains("note  " + Locations.display(file) + ":" + Folders.lineOf(file, "id: \"§5.2\"")
                + ": clause §5.2 does not pin a version of improvement-bonus and follows the current 1.1.0; add"
                + " 'version: 1.1.0'"), cli.out());
        assertTrue(cli.out().contains("clause §5.1 keeps level-bonus 1.0.0; 1.1.0 is current"), cli.out());
    }

    @Test
    void aVersionWithoutAFamilyIsRefused() {
        Path folder = Folders.copy(Path.of("contracts/osteraker-halsocoach"), tmp.resolve("osteraker"));
        Path file = folder.resolve("contract.yaml");
        Folders.edit(file, "    title: Endast validerade utfall ersätts\n",
                "    title: Endast validerade utfall ersätts\n    version: 1.0.0\n");
        BadInput bad = assertThrows(BadInput.class, () -> ContractLoader.load(folder, ClauseLibrary.load(RULES)));
        assertTrue(bad.getMessage().contains("has a version but no family"), bad.getMessage());
    }

    @Test
    void aReleasedCopyMustLiveInTheFolderOfItsVersionAndBeOlderThanTheCurrentOne() {
        Path library = Folders.copy(RULES, tmp.resolve("rules"));
        Path released = library.resolve("level-bonus/released/1.0.0/family.yaml");
        Folders.edit(released, "version: 1.0.0", "version: 1.0.2");
        // families are read when first used: by a contract's clause, or by validate and clauses, which read all
        BadInput wrongFolder = assertThrows(BadInput.class, () -> ClauseLibrary.load(library).family("level-bonus"));
        assertTrue(wrongFolder.getMessage().startsWith(Locations.display(released) + ":"
                + Folders.lineOf(released, "version: 1.0.2") + ":"), wrongFolder.getMessage());
        assertTrue(wrongFolder.getMessage().contains("must equal its folder name '1.0.0'"), wrongFolder.getMessage());

        Folders.edit(released, "version: 1.0.2", "version: 1.0.0");
        Folders.edit(library.resolve("level-bonus/family.yaml"), "version: 1.1.0", "version: 1.0.0");
        BadInput notNewer = assertThrows(BadInput.class, () -> ClauseLibrary.load(library).families());
        assertTrue(notNewer.getMessage().contains("must be newer than the released 1.0.0"), notNewer.getMessage());
    }

    @Test
    void theHomeCareContractPinnedToTheOlderVersionSettlesAsItDidBeforeTheRelease() {
        Cli cli = Cli.run("settle", "--ledger", ledger(), "contracts/hemtjanst-kundnojdhet", "--year", "2026");
        assertEquals(0, cli.exitCode(), cli::err);
        assertTrue(cli.out().contains("är 86 %, mellan golvet 80 % och taket 95 %: nivåbonus betalas i proportion."),
                cli.out());
        assertFalse(cli.out().contains("av nivåbonusen betalas"), cli.out());
    }
}
