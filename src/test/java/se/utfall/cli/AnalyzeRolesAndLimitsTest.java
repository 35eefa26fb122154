package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.testing.Folders;
import se.utfall.testing.LibraryCopy;

/**
 * Issue 15, the analyzer: figures that are not the provider's results are held, a check that
 * compared nothing says so, co-payers count as paying, and the limits come from contract.yaml.
 * Small searches keep it quick.
 */
class AnalyzeRolesAndLimitsTest {
    private static final String COMPARISON = "src/test/resources/analysis/jamforelsegrupp";
    private static final String[] QUICK = {"--samples", "40", "--grid", "81", "--subjects", "0", "--format", "json"};

    @TempDir
    Path tmp;

    private static Cli analyze(String contract, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", contract));
        args.addAll(List.of(QUICK));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode json(Cli cli) throws Exception {
        return new ObjectMapper().readTree(cli.out());
    }

    private static Map<String, JsonNode> checks(JsonNode root) {
        Map<String, JsonNode> checks = new HashMap<>();
        root.get("checks").forEach(c -> checks.put(c.get("check").asText(), c));
        return checks;
    }

    private static List<String> figures(JsonNode root) {
        List<String> out = new ArrayList<>();
        root.get("figures").forEach(f -> out.add(f.get("subject").asText() + " · " + f.get("measure").asText()));
        return out;
    }

    /**
     * The comparison group Riket is named by §5.6 (comparison-adjustment declares its comparison
     * parameter role: comparison): it is held, so it no longer raises an alarm, while the contract's
     * real flaw (no agreed baseline: sandbagging the first year pays) is still caught on a unit.
     */
    @Test
    void aComparisonGroupIsHeldWhileTheContractsRealFlawIsStillCaught() throws Exception {
        Cli cli = analyze(COMPARISON);
        assertEquals(1, cli.exitCode(), cli.err());
        JsonNode root = json(cli);
        assertFalse(figures(root).contains("Riket · overall_satisfaction"), figures(root).toString());
        assertEquals(2, root.get("units").asInt(), "Riket is not a unit of the portfolio, nor copied as one");
        assertTrue(root.get("held").toString().contains("Riket · overall_satisfaction (comparison, named by §5.6)"),
                root.get("held").toString());
        Map<String, JsonNode> checks = checks(root);
        assertEquals("FAIL", checks.get("dominance").get("status").asText());
        assertTrue(checks.get("dominance").get("counterExample").get("subject").asText().startsWith("Enhet"),
                checks.get("dominance").toString());
        for (String id : new String[] {"saw-tooth", "early-achievement", "decline"}) {
            assertEquals("PASS", checks.get(id).get("status").asText(), id + ": " + checks.get(id));
        }
        assertFalse(cli.out().contains("\"subject\" : \"Riket\""), "no finding is about Riket");
    }

    /** The same contract with a library whose family does not declare the role: Riket is varied and raises a false alarm. */
    @Test
    void withoutTheRoleTheComparisonGroupRaisesAFalseAlarm() throws Exception {
        Path library = LibraryCopy.of(tmp);
        Folders.edit(library.resolve("comparison-adjustment/family.yaml"), "    role: comparison\n", "");
        JsonNode root = json(analyze(COMPARISON, "--library", library.toString()));
        assertTrue(figures(root).contains("Riket · overall_satisfaction"), figures(root).toString());
        assertTrue(root.toString().contains("\"subject\":\"Riket\""), "a finding about Riket: " + root);
    }

    @Test
    void aMeasureWhoseRoleIsContextIsHeldNotVaried() throws Exception {
        Path folder = ContractCopy.of("unga-vuxna-arbete", tmp);
        ContractCopy.edit(folder.resolve("contract.yaml"), "    title: Deltagare som fullföljt en termin",
                "    role: context\n    title: Deltagare som fullföljt en termin");
        JsonNode root = json(analyze(folder.toString()));
        assertEquals(List.of("kohort · arbete_6_man", "kohort · egen_forsorjning_12_man"), figures(root));
        assertEquals("[\"studier_termin (role: context)\"]", root.get("held").toString());
    }

    @Test
    void anUnknownRoleIsOneMessageAtItsLine() {
        Path folder = ContractCopy.of("unga-vuxna-arbete", tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "    title: Deltagare som fullföljt en termin",
                "    role: outcom\n    title: Deltagare som fullföljt en termin");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        assertTrue(cli.err().contains(":" + ContractCopy.lineOf(file, "role: outcom") + ":"), cli.err());
        assertTrue(cli.err().contains("outcome"), cli.err());
    }

    /** A two-year contract has no drop-and-climb-back: saw-tooth compared nothing and must not say PASS. */
    @Test
    void aCheckThatTriedNoPairsSaysSoInJsonAndText() throws Exception {
        Map<String, JsonNode> checks = checks(json(analyze("contracts/samverkan-arbete")));
        for (String id : new String[] {"saw-tooth", "early-achievement"}) {
            assertEquals("NOT_RUN", checks.get(id).get("status").asText(), id);
            assertEquals(0, checks.get(id).get("pairs").asLong(), id);
        }
        assertEquals("PASS", checks.get("dominance").get("status").asText());
        Cli text = Cli.run("analyze", "contracts/samverkan-arbete", "--samples", "40", "--grid", "81", "--subjects", "0");
        assertTrue(text.out().contains("NOT RUN saw-tooth"), text.out());
        assertTrue(text.out().contains("Not run: no pairs to compare."), text.out());
        assertFalse(text.out().contains("PASS  saw-tooth"), text.out());
    }

    /** Region and employment service pay 40 % and a third of samverkan-arbete's payments: they count. */
    @Test
    void coPayersCountAsPaying() throws Exception {
        JsonNode root = json(analyze("contracts/samverkan-arbete"));
        assertEquals("[\"arbetsformedlingen\",\"kommunen\",\"regionen\"]", root.get("paid").get("payers").toString());
        // one more person in work is worth the whole price, 45 555 kr, not the municipality's 60 % (27 333)
        assertEquals("45555.00", checks(root).get("cliffs").get("change").asText());
    }

    /** The budget is read from contract.yaml, so a plain analyze judges by it; --budget overrides it. */
    @Test
    void theBudgetInContractYamlFailsAPlainAnalyzeAndTheOptionOverridesIt() {
        Path folder = ContractCopy.of("osteraker-halsocoach", tmp);
        ContractCopy.edit(folder.resolve("contract.yaml"), "  budget: 5000000", "  budget: 4000000");
        Cli plain = Cli.run("analyze", folder.toString(), "--samples", "40", "--grid", "81", "--subjects", "0");
        assertEquals(1, plain.exitCode(), plain.out() + plain.err());
        assertTrue(plain.out().contains("Budget 4 000 000 (contract.yaml analysis: budget): exceeded by 1 000 000."),
                plain.out());
        Cli overridden = Cli.run("analyze", folder.toString(), "--samples", "40", "--grid", "81", "--subjects", "0",
                "--budget", "5000000");
        assertEquals(0, overridden.exitCode(), overridden.out());
        assertTrue(overridden.out().contains("Budget 5 000 000 (--budget): within it."), overridden.out());
    }

    /** samverkan-arbete without §6's cap is an uncapped rate card: a plain analyze fails its exposure. */
    @Test
    void aPlainAnalyzeFailsAnUncappedRateCard() throws Exception {
        Path folder = ContractCopy.of("samverkan-arbete", tmp);
        Path file = folder.resolve("contract.yaml");
        String text = java.nio.file.Files.readString(file);
        int from = text.indexOf("  - id: \"§6\"");
        int to = text.indexOf("# What `utfall analyze`");
        Folders.write(file, text.substring(0, from) + text.substring(to));
        Cli cli = analyze(folder.toString());
        assertEquals(1, cli.exitCode(), cli.out() + cli.err());
        JsonNode exposure = checks(json(cli)).get("exposure");
        assertEquals("FAIL", exposure.get("status").asText(), exposure.toString());
        assertEquals("1200000.02", exposure.get("budget").asText());
        assertEquals("contract.yaml analysis: budget", exposure.get("budgetFrom").asText());
        assertEquals(0, analyze("contracts/samverkan-arbete").exitCode(), "with §6 the shipped contract passes");
    }

    /** Örnsköldsvik's top tier raised to 1.5 MSEK: 0.1 point of sick leave is worth 1 MSEK, beyond the tolerated 400 000. */
    @Test
    void aPlainAnalyzeFailsAOneMillionCliff() throws Exception {
        Path folder = ContractCopy.of("ornskoldsvik-sjukfranvaro", tmp);
        ContractCopy.edit(folder.resolve("contract.yaml"), "{ from: 1.0, amount: 900000 }",
                "{ from: 1.0, amount: 1500000 }");
        Cli cli = analyze(folder.toString());
        assertEquals(1, cli.exitCode(), cli.out() + cli.err());
        JsonNode cliff = checks(json(cli)).get("cliffs");
        assertEquals("FAIL", cliff.get("status").asText(), cliff.toString());
        assertEquals("1000000", cliff.get("change").asText().replace("-", ""), cliff.toString());
        assertEquals("400000", cliff.get("limit").asText());
        assertEquals("§5", cliff.get("counterExample").get("clause").get("id").asText(), cliff.toString());
    }

    /** Each counter-example names the clause whose lines differ most between its two histories. */
    @Test
    void aCounterExampleNamesTheClauseThatMakesTheDifference() throws Exception {
        Cli cli = analyze("contracts/examples-flawed/naive-hemtjanst");
        JsonNode dominance = checks(json(cli)).get("dominance").get("counterExample");
        assertEquals("§5.2", dominance.get("clause").get("id").asText(), dominance.toString());
        assertEquals("Ökningsbonus för kundnöjdhet", dominance.get("clause").get("title").asText());
        java.math.BigDecimal better = new java.math.BigDecimal(dominance.get("clause").get("better").asText());
        java.math.BigDecimal worse = new java.math.BigDecimal(dominance.get("clause").get("worse").asText());
        assertTrue(worse.compareTo(better) > 0, "§5.2 pays the worse history more: " + dominance);
        Cli text = Cli.run("analyze", "contracts/examples-flawed/naive-hemtjanst", "--samples", "40", "--grid", "81",
                "--subjects", "0");
        assertTrue(text.out().contains("      The difference is made by §5.2 Ökningsbonus för kundnöjdhet: it pays "),
                text.out());
    }
}
