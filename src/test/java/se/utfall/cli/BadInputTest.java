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
import se.utfall.testing.LibraryCopy;

/**
 * Mistakes people make in contract, rule and measurement files each give one message naming the
 * file, the line and the fix, exit code 2 and no stack trace.
 */
class BadInputTest {
    private static final String CONTRACT = "osteraker-halsocoach";

    @TempDir
    Path tmp;

    /** This class's own ledger, so no other test's settlements (or signatures) change what it sees. */
    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    /** Runs validate and returns the single error line, after checking exit code and the absence of a trace. */
    private String oneError(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(2, cli.exitCode(), () -> "exit code; stderr was:\n" + cli.err());
        assertEquals(1, cli.errLines().length, () -> "expected exactly one message, got:\n" + cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        return cli.errLines()[0];
    }

    private static String at(Path file, int line) {
        return Locations.display(file) + ":" + line + ": ";
    }

    @Test
    void aMisspelledParameterNamesTheLineAndTheRightSpelling() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "pricePerOutcome: 68000", "pricePerOutcom: 68000");
        String error = oneError("validate", folder.toString());
        assertTrue(error.startsWith(at(file, ContractCopy.lineOf(file, "pricePerOutcom:"))), error);
        assertTrue(error.contains("unknown parameter 'pricePerOutcom'"), error);
        assertTrue(error.contains("Did you mean 'pricePerOutcome'?"), error);
    }

    @Test
    void aParameterOutsideItsAllowedRangeIsRefusedWithTheRange() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "pricePerOutcome: 68000", "pricePerOutcome: -5");
        String error = oneError("validate", folder.toString());
        assertTrue(error.startsWith(at(file, ContractCopy.lineOf(file, "pricePerOutcome: -5"))), error);
        assertTrue(error.contains("outside the allowed range 0..10000000"), error);
    }

    @Test
    void aNumberWrittenWithSpacesIsReadButAnAmbiguousOneIsRefusedWithHowToWriteIt() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "totalCap: 5000000", "totalCap: 5 000 000");
        assertEquals(0, Cli.run("validate", folder.toString()).exitCode(), "5 000 000 is written as a contract writes it");
        ContractCopy.edit(file, "totalCap: 5 000 000", "totalCap: 5,000");
        String error = oneError("validate", folder.toString());
        assertTrue(error.startsWith(at(file, ContractCopy.lineOf(file, "totalCap: 5,000"))), error);
        assertTrue(error.endsWith("'5,000' is an amount with three decimals, which an amount never has (öre are two);"
                + " write 5 000 for thousands, or 5 kronor."), error);
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "      pricePerOutcome: 68000\n", "");
        String error = oneError("validate", folder.toString());
        assertTrue(error.contains("missing parameter 'pricePerOutcome'"), error);
        assertTrue(error.startsWith(Locations.display(file) + ":"), error);
    }

    @Test
    void anUnknownClauseFamilySuggestsTheClosestOne() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "family: rate-card", "family: ratecard");
        String error = oneError("validate", folder.toString());
        assertTrue(error.startsWith(at(file, ContractCopy.lineOf(file, "family: ratecard"))), error);
        assertTrue(error.contains("Did you mean 'rate-card'?"), error);
    }

    @Test
    void aMisspelledTopLevelKeyIsRefused() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "currency: SEK", "curency: SEK");
        String error = oneError("validate", folder.toString());
        assertTrue(error.startsWith(at(file, ContractCopy.lineOf(file, "curency"))), error);
        assertTrue(error.contains("Did you mean 'currency'?"), error);
    }

    @Test
    void aRuleFileWithASyntaxErrorNamesTheFileAndLine() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path drl = withRuleWrittenInDrl();
        ContractCopy.edit(drl, "    ClauseTerms( clause == \"§6.2\" )", "    ClauseTerms( clause == \"§6.2\" ");
        Cli cli = Cli.run("validate", "--library", library(), folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        String first = cli.errLines()[0];
        assertTrue(first.startsWith(Locations.display(drl) + ":"), first);
        int line = Integer.parseInt(first.substring(Locations.display(drl).length() + 1, first.indexOf(':',
                Locations.display(drl).length() + 1)));
        int broken = ContractCopy.lineOf(drl, "ClauseTerms( clause == \"§6.2\"");
        assertTrue(Math.abs(line - broken) <= 1, "reported line " + line + ", broken line " + broken + ": " + first);
    }

    @Test
    void aRuleInNoPhaseIsAnErrorNotASilentlyIgnoredRule() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path drl = withRuleWrittenInDrl();
        ContractCopy.edit(drl, "    agenda-group \"safeguard\"\n", "");
        String error = oneError("validate", "--library", library(), folder.toString());
        assertTrue(error.startsWith(at(drl, ContractCopy.lineOf(drl, "rule \"Outcomes not validated"))), error);
        assertTrue(error.contains("is in no phase"), error);
    }

    @Test
    void aMeasurementRowWithAWordForANumberNamesTheRow() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path csv = folder.resolve("measurements.csv");
        ContractCopy.edit(csv, "2027,35,", "2027,trettiofem,");
        String error = oneError("validate", folder.toString());
        assertTrue(error.startsWith(at(csv, ContractCopy.lineOf(csv, "trettiofem"))), error);
        assertTrue(error.contains("value 'trettiofem' is not a number"), error);
    }

    @Test
    void aMeasurementOfAnUnknownMeasureSuggestsTheDefinedOne() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path csv = folder.resolve("measurements.csv");
        ContractCopy.edit(csv, "kohort,verified_participants,2028", "kohort,verified_participant,2028");
        String error = oneError("settle", "--ledger", ledger(), folder.toString(), "--dry-run");
        assertTrue(error.startsWith(at(csv, ContractCopy.lineOf(csv, "verified_participant,2028"))), error);
        assertTrue(error.contains("Did you mean 'verified_participants'?"), error);
    }

    @Test
    void aDuplicateMeasurementRowPointsAtTheEarlierOne() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path csv = folder.resolve("measurements.csv");
        Files.writeString(csv, "kohort,verified_participants,2027,36,Rättelse,RISE\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        String error = oneError("settle", "--ledger", ledger(), folder.toString(), "--dry-run");
        assertTrue(error.startsWith(at(csv, ContractCopy.lineOf(csv, "36,Rättelse"))), error);
        assertTrue(error.contains("already given on line " + ContractCopy.lineOf(csv, "2027,35")), error);
    }

    @Test
    void aMeasurementOutsideTheContractPeriodIsRefused() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path csv = folder.resolve("measurements.csv");
        ContractCopy.edit(csv, "verified_participants,2028", "verified_participants,2031");
        String error = oneError("settle", "--ledger", ledger(), folder.toString(), "--dry-run");
        assertTrue(error.startsWith(at(csv, ContractCopy.lineOf(csv, "2031"))), error);
        assertTrue(error.contains("outside the contract period 2026–2028"), error);
    }

    @Test
    void aYearOutsideThePeriodOnTheCommandLineIsAUsageError() {
        Cli cli = Cli.run("settle", "--ledger", ledger(), "contracts/" + CONTRACT, "--year", "2031", "--dry-run");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("--year 2031 is outside the period"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void aContractFolderWithoutContractFileSaysWhatIsNeeded() {
        String error = oneError("validate", tmp.toString());
        assertTrue(error.contains("needs a contract.yaml"), error);
    }

    @Test
    void brokenYamlNamesTheLine() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "  kommunen:\n    name: Österåkers kommun", "  kommunen:\n   name: Österåkers kommun\n     role: x");
        String error = oneError("validate", folder.toString());
        assertTrue(error.startsWith(Locations.display(file) + ":"), error);
        assertTrue(error.contains("is not valid YAML"), error);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli cli = Cli.run("setle");
        assertEquals(2, cli.exitCode());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    /**
     * These tests are about plain DRL. A contract folder cannot carry DRL, so the rule of Österåker's
     * §6.2 is written as DRL in a copied library's rate-card family (which §6.1 uses), given with
     * --library; the rule checker and the compiler read library files as they read any DRL.
     */
    private Path withRuleWrittenInDrl() {
        return LibraryCopy.withRuleFile(tmp, "rate-card", "validation.drl", """

                import se.utfall.facts.ClauseTerms;
                import se.utfall.facts.Figures;
                import se.utfall.facts.Line;
                import se.utfall.facts.LineStatus;
                import se.utfall.facts.Measurement;
                import se.utfall.facts.SettlementYear;
                import se.utfall.facts.Working;

                // §6.2: the outcome payment of §6.1 is held back for any figure RISE has not validated.
                // The hold is a line of §6.1 itself, so §6.1's total cap counts only what is actually paid.

                rule "Outcomes not validated by RISE are withheld"
                    agenda-group "safeguard"
                when
                    SettlementYear( $year : year )
                    ClauseTerms( clause == "§6.2" )
                    $outcome : ClauseTerms( clause == "§6.1" )
                    Line( clause == "§6.1", year == $year, status == LineStatus.PAYABLE, $subject : subject, $amount : amount )
                    Measurement( measure == "verified_participants", year == $year, subject == $subject, verifiedBy != "RISE" )
                then
                    insert( $outcome.adjust( $year, $subject, LineStatus.WITHHELD, $amount.negate(),
                        "Innehålls enligt §6.2: utfallet för " + $year + " är inte validerat av RISE.",
                        Working.of( "−{belopp som väntar på validering}", $amount ) ) );
                end
                """);
    }

    private String library() {
        return tmp.resolve("rules").toString();
    }
}
