package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The example contracts for real payment mechanisms (issue 10) are written with families only, so
 * describe is the one place a reader checks the rules against the contract text: each must state
 * its thresholds, caps and conditions in whole sentences, in the contract's language.
 */
class RealMechanismsDescribeTest {

    private static String describe(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli::err);
        String out = cli.out().replaceAll("\\s+", " ");
        assertFalse(out.matches(".*[{}\\[\\]].*"), out);
        assertFalse(out.contains("(ej angivet)") || out.contains("(not set)"), out);
        return out;
    }

    private static void has(String out, String sentence) {
        assertTrue(out.contains(sentence), () -> "missing: " + sentence + "\nin: " + out);
    }

    @Test
    void norrkopingStatesTheCapTheExcessAndItsCondition() {
        String out = describe("describe", "contracts/norrkoping-sociala-utfall");
        has(out, "Norrköpings kommun betalar Leksell Social Ventures 100 % av besparing på sociala insatser mot"
                + " baslinjen, per enhet och år, högst 10 000 000 kr per enhet");
        has(out, "100 % av besparing på sociala insatser mot baslinjen utöver 10 000 000 kr, per enhet och år, högst"
                + " 2 000 000 kr per enhet");
        has(out, "Betalning enligt §5.2 görs för en enhet ett år bara om värdet av målgruppens skolresultat har"
                + " förbättrats (ja/nej) för enheten samma år är minst 1 ja/nej");
    }

    @Test
    void peterboroughStatesBothThresholdsInEnglish() {
        String out = describe("describe", "contracts/peterborough", "--lang", "en");
        has(out, "Ministry of Justice pays Peterborough SIB investors (through Social Finance) GBP 30,000 per event"
                + " avoided for each cohort whose events");
        has(out, "are at least 10% fewer than the comparison group's");
        has(out, "At the final assessment in 2017 all cohorts are pooled: when the pooled reduction is at least 7.5%,"
                + " GBP 30,000 is paid per pooled event avoided, less what the cohorts were already paid.");
    }

    @Test
    void theDwpRateCardStatesOncePerParticipantAndBothCaps() {
        String out = describe("describe", "contracts/dwp-innovation-fund", "--lang", "en");
        has(out, "once per subject and outcome over the contract, in the year the outcome is first evidenced");
        has(out, "Payments under §5 for one and the same participant come to at most GBP 8,200 in total over the whole"
                + " contract period 2012–2015; the outcome that crosses the cap is paid up to the cap");
        has(out, "come to at most GBP 3,700,000 in total over the whole contract period 2012–2015");
    }

    @Test
    void sollentunaStatesTheTiersAsPercentagesOfTheBase() {
        String out = describe("describe", "contracts/sollentuna-malrelaterad");
        has(out, "en andel av årets grundersättning enligt årets grundersättning till utföraren enligt avtalet, efter"
                + " det högsta steg andel ganska eller mycket nöjda med hemtjänsten som helhet når: 1 % vid minst 85 %"
                + " och 2 % vid minst 90 %");
        has(out, "endast om den bygger på minst 30 svarande");
    }
}
