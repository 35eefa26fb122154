package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;
import se.utfall.testing.LibraryCopy;

/** Rules that compile but misbehave when they run are reported as the rule author's mistake. */
class FaultyRulesTest {
    @TempDir
    Path tmp;

    /** This class's own ledger, so no other test's settlements (or signatures) change what it sees. */
    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    private Path extra;

    /**
     * Österåker's contract with a library whose rate-card family (which its §6.1 uses) has one more
     * rule file: a contract folder cannot carry code, so a misbehaving rule lives in a library.
     */
    private Path contractWithLibraryRule(String rule) {
        extra = LibraryCopy.withRuleFile(tmp, "rate-card", "extra.drl", """

                import java.math.BigDecimal;
                import se.utfall.facts.*;

                """ + rule);
        return ContractCopy.of("osteraker-halsocoach", tmp);
    }

    @Test
    void aRuleThatFailsWhileSettlingIsNamedWithItsFileAndLine() throws IOException {
        Path folder = contractWithLibraryRule("""
                rule "Divide by nothing"
                    agenda-group "entitle"
                when
                    SettlementYear( $year : year )
                then
                    BigDecimal.ONE.divide( BigDecimal.ZERO );
                end
                """);
        Cli cli = Cli.run("settle", "--ledger", ledger(), "--library", extra.getParent().getParent().toString(), folder.toString(), "--dry-run");
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        String error = cli.errLines()[0];
        assertTrue(error.startsWith(Locations.display(extra) + ":6: "), error);
        assertTrue(error.contains("rule \"Divide by nothing\" failed while settling 2026"), error);
        assertTrue(error.contains("Division by zero"), error);
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void aRuleThatKeepsTriggeringItselfIsStoppedWithAnExplanation() throws IOException {
        Path folder = contractWithLibraryRule("""
                rule "Pay again for every payment"
                    agenda-group "entitle"
                when
                    SettlementYear( $year : year )
                    $t : ClauseTerms( clause == "§6.2" )
                    Line( year == $year )
                then
                    insert( $t.pay( $year, BigDecimal.ONE, "again", Working.of( "" ) ) );
                end
                """);
        Cli cli = Cli.run("settle", "--ledger", ledger(), "--library", extra.getParent().getParent().toString(), folder.toString(), "--dry-run");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("re-triggers itself"), cli.err());
        assertTrue(cli.errLines()[0].startsWith(Locations.display(extra) + ":6: rule \"Pay again"), cli.err());
    }
}
