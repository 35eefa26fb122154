package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a procurement officer and a script rely on from analyze. Small searches keep it quick. */
class AnalyzeCommandTest {
    private static final String NAIVE = "contracts/examples-flawed/naive-hemtjanst";
    private static final String OSTERAKER = "contracts/osteraker-halsocoach";
    private static final String CAP_FORFEITS = "contracts/examples-flawed/hemtjanst-tak-utan-overforing";
    private static final String[] QUICK = {"--samples", "40", "--grid", "81"};

    private static Cli analyze(String contract, String... more) {
        String[] args = new String[2 + QUICK.length + more.length];
        args[0] = "analyze";
        args[1] = contract;
        System.arraycopy(QUICK, 0, args, 2, QUICK.length);
        System.arraycopy(more, 0, args, 2 + QUICK.length, more.length);
        return Cli.run(args);
    }

    @Test
    void theNaiveContractFailsDominanceSawToothAndEarlyAchievementWithCounterExamplesThatAddUp() throws Exception {
        Cli cli = analyze(NAIVE, "--format", "json");
        assertEquals(1, cli.exitCode(), cli.err());
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertEquals(false, root.get("passed").asBoolean());
        Map<String, JsonNode> checks = new HashMap<>();
        root.get("checks").forEach(c -> checks.put(c.get("check").asText(), c));
        for (String id : new String[] {"dominance", "saw-tooth", "early-achievement"}) {
            JsonNode check = checks.get(id);
            assertEquals("FAIL", check.get("status").asText(), id);
            JsonNode ex = check.get("counterExample");
            BigDecimal better = new BigDecimal(ex.get("better").get("total").asText());
            BigDecimal worse = new BigDecimal(ex.get("worse").get("total").asText());
            assertEquals(worse.subtract(better), new BigDecimal(ex.get("shortfall").asText()), id);
            assertTrue(worse.compareTo(better) > 0, id + ": the worse trajectory must be paid more");
            assertEquals(4, ex.get("better").get("values").size(), id + ": one value per contract year");
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode y : ex.get("worse").get("paid")) {
                sum = sum.add(new BigDecimal(y.asText()));
            }
            assertEquals(worse, sum, id + ": the years add up to the total");
        }
        assertTrue(checks.containsKey("cliffs") && checks.containsKey("exposure"));
    }

    /**
     * Issue 14: with two units §8's 400 000 kr cap across clauses never binds hard enough, so the
     * flaw of a cap that forfeits what it cuts (payment-cap 1.0.0, per: year) hides; analyze finds it
     * only because it also runs the comparisons with five units, and says so in the counter-example.
     */
    @Test
    void aCapAcrossClausesThatForfeitsFailsDominanceAndEarlyAchievementOnlyWithFiveUnits() throws Exception {
        Map<String, JsonNode> wide = checks(analyze(CAP_FORFEITS, "--format", "json"));
        for (String id : new String[] {"dominance", "early-achievement"}) {
            assertEquals("FAIL", wide.get(id).get("status").asText(), id);
            assertEquals(5, wide.get(id).get("counterExample").get("subjects").asInt(), id);
        }
        Map<String, JsonNode> own = checks(analyze(CAP_FORFEITS, "--format", "json", "--subjects", "0"));
        for (String id : new String[] {"dominance", "early-achievement"}) {
            assertEquals("PASS", own.get(id).get("status").asText(), id + ": with the file's two units the flaw hides");
        }
    }

    private static Map<String, JsonNode> checks(Cli cli) throws Exception {
        JsonNode root = new ObjectMapper().readTree(cli.out());
        Map<String, JsonNode> checks = new HashMap<>();
        root.get("checks").forEach(c -> checks.put(c.get("check").asText(), c));
        return checks;
    }

    @Test
    void theTextReportNamesEachFailedCheckAndShowsTheTrajectoriesYearByYear() {
        Cli cli = analyze(NAIVE);
        assertEquals(1, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("FAIL  early-achievement"), cli.out());
        assertTrue(cli.out().contains("Step by step is paid"), cli.out());
        assertTrue(cli.out().contains("        2028 "), cli.out());
        assertTrue(cli.out().contains("Paid means every payment decided with Vård- och omsorgsnämnden"), cli.out());
    }

    @Test
    void twoRunsWithTheSameSeedGiveByteIdenticalOutput() {
        String first = analyze(OSTERAKER, "--format", "json", "--seed", "7").out();
        String second = analyze(OSTERAKER, "--format", "json", "--seed", "7").out();
        assertEquals(first, second);
        assertTrue(first.contains("\"seed\" : 7"), first);
    }

    @Test
    void oesterakerCountsOnlyTheMunicipalitysOutcomePaymentsAndIsCappedAtFiveMillion() throws Exception {
        Cli cli = analyze(OSTERAKER, "--format", "json", "--budget", "5000000");
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertEquals("[\"kommunen\"]", root.get("paid").get("payers").toString());
        JsonNode exposure = null;
        for (JsonNode c : root.get("checks")) {
            if (c.get("check").asText().equals("exposure")) {
                exposure = c;
            }
        }
        assertEquals("5000000", exposure.get("total").asText());
        assertEquals("PASS", exposure.get("status").asText());
        assertEquals("§6.1", exposure.get("caps").get(0).get("clause").asText());
    }

    @Test
    void aBudgetBelowTheExposureFailsTheAnalysis() {
        Cli cli = analyze(OSTERAKER, "--budget", "4000000");
        assertEquals(1, cli.exitCode(), cli.out());
        assertTrue(cli.out().contains("FAIL  exposure"), cli.out());
        assertTrue(cli.out().contains("exceeded by 1 000 000"), cli.out());
    }

    @Test
    void aCliffAboveTheGivenLimitFails() {
        Cli cli = analyze(OSTERAKER, "--max-cliff", "50000", "--budget", "5000000");
        assertEquals(1, cli.exitCode(), cli.out());
        assertTrue(cli.out().contains("FAIL  cliffs"), cli.out());
        Cli within = analyze(OSTERAKER, "--max-cliff", "68000");
        assertTrue(within.out().contains("PASS  cliffs"), within.out());
    }

    @Test
    void badOptionsAreOneMessageAndExitTwo() {
        Cli unknownPayer = analyze(OSTERAKER, "--payer", "banken");
        assertEquals(2, unknownPayer.exitCode());
        assertTrue(unknownPayer.err().contains("--payer banken: the contract has no such party"), unknownPayer.err());
        Cli badRange = analyze(OSTERAKER, "--range", "verified_participants=10..5");
        assertEquals(2, badRange.exitCode());
        assertTrue(badRange.err().contains("write LOW..HIGH"), badRange.err());
        Cli missing = Cli.run("analyze", "contracts/no-such-contract");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no-such-contract"), missing.err());
        assertEquals("", missing.out());
    }
}
