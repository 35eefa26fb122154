package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.testing.Folders;

/**
 * describe writes each clause's rules as sentences next to the contract's own text, so legal staff
 * can check the amounts, thresholds and caps the rules will use against what the contract says.
 */
class DescribeCommandTest {
    @TempDir
    Path tmp;

    /** The output with line wrapping undone, so a sentence can be asserted whole. */
    private static String describe(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli::err);
        return cli.out().replaceAll("\\s+", " ");
    }

    private static void has(String out, String sentence) {
        assertTrue(out.contains(sentence), () -> "missing: " + sentence + "\nin: " + out);
    }

    @Test
    void theHomeCareContractInSwedishStatesEveryAmountThresholdAndCap() {
        String out = describe("describe", "contracts/hemtjanst-kundnojdhet");
        has(out, "§5.1 Nivåbonus för kundnöjdhet level-bonus 1.0.0 · Vård- och omsorgsnämnden, Täby kommun → "
                + "Omsorgsgruppen Hemtjänst AB");
        has(out, "Avtalet säger: För varje hemtjänstenhet betalar nämnden en årlig nivåbonus");
        has(out, "Reglerna säger: Omsorgsgruppen Hemtjänst AB får av Vård- och omsorgsnämnden, Täby kommun en"
                + " nivåbonus per enhet och år efter andelen brukare som sammantaget är mycket eller ganska nöjda med"
                + " hemtjänsten: ingen bonus vid 80 % eller lägre, hela 120 000 kr vid 95 % eller högre, och"
                + " däremellan i proportion till hur långt värdet nått från 80 % mot 95 %.");
        // §5.2 has no cap of its own any more: §5.3 states the yearly limit and carries the excess forward.
        // Its agreed baseline is rendered from the family's template, in the measure's unit.
        has(out, "10 000 kr per procentenhet som andelen brukare som sammantaget är mycket eller ganska nöjda med"
                + " hemtjänsten förbättras utöver den bästa nivå enheten nått tidigare: utgångsnivån 75 % eller ett"
                + " senare bättre år. Den som tappar");
        has(out, "Det som §5.2 betalar en enhet uppgår till högst 80 000 kr per enhet och år, årets förbättring och"
                + " överförda belopp sammanlagt. Det som går över taket går inte förlorat: det förs över och betalas"
                + " kommande år, inom samma tak och för lägre nivåer först, de år enhetens nivå är högst 1 procentenhet"
                + " lägre än den nivå förbättringen avsåg.");
        has(out, "Det som återstår när avtalsperioden 2025–2028 löper ut betalas inte.");
        has(out, "används för §5.1, §5.2 och §5.4 endast om den bygger på minst 30 svarande och svarsfrekvensen är minst"
                + " 40 %. Har färre än 30 svarat vägs enhetens siffror för de senaste 2 åren, detta år medräknat,"
                + " samman viktade med antalet svarande, och det sammanvägda värdet används om de tillsammans har"
                + " minst 30 svarande och svarsfrekvensen varje sammanvägt år är minst 40 %. Saknas uppgift om antalet"
                + " svarande eller om svarsfrekvensen prövas siffran inte mot det kravet.");
        has(out, "siffran räknas inte som enhetens högsta tidigare nivå");
        // §5.4 is the contract's own clause in words: each of its rules is named at the .dslr line it is written on.
        // and its sentences follow, as written, so the rules can be read against the clause text.
        has(out, "Genomförs av avtalets egna regler: contracts/hemtjanst-kundnojdhet/hog-nojdhet.dslr:7 \"Hög nöjdhet"
                + " ger bonus\" i fasen ersättning när För varje år som avräknas enligt §5.4 Om nojdhet för en enhet i år"
                + " är minst 90 procent och nojdhet för enheten i år har minst 30 svarande så betala 50 000 kr för enheten"
                + " enligt §5.4 eftersom andelen nöjda når gränsen");
        has(out, "contracts/hemtjanst-kundnojdhet/hog-nojdhet.dslr:17 \"Under 90 procent nöjda ger ingen bonus\"");
        has(out, "25 000 kr per person för personer som stått långt från arbetsmarknaden");
        has(out, "när antalet under året är minst 1, högst 100 000 kr per år.");
        has(out, "Betalningarna enligt §5.1, §5.2 och §6 uppgår sammanlagt till högst 400 000 kr per år. Det som överstiger"
                + " taket ett år går inte förlorat");
        assertFalse(out.contains("(ej angivet)"), out);
    }

    @Test
    void theHomeCareContractInEnglishWritesAmountsAndPercentagesTheEnglishWay() {
        String out = describe("describe", "contracts/hemtjanst-kundnojdhet", "--lang", "en");
        has(out, "The contract says:");
        has(out, "nothing at 80% or lower, the whole SEK 120,000 at 95% or higher");
        has(out, "SEK 10,000 per percentage point by which");
        has(out, "improves beyond the best level the subject has reached before: the baseline 75% or a better later"
                + " year.");
        has(out, "What is paid under §5.2 to a subject comes to at most SEK 80,000 per subject and year, this year's"
                + " improvement and amounts carried forward together.");
        has(out, "in the years the subject's level is at most 1 percentage point lower than the level the improvement"
                + " reached.");
        has(out, "only if it rests on at least 30 respondents and the response rate is at least 40%.");
        has(out, "SEK 25,000 per person for");
        has(out, "Payments under §5.1, §5.2 and §6 come to at most SEK 400,000 a year in total. What exceeds the cap in"
                + " a year is not lost");
    }

    @Test
    void theSickLeaveContractListsEveryTierAgainstTheBaseline() {
        String sv = describe("describe", "contracts/ornskoldsvik-sjukfranvaro");
        has(sv, "mot baslinjen 4,8 % når: 200 000 kr vid en förbättring med minst 0,3 procentenheter, 500 000 kr vid"
                + " en förbättring med minst 0,6 procentenheter och 900 000 kr vid en förbättring med minst 1"
                + " procentenhet.");
        has(sv, "Socialförvaltningen, Örnsköldsviks kommun får av Kommunstyrelsen, Örnsköldsviks kommun 50 000 kr för"
                + " ett år då dokumenterad jämställdhetsanalys");
        has(sv, "Betalningarna enligt §5 och §6 uppgår sammanlagt till högst 2 000 000 kr under hela avtalsperioden"
                + " 2026–2028;");
        String en = describe("describe", "contracts/ornskoldsvik-sjukfranvaro", "--lang", "en");
        has(en, "against the baseline 4.8% reaches: SEK 200,000 for an improvement of at least 0.3 percentage points,"
                + " SEK 500,000 for an improvement of at least 0.6 percentage points and SEK 900,000 for an"
                + " improvement of at least 1 percentage point.");
        has(en, "at most SEK 2,000,000 in total over the whole contract period 2026–2028;");
    }

    @Test
    void theOutcomeContractDescribesTheScheduleThePriceAndTheClauseWrittenAsItsOwnRules() {
        String sv = describe("describe", "contracts/osteraker-halsocoach");
        has(sv, "Utfallsfonden betalar Hälsocoachverksamheten 1 000 000 kr för 2026, 1 000 000 kr för 2027 och"
                + " 1 000 000 kr för 2028.");
        has(sv, "Österåkers kommun betalar Utfallsfonden 68 000 kr för varje verifierat utfall, räknat som deltagare"
                + " som verifierats ha gått från medel eller hög risk till låg risk för ohälsa, högst 5 000 000 kr"
                + " sammanlagt under avtalsperioden 2026–2028.");
        has(sv, "§6.2 Endast validerade utfall ersätts avtalets egna regler · Österåkers kommun → Utfallsfonden");
        // §6.2 is written in words (validation.dslr): the rule is named at the line its author wrote.
        has(sv, "Genomförs av avtalets egna regler: contracts/osteraker-halsocoach/validation.dslr:6 \"Utfall som inte"
                + " validerats av RISE hålls inne\"");
        // §6.1 is a library clause that the contract's own rule also acts on: legal staff must see both.
        has(sv, "Avtalets egna regler verkar också på klausulen: contracts/osteraker-halsocoach/validation.dslr:6");
        String en = describe("describe", "contracts/osteraker-halsocoach", "--lang", "en");
        has(en, "Utfallsfonden pays Hälsocoachverksamheten SEK 1,000,000 for 2026, SEK 1,000,000 for 2027 and"
                + " SEK 1,000,000 for 2028.");
        has(en, "SEK 68,000 for each verified outcome");
        has(en, "at most SEK 5,000,000 in total over the contract period 2026–2028.");
        has(en, "Implemented by the contract's own rules:");
    }

    @Test
    void anOptionalSegmentDisappearsWhenItsParameterIsLeftOut() {
        Path folder = Folders.copy(Path.of("contracts/osteraker-halsocoach"), tmp.resolve("osteraker"));
        Folders.edit(folder.resolve("contract.yaml"), "      totalCap: 5000000\n", "");
        String out = describe("describe", folder.toString());
        has(out, "för ohälsa. Ett år utan verifierad uppgift avräknas inte");
        assertFalse(out.contains("högst"), out);
    }

    @Test
    void theStepVariantAndALowerIsBetterMeasureReadTheRightWayRound() {
        String step = describe("describe", "rules/level-bonus/example");
        has(step, "100 000 kr per enhet och år när nöjdheten med hemtjänsten som helhet är minst 90 %; annars ingen"
                + " nivåbonus.");
        String lower = describe("describe", "rules/level-bonus/tests/continuity");
        has(lower, "är högst 12 personer; annars ingen nivåbonus.");
        has(lower, "ingen bonus vid 16 personer eller högre, hela 100 000 kr vid 10 personer eller lägre");
    }

    @Test
    void eachClauseIsDescribedByTheVersionItPins() {
        String out = describe("describe", "rules/level-bonus/tests/versions");
        has(out, "level-bonus 1.0.0 · Exempelby kommun");
        has(out, "level-bonus 1.1.0 · Exempelby kommun");
        // Only 1.1.0 knows minRespondents, and only its sentence mentions the minimum.
        has(out, "från 80 % mot 95 %. Ett värde från färre än 30 svarande avräknas inte.");
        assertEquals(1, out.split("svarande avräknas inte", -1).length - 1, out);
    }

    @Test
    void aFamilyWithoutATemplateIsDescribedByItsParametersInWords() {
        Path library = Folders.copy(Path.of("rules"), tmp.resolve("rules"));
        Path family = library.resolve("rate-card/family.yaml");
        String text = Folders.read(family);
        Folders.write(family, text.substring(0, text.indexOf("describe:")) + text.substring(text.indexOf("parameters:")));
        String out = describe("describe", "contracts/osteraker-halsocoach", "--library", library.toString());
        has(out, "Pris per verifierat utfall, med measure = deltagare som verifierats ha gått från medel eller hög"
                + " risk till låg risk för ohälsa; pricePerOutcome = 68 000 kr; yearCap = (ej angivet); totalCap ="
                + " 5 000 000 kr.");
        has(out, "(familjen rate-card har ingen meningsmall ännu: parametrarna visas i stället)");
        String catalogue = describe("clauses", "--library", library.toString(), "--contracts", "contracts");
        has(catalogue, "rate-card 1.0.0 — Pris per verifierat utfall");
        has(catalogue, "Ingen meningsmall (describe) ännu: describe visar parametrarna i stället.");
        assertEquals(1, catalogue.split("Ingen meningsmall", -1).length - 1, "only rate-card lacks one");
    }

    @Test
    void describeIsByteIdenticalRunToRun() {
        assertEquals(Cli.run("describe", "contracts/hemtjanst-kundnojdhet").out(),
                Cli.run("describe", "contracts/hemtjanst-kundnojdhet").out());
    }

    @Test
    void aContractThatCannotBeReadIsOneMessageWithItsLine() {
        Path folder = Folders.copy(Path.of("contracts/osteraker-halsocoach"), tmp.resolve("osteraker"));
        Path file = folder.resolve("contract.yaml");
        Folders.edit(file, "pricePerOutcome: 68000", "pricePerOutcome: lots");
        Cli cli = Cli.run("describe", folder.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().length, cli::err);
        assertTrue(cli.errLines()[0].contains("contract.yaml:" + Folders.lineOf(file, "lots") + ":"), cli::err);
        assertEquals("", cli.out());
    }

    @Test
    void aThresholdChangedInTheRulesButNotInTheClauseTextShowsBesideIt() {
        Path folder = ContractCopy.of("hemtjanst-kundnojdhet", tmp);
        ContractCopy.edit(folder.resolve("hog-nojdhet.dslr"), "i år är minst 90 procent", "i år är minst 85 procent");
        String out = describe("describe", folder.toString());
        has(out, "För varje hemtjänstenhet där minst 90 procent av brukarna är mycket eller ganska nöjda");
        has(out, "hog-nojdhet.dslr:7 \"Hög nöjdhet ger bonus\" i fasen ersättning när För varje år som avräknas enligt"
                + " §5.4 Om nojdhet för en enhet i år är minst 85 procent");
    }
}
