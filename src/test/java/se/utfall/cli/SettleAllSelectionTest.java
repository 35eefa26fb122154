package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.testing.Folders;

/**
 * settle-all pays only what was signed: an unsigned folder (a draft, a flawed example) is listed
 * with the command that signs it and exit 1; --sign-new signs and settles; --exclude leaves folders
 * out; tests/ folders are never read; two folders with one contract id are refused before anything
 * is written, and a second folder reusing a signed id is named as such.
 */
class SettleAllSelectionTest {
    @TempDir
    Path tmp;

    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    private Cli utfall(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--ledger";
        all[args.length + 1] = ledger();
        return Cli.run(all);
    }

    private long count(String query) throws Exception {
        if (!Files.exists(Path.of(ledger()))) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A portfolio of one real contract (osteraker) and whatever the test adds. */
    private Path portfolio() {
        Path root = tmp.resolve("portfolio");
        Folders.copy(Path.of("contracts", "osteraker-halsocoach"), root.resolve("osteraker-halsocoach"));
        return root;
    }

    /** A copy of the osteraker contract under another id: a draft someone dropped in. */
    private static Path draft(Path root, String folder, String id) {
        Path draft = Folders.copy(Path.of("contracts", "osteraker-halsocoach"), root.resolve(folder));
        Folders.edit(draft.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: " + id);
        return draft;
    }

    @Test
    void onAFreshLedgerTheBundledContractsAreListedAsUnsignedAndNothingIsSignedOrPaid() throws Exception {
        Cli run = utfall("settle-all", "contracts");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Not settled, not signed (13)"), run.out());
        assertTrue(run.out().contains("./utfall sign contracts/examples-flawed/naive-hemtjanst"), run.out());
        assertTrue(run.err().contains("0 contracts settled"), run.err());
        assertEquals(0, count("SELECT COUNT(*) FROM signatures"));
        assertEquals(0, count("SELECT COUNT(*) FROM payments"));
    }

    @Test
    void signNewSignsAndSettlesAndExcludeLeavesTheFlawedExamplesOut() throws Exception {
        Cli run = utfall("settle-all", "contracts", "--sign-new", "--exclude", "examples-flawed/*", "--year", "2027");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("naive-hemtjanst"), run.out());
        assertEquals(0, count("SELECT COUNT(*) FROM signatures WHERE contract_id LIKE '%naive%' OR contract_id"
                + " LIKE '%tak-utan%'"));
        // The eleven bundled contracts outside examples-flawed/ are signed; those that ended before 2027
        // are settled up to their last year.
        assertEquals(11, count("SELECT COUNT(DISTINCT contract_id) FROM signatures"));
        assertTrue(count("SELECT COUNT(DISTINCT contract_id) FROM payments") >= 10);
    }

    @Test
    void aDraftDroppedIntoASignedPortfolioIsListedNotPaidAndTheSignedOneIsSettled() throws Exception {
        Path root = portfolio();
        Cli sign = utfall("sign", root.resolve("osteraker-halsocoach").toString());
        assertEquals(0, sign.exitCode(), sign.err());
        draft(root, "utkast", "utkast-2027");
        Cli run = utfall("settle-all", root.toString(), "--year", "2028");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("osteraker-halsocoach"), run.out());
        assertTrue(run.out().contains("utkast-2027") && run.out().contains("./utfall sign " + root.resolve("utkast")),
                run.out());
        assertEquals(0, count("SELECT COUNT(*) FROM payments WHERE contract_id = 'utkast-2027'"));
        assertEquals(0, count("SELECT COUNT(*) FROM signatures WHERE contract_id = 'utkast-2027'"));
        assertTrue(count("SELECT COUNT(*) FROM payments WHERE contract_id = 'osteraker-halsocoach'") > 0);
    }

    @Test
    void aContractUnderATestsFolderIsNeverReadEvenWithSignNew() throws Exception {
        Path root = portfolio();
        draft(root, "osteraker-halsocoach/tests/fixture", "fixture-only");
        draft(root, "deep/er/tests/other", "fixture-deeper");
        Cli run = utfall("settle-all", root.toString(), "--sign-new", "--year", "2028");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.out().contains("fixture"), run.out());
        assertEquals(0, count("SELECT COUNT(*) FROM signatures WHERE contract_id LIKE 'fixture%'"));
        assertEquals(1, count("SELECT COUNT(DISTINCT contract_id) FROM signatures"));
    }

    @Test
    void twoFoldersWithOneContractIdAreRefusedNamingBothBeforeAnythingIsWritten() throws Exception {
        Path root = portfolio();
        draft(root, "z-copy", "osteraker-halsocoach");
        Cli run = utfall("settle-all", root.toString(), "--sign-new", "--year", "2028");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.errLines().length, run.err());
        String message = run.err();
        assertTrue(message.contains(root.resolve("osteraker-halsocoach").toString())
                && message.contains(root.resolve("z-copy").toString()), message);
        assertTrue(message.contains("its own id") && message.contains("--exclude"), message);
        assertEquals(0, count("SELECT COUNT(*) FROM signatures"));
        assertEquals(0, count("SELECT COUNT(*) FROM runs"));
    }

    @Test
    void aSecondFolderReusingASignedIdWithOtherTermsIsNamedAsAnotherFolderNotAsAChange() throws Exception {
        Path root = portfolio();
        Path first = root.resolve("osteraker-halsocoach");
        assertEquals(0, utfall("settle", first.toString(), "--year", "2028").exitCode());
        Path second = draft(tmp, "elsewhere/osteraker", "osteraker-halsocoach");
        Folders.edit(second.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: osteraker-halsocoach\n# ny");
        for (String command : new String[] {"settle", "sign"}) {
            Cli again = command.equals("settle") ? utfall(command, second.toString(), "--year", "2028")
                    : utfall(command, second.toString());
            assertEquals(2, again.exitCode(), again.out() + again.err());
            assertTrue(again.err().contains("is already signed from another folder, " + first.toRealPath()), again.err());
            assertTrue(again.err().contains("give it its own id") && again.err().contains("./utfall amend"),
                    again.err());
        }
        // The signed folder itself, changed, is still "changed since signing".
        Folders.edit(first.resolve("contract.yaml"), "id: osteraker-halsocoach", "id: osteraker-halsocoach\n# ny");
        Cli changed = utfall("settle", first.toString(), "--year", "2028");
        assertEquals(2, changed.exitCode());
        assertTrue(changed.err().contains("and since then"), changed.err());
        assertTrue(changed.err().contains("--dry-run"), "points to the what-if: " + changed.err());
    }

    @Test
    void anExcludeThatMatchesNothingOrIsMalformedIsABadCommandLine() throws Exception {
        Cli nothing = utfall("settle-all", "contracts", "--exclude", "example-flawed/*");
        assertEquals(2, nothing.exitCode());
        assertTrue(nothing.err().contains("--exclude example-flawed/* matches no folder"), nothing.err());
        Cli malformed = utfall("settle-all", "contracts", "--exclude", "examples-flawed/[");
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("is not a valid pattern"), malformed.err());
        assertFalse(Files.exists(Path.of(ledger())) && count("SELECT COUNT(*) FROM signatures") > 0);
    }

    @Test
    void helpNamesTheExitCodeOfContractsNotSettled() {
        Cli help = Cli.run("settle-all", "--help");
        assertTrue(help.out().contains("some contracts were not settled"), help.out());
        assertTrue(help.out().contains("--sign-new") && help.out().contains("--exclude"), help.out());
    }
}
