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

/**
 * A clause written in the contract's words (.dslr): every mistake a legal editor makes is one
 * message at the line they wrote, saying what the vocabulary would accept instead.
 */
class DslrClauseTest {
    private static final String CONTRACT = "hemtjanst-kundnojdhet";
    private static final String CLAUSE = "hog-nojdhet.dslr";

    @TempDir
    Path tmp;

    /** This class's own ledger, so no other test's settlements (or signatures) change what it sees. */
    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    private Cli validate(Path folder) {
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), () -> "exit code; stderr was:\n" + cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        return cli;
    }

    private static String at(Path file, int line) {
        return Locations.display(file) + ":" + line + ": ";
    }

    private Path clauseIn(Path folder) {
        return folder.resolve(CLAUSE);
    }

    @Test
    void theBundledClausesInWordsValidate() {
        for (String contract : new String[] {"hemtjanst-kundnojdhet", "osteraker-halsocoach", "ornskoldsvik-sjukfranvaro",
                "unga-vuxna-arbete"}) {
            Cli cli = Cli.run("validate", "contracts/" + contract);
            assertEquals(0, cli.exitCode(), cli.err());
        }
    }

    @Test
    void anUnknownPhraseNamesTheFileLinePhraseAndTheClosestSentences() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "Om nojdhet för en enhet i år är minst 90 procent\n    och nojdhet för enheten i år har minst",
                "Om nojdhet för en enhet i år är minst 90 procnt\n    och nojdhet för enheten i år har minst");
        Cli cli = validate(folder);
        assertEquals(1, cli.errLines().length, cli.err());
        String error = cli.errLines()[0];
        assertTrue(error.startsWith(at(dslr, ContractCopy.lineOf(dslr, "procnt"))
                + "\"Om nojdhet för en enhet i år är minst 90 procnt\" is not a sentence the vocabulary knows; closest: "
                + "\"{mått} för en enhet i år är minst {gräns}\""), error);
    }

    @Test
    void aMisspeltMeasureInAnUnknownPhraseIsPointedOut() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "och nojdhet för enheten i år har minst 30 svarande", "och nöjdhet för enheten i år har minst 30 svarande");
        String error = validate(folder).errLines()[0];
        assertTrue(error.startsWith(at(dslr, ContractCopy.lineOf(dslr, "nöjdhet för enheten"))), error);
        assertTrue(error.contains("closest: \"{mått} för enheten i år har minst {antal} svarande\""), error);
        assertTrue(error.endsWith("'nöjdhet' is not a measure of the contract; did you mean 'nojdhet'?"), error);
    }

    @Test
    void aNumberThatIsNotOneIsNamedWithHowToWriteIt() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "betala 50 000 kr", "betala 50 0O0 kr");
        Cli cli = validate(folder);
        assertEquals(1, cli.errLines().length, cli.err());
        assertEquals(at(dslr, ContractCopy.lineOf(dslr, "50 0O0")) + "'50 0O0' is not a number; write it like 50 000 or 90,5.",
                cli.errLines()[0]);
    }

    @Test
    void aLineActingUnderAnotherClauseThanItsRuleIsNamedWithBothLines() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "ingen ersättning för enheten enligt §5.4 eftersom andelen nöjda är under",
                "ingen ersättning för enheten enligt §5.2 eftersom andelen nöjda är under");
        String error = validate(folder).errLines()[0];
        int line = ContractCopy.lineOf(dslr, "enligt §5.2 eftersom");
        assertEquals(at(dslr, line) + "this line acts under §5.2 but the rule is written for §5.4 (line " + (line - 3)
                + "); name the same clause in both.", error);
    }

    @Test
    void aClauseTheContractDoesNotHaveIsNamedWithTheClosestOne() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "Om ett belopp betalas ut enligt §5.4 för en enhet i år",
                "Om ett belopp betalas ut enligt §5.9 för en enhet i år");
        Cli cli = validate(folder);
        assertEquals(1, cli.errLines().length, cli.err());
        assertEquals(at(dslr, ContractCopy.lineOf(dslr, "enligt §5.9")) + "'§5.9' is not a clause of the contract."
                + " Did you mean '§5.1'?", cli.errLines()[0]);
    }

    @Test
    void aSentenceThatRefersBackToAUnitNobodyIntroducedSaysWhatToWriteFirst() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "Om nojdhet för en enhet i år är under 90 procent", "Om nojdhet för enheten i år är under 90 procent");
        String error = validate(folder).errLines()[0];
        assertTrue(error.startsWith(at(dslr, ContractCopy.lineOf(dslr, "för enheten i år är under 90"))
                + "this sentence refers back to something no earlier line of the rule introduces; write one of these above it:"), error);
        assertTrue(error.contains("\"{mått} för en enhet i år är minst {gräns}\""), error);
    }

    @Test
    void aRuleWithoutAPhaseIsRefusedWithThePhaseSentences() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "regel \"Under 90 procent nöjda ger ingen bonus\"\n    i fasen ersättning\n",
                "regel \"Under 90 procent nöjda ger ingen bonus\"\n");
        String error = validate(folder).errLines()[0];
        assertEquals(at(dslr, ContractCopy.lineOf(dslr, "Under 90 procent nöjda")) + "rule \"Under 90 procent nöjda ger ingen bonus\""
                + " has no phase; under its name write one of \"i fasen härledning\", \"i fasen ersättning\", \"i fasen skydd\","
                + " \"i fasen tak\", \"i fasen avslut\".", error);
    }

    @Test
    void aRawDrlLineIsRefusedBecauseAClauseIsWrittenInSentences() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "    och nojdhet för enheten i år har minst 30 svarande", "    > eval( true )");
        String error = validate(folder).errLines()[0];
        assertTrue(error.startsWith(at(dslr, ContractCopy.lineOf(dslr, "> eval")) + "a line starting with '>'"), error);
    }

    @Test
    void aClauseWithoutItsVocabularyLineSaysWhichToName() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        ContractCopy.edit(dslr, "expander utfall-sv.dsl\n", "\n");
        String error = validate(folder).errLines()[0];
        assertEquals(at(dslr, 1) + "a .dslr clause names its vocabulary first: write \"expander utfall-sv.dsl\" (Swedish) or"
                + " \"expander utfall-en.dsl\" (English) on its first line. Vocabularies: utfall-en.dsl, utfall-sv.dsl.", error);
        Files.writeString(dslr, Files.readString(dslr, StandardCharsets.UTF_8).replaceFirst("\n", "expander utfall-se.dsl\n"),
                StandardCharsets.UTF_8);
        String unknown = validate(folder).errLines()[0];
        assertTrue(unknown.startsWith(at(dslr, 1) + "no vocabulary 'utfall-se.dsl'"), unknown);
        assertTrue(unknown.endsWith("Did you mean 'utfall-sv.dsl'?"), unknown);
    }

    @Test
    void aRuleFromAClauseInWordsIsLocatedAtTheLineItWasWrittenOn() {
        Cli cli = Cli.run("explain", "contracts/osteraker-halsocoach", "--clause", "§6.1", "--measurements",
                "src/test/resources/osteraker-unvalidated.csv", "--year", "2027", "--only-year");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("beslutat av regeln \"Utfall som inte validerats av RISE hålls inne\""
                + " (contracts/osteraker-halsocoach/validation.dslr:6, fas safeguard)"), cli.out());
        assertTrue(cli.out().contains("Innehålls enligt §6.2 tills RISE har validerat utfallet: 2 380 000 kr för kohort 2027."),
                cli.out());
    }

    @Test
    void aChangedThresholdChangesTheDecision() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path dslr = clauseIn(folder);
        // The bundled figures: Norr 86 (2026) and 88 (2027), Söder at most 84; lowering 90 to 85 makes Norr pay both years.
        // The threshold is written twice for "minst" (the bonus and the too-few-respondents rule) and once for "under".
        for (int i = 0; i < 2; i++) {
            ContractCopy.edit(dslr, "i år är minst 90 procent", "i år är minst 85 procent");
        }
        ContractCopy.edit(dslr, "i år är under 90 procent", "i år är under 85 procent");
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--year", "2027", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        // Norr's 88 in 2027 reaches 85 (§5.4 pays on the level alone) and is verified by Socialstyrelsen.
        assertTrue(cli.out().contains("Enligt §5.4: andelen nöjda når gränsen (Hemtjänst Norr 2027: uppmätt värde 88)."),
                cli.out());
    }
}
