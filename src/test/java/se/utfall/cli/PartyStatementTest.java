package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement shows each party's money per year: financing, outcome payments, net results. */
class PartyStatementTest {
    @TempDir
    Path tmp;

    /** This class's own ledger, so no other test's settlements (or signatures) change what it sees. */
    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }


    @Test
    void eachYearShowsTheFundsFinancingAgainstItsOutcomePaymentsAndTheMunicipalitysNetCost() {
        Cli cli = Cli.run("settle", "--ledger", ledger(), "contracts/osteraker-halsocoach", "--year", "2028");
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out();
        String y2028 = out.substring(out.indexOf("  Parter 2028"), out.indexOf("Pengar mellan parterna"));
        // 2028: the fund finances 1 000 000 and receives 2 040 000 − 780 000 (total cap) = 1 260 000.
        assertTrue(y2028.matches("(?s).*Utfallsfonden \\(investerare\\)\\s+1 000 000\\s+1 260 000\\s+260 000\\n.*"), y2028);
        assertTrue(y2028.matches("(?s).*Österåkers kommun \\(beställare\\)\\s+1 260 000\\s+0\\s+−1 260 000\\n.*"), y2028);
        String y2026 = out.substring(out.indexOf("  Parter 2026"), out.indexOf("\n2027\n"));
        // 2026: 20 participants × 68 000 = 1 360 000 against 1 000 000 financing.
        assertTrue(y2026.matches("(?s).*Utfallsfonden \\(investerare\\)\\s+1 000 000\\s+1 360 000\\s+360 000\\n.*"), y2026);
    }
}
