package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;

/** Rules that compile but misbehave when they run are reported as the rule author's mistake. */
class FaultyRulesTest {
    @TempDir
    Path tmp;

    /** This class's own ledger, so no other test's settlements (or signatures) change what it sees. */
    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    private Path contractWithOwnRule(String rule) throws IOException {
        Path folder = ContractCopy.of("osteraker-halsocoach", tmp);
        Files.writeString(folder.resolve("extra.drl"), """
                package utfall.contract.extra;

                import java.math.BigDecimal;
                import se.utfall.facts.*;

                """ + rule, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void aRuleThatFailsWhileSettlingIsNamedWithItsFileAndLine() throws IOException {
        Path folder = contractWithOwnRule("""
                rule "Divide by nothing"
                    agenda-group "entitle"
                when
                    SettlementYear( $year : year )
                then
                    BigDecimal.ONE.divide( BigDecimal.ZERO );
                end
                """);
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--dry-run");
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        String error = cli.errLines()[0];
        assertTrue(error.startsWith(Locations.display(folder.resolve("extra.drl")) + ":6: "), error);
        assertTrue(error.contains("rule \"Divide by nothing\" failed while settling 2026"), error);
        assertTrue(error.contains("Division by zero"), error);
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void aRuleThatKeepsTriggeringItselfIsStoppedWithAnExplanation() throws IOException {
        Path folder = contractWithOwnRule("""
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
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--dry-run");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("re-triggers itself"), cli.err());
        assertTrue(cli.errLines()[0].startsWith(Locations.display(folder.resolve("extra.drl")) + ":6: rule \"Pay again"), cli.err());
    }
}
