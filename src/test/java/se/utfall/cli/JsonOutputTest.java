package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that prints a result takes --format json: one object on stdout that Jackson reads,
 * keys sorted at every level, nothing else on stdout; a bad input still exits 2 with its message on
 * stderr and nothing on stdout.
 */
class JsonOutputTest {
    @TempDir
    Path tmp;

    private static JsonNode json(Cli cli, int exit) throws Exception {
        assertEquals(exit, cli.exitCode(), cli.out() + cli.err());
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertTrue(root.isObject(), cli.out());
        assertSorted(root, "$");
        return root;
    }

    /** One convention across commands: an object's keys are in sorted order. */
    private static void assertSorted(JsonNode node, String path) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            assertEquals(sorted, keys, "keys of " + path);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                assertSorted(node.get(k), path + "." + k);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertSorted(node.get(i), path + "[" + i + "]");
            }
        }
    }

    @Test
    void ledgerCommandsSpeakJson() throws Exception {
        Path folder = ContractCopy.of("osteraker-halsocoach", tmp.resolve("portfolio"));
        String ledger = tmp.resolve("ledger.db").toString();
        JsonNode sign = json(Cli.run("sign", "--ledger", ledger, folder.toString(), "--format", "json"), 0);
        assertEquals("sign", sign.get("command").asText());
        assertTrue(sign.get("message").asText().contains("osteraker-halsocoach"), sign.toString());

        JsonNode all = json(Cli.run("settle-all", "--ledger", ledger, tmp.resolve("portfolio").toString(), "--year",
                "2027", "--format", "json"), 0);
        assertEquals("osteraker-halsocoach", all.get("contracts").get(0).get("contract").asText());
        // 2026–2027: 1 360 000 + 2 380 000 to the fund, 2 × 1 000 000 to the provider, never added up.
        JsonNode flows = all.get("contracts").get(0).get("flows");
        assertEquals("kommunen", flows.get(0).get("payer").asText());
        assertEquals("3740000", flows.get(0).get("dueNow").asText());
        assertEquals("fonden", flows.get(1).get("payer").asText());
        assertEquals("2000000", flows.get(1).get("dueNow").asText());

        JsonNode settle = json(Cli.run("settle", "--ledger", ledger, folder.toString(), "--year", "2028",
                "--format", "json"), 0);
        assertEquals("2260000", settle.get("ledger").get("dueNow").asText());

        JsonNode history = json(Cli.run("history", "--ledger", ledger, folder.toString(), "--format", "json"), 0);
        assertEquals(2, history.get("runs").size());
        // Who ran each run is in the JSON as in the text, and a rerun that found nothing new is listed.
        assertFalse(history.get("runs").get(0).get("operator").asText().isBlank(), history.toString());
        assertTrue(history.get("runs").get(1).get("command").asText().contains("settle"), history.toString());
        assertEquals(0, history.get("rerunChecks").size(), history.toString());
        assertEquals(7, history.get("payments").size(), "per clause and unit: 2028 has the cut of §6.1 apart");
        assertEquals(2026, history.get("payments").get(0).get("year").asInt());

        JsonNode verify = json(Cli.run("verify-ledger", "--ledger", ledger, "--format", "json"), 0);
        assertTrue(verify.get("intact").asBoolean(), verify.toString());
        assertEquals(2, verify.get("headRun").asInt());

        JsonNode replay = json(Cli.run("replay", "--ledger", ledger, "1", "--format", "json"), 0);
        assertTrue(replay.get("identical").asBoolean(), replay.toString());

        ContractCopy.edit(folder.resolve("contract.yaml"), "title: \"Socialt", "title: \"Ändrat: Socialt");
        JsonNode amend = json(Cli.run("amend", "--ledger", ledger, folder.toString(), "--effective", "2028",
                "--reason", "ny titel", "--format", "json"), 0);
        assertEquals("amend", amend.get("command").asText());

        JsonNode export = json(Cli.run("export", "--ledger", ledger, folder.toString(), "--format", "json"), 0);
        assertEquals(6, export.get("rows").size());

        Cli missing = Cli.run("history", "--ledger", tmp.resolve("none.db").toString(), folder.toString(),
                "--format", "json");
        assertEquals(2, missing.exitCode());
        assertEquals("", missing.out(), "errors never go to stdout");
        assertTrue(!missing.err().isEmpty());
    }

    @Test
    void contractCommandsSpeakJson() throws Exception {
        String contract = "contracts/osteraker-halsocoach";
        JsonNode validate = json(Cli.run("validate", contract, "--format", "json"), 0);
        assertTrue(validate.get("results").get(0).get("ok").asBoolean(), validate.toString());

        JsonNode explain = json(Cli.run("explain", contract, "--year", "2028", "--clause", "§6.1", "--format",
                "json"), 0);
        JsonNode clause = explain.get("clauses").get(0);
        assertEquals("§6.1", clause.get("clause").asText());
        assertEquals("5000000", clause.get("total").asText());

        JsonNode describe = json(Cli.run("describe", contract, "--format", "json"), 0);
        assertTrue(describe.get("text").asText().contains("68 000"), describe.toString());

        JsonNode test = json(Cli.run("test", "contracts/osteraker-halsocoach/tests", "--format", "json"), 0);
        assertTrue(test.get("passed").asInt() > 0 && test.get("failed").asInt() == 0, test.toString());

        Path broken = ContractCopy.of("osteraker-halsocoach", tmp);
        ContractCopy.edit(broken.resolve("contract.yaml"), "currency: SEK", "currency: kronor");
        Cli bad = Cli.run("validate", broken.toString(), "--format", "json");
        JsonNode invalid = json(bad, 2);
        assertTrue(bad.err().contains("currency 'kronor'"), bad.err());
        assertTrue(invalid.get("results").get(0).get("problems").get(0).get("message").asText()
                .contains("currency 'kronor'"), invalid.toString());
    }
}
