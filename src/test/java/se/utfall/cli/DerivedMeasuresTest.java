package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;

/**
 * Derived measures, evaluation years, publication dates and the contract's language, as a user meets
 * them on the command line: errors at contract.yaml's line with exit 2, derivations in the explanation,
 * PENDING before a publication day and --as-of that decides it.
 */
class DerivedMeasuresTest {
    @TempDir
    Path tmp;

    private static String oneError(Path folder) {
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.out() + cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        return cli.errLines()[0];
    }

    @Test
    void aFormulaErrorIsOneMessageAtItsLine() {
        Path folder = ContractCopy.of("rikers-able", tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "derived: \"reduction - trend\"", "derived: \"reduction - trend)\"");
        String error = oneError(folder);
        assertTrue(error.startsWith(Locations.display(file) + ":" + ContractCopy.lineOf(file, "trend)\"")), error);
        assertTrue(error.contains("')' at character 18"), error);
    }

    @Test
    void aDueYearOutsideThePeriodIsRefusedAtItsLine() {
        Path folder = ContractCopy.of("rikers-able", tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "due: [2015]", "due: [2016]");
        String error = oneError(folder);
        assertTrue(error.contains(":" + ContractCopy.lineOf(file, "due: [2016]") + ":"), error);
        assertTrue(error.contains("due year 2016 is outside the contract period 2013–2015"), error);
    }

    @Test
    void aPublicationDayThatIsNoDayIsRefused() {
        Path folder = ContractCopy.of("rikers-able", tmp);
        ContractCopy.edit(folder.resolve("contract.yaml"), "published: \"07-31\"   #", "published: \"07-32\"   #");
        assertTrue(oneError(folder).contains("is not a day of the year"));
    }

    @Test
    void anUnknownLanguageIsRefused() {
        Path folder = ContractCopy.of("rikers-able", tmp);
        ContractCopy.edit(folder.resolve("contract.yaml"), "language: en", "language: fr");
        assertTrue(oneError(folder).contains("write 'sv' (Swedish, the default) or 'en' (English)"));
    }

    @Test
    void anEnglishContractCannotUseAFamilyThatSpeaksOnlySwedish() {
        Path folder = ContractCopy.of("hemtjanst-kundnojdhet", tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "currency: SEK", "currency: SEK\nlanguage: en");
        String error = oneError(folder);
        assertTrue(error.contains(":" + ContractCopy.lineOf(file, "family: level-bonus") + ":"), error);
        assertTrue(error.contains("clause family level-bonus writes its reasons and workings only in Swedish"), error);
        // the list grows as families learn English; it names them in id order
        assertTrue(error.contains("use a family that speaks English: ") && error.contains(", rate-card, ")
                && error.contains(", tier-table."), error);
    }

    @Test
    void theExplanationShowsTheDerivationWithItsFigures() {
        Cli cli = Cli.run("explain", "contracts/rikers-able", "--as-of", "2026-01-01");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("adjusted_reduction = reduction − trend = 13 − 13 = 0.00"), cli.out());
        assertTrue(cli.out().contains("(120,000 − 104,400) / 120,000 × 100 = 13.00"), cli.out());
        assertTrue(cli.out().contains("not due "), cli.out());
        assertFalse(cli.out().contains(" kr"), cli.out());
    }

    @Test
    void theSettlementDateDecidesWhetherAMissingFigureIsPending(@TempDir Path ledger) {
        Path folder = ContractCopy.of("rikers-able", tmp);
        Path empty = tmp.resolve("empty.csv");
        try {
            java.nio.file.Files.writeString(empty, "subject,measure,year,value\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli before = Cli.run("settle", folder.toString(), "--dry-run", "--year", "2015", "--measurements",
                empty.toString(), "--as-of", "2015-07-30", "--ledger", ledger.resolve("a.db").toString());
        assertEquals(0, before.exitCode(), before.err());
        assertTrue(before.out().contains("pending "), before.out());
        assertTrue(before.out().contains("is published on 2015-07-31"), before.out());
        Cli after = Cli.run("settle", folder.toString(), "--dry-run", "--year", "2015", "--measurements",
                empty.toString(), "--as-of", "2015-07-31", "--ledger", ledger.resolve("b.db").toString());
        assertEquals(0, after.exitCode(), after.err());
        assertFalse(after.out().contains("pending "), after.out());
        assertTrue(after.out().contains("data insufficient"), after.out());
        Cli bad = Cli.run("settle", folder.toString(), "--dry-run", "--as-of", "31/07/2015");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("write it as YYYY-MM-DD"), bad.err());
    }
}
