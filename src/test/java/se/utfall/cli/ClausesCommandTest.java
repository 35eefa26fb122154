package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;
import se.utfall.testing.Folders;

/**
 * The clause catalogue: every family of the library with its version, earlier releases and
 * parameters, and where each is used across a folder of contracts, for people and for machines.
 */
class ClausesCommandTest {
    @TempDir
    Path tmp;

    Path contracts;

    /**
     * The bundled contracts, one of them also as an unpinned draft, and a scenario contract under
     * tests/ that is no signed contract and must not count as a usage.
     */
    @BeforeEach
    void contracts() {
        contracts = tmp.resolve("contracts");
        Folders.copy(Path.of("contracts"), contracts);
        Path draft = Folders.copy(Path.of("rules/level-bonus/example"), contracts.resolve("utkast"));
        Folders.edit(draft.resolve("contract.yaml"), "id: exempel-nivabonus-hemtjanst", "id: utkast-nivabonus");
        Folders.copy(Path.of("rules/level-bonus/tests/versions"),
                contracts.resolve("hemtjanst-kundnojdhet/tests/versions"));
    }

    private String run(String... args) {
        List<String> all = new ArrayList<>(List.of("clauses", "--contracts", contracts.toString()));
        all.addAll(List.of(args));
        Cli cli = Cli.run(all.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli::err);
        return cli.out();
    }

    private static List<String> familyFolders() throws Exception {
        try (Stream<Path> folders = Files.list(Path.of("rules"))) {
            return folders.filter(p -> Files.exists(p.resolve("family.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTextListsEveryFamilyInIdOrderWithVersionParametersAndUsage() throws Exception {
        String out = run();
        int last = -1;
        for (String id : familyFolders()) {
            int at = out.indexOf("\n" + id + " ");
            assertTrue(at > last, () -> id + " missing or out of order");
            last = at;
        }
        // Seven bundled contracts (hemtjanst-kundnojdhet, ornskoldsvik-sjukfranvaro, osteraker-halsocoach,
        // samverkan-arbete, unga-vuxna-arbete and, a folder deeper, examples-flawed/naive-hemtjanst and
        // examples-flawed/hemtjanst-tak-utan-overforing) and the draft; the scenario contract under tests/
        // is no contract of the folder. Issue 10 added six: rikers-able, chicago-cpc, norrkoping-sociala-utfall,
        // peterborough, dwp-innovation-fund and sollentuna-malrelaterad.
        assertTrue(out.startsWith("Klausulbiblioteket rules: " + familyFolders().size() + " familjer, använt av 14"
                + " avtal i " + Locations.display(contracts) + "\n"), out);
        assertTrue(out.contains("level-bonus 1.1.0 — Nivåbonus när ett mått når en nivå"), out);
        assertTrue(out.contains("    amount          belopp, SEK, 0–50 000 000 · krävs\n"), out);
        assertTrue(out.contains("    mode            val: step | linear · standard step\n"), out);
        assertTrue(out.contains("    ceiling         decimaltal · krävs när mode = linear\n"), out);
        assertTrue(out.contains("    minRespondents  heltal, 1–100 000 · valfri\n"), out);
        assertTrue(out.contains("      Bonusen per enhet och år när nivån nås fullt ut.\n"), out);
        assertTrue(out.contains("  Tidigare versioner:\n    1.0.0 (utan minRespondents)\n"), out);
        assertTrue(out.contains("          Året beloppet betalas för.\n"), "table columns are listed: " + out);
    }

    @Test
    void usageNamesContractClauseAndVersionAndSaysWhichArePinned() {
        String out = run();
        String levelBonus = out.substring(out.indexOf("\nlevel-bonus "), out.indexOf("\npayment-cap "));
        assertTrue(Pattern.compile("\n {4}hemtjanst-kundnojdhet +§5\\.1 +1\\.0\\.0 \\(tidigare version\\)\n")
                .matcher(levelBonus).find(), levelBonus);
        assertTrue(Pattern.compile("\n {4}utkast-nivabonus +§5\\.2 +1\\.1\\.0 \\(ej låst: följer aktuell version\\)\n")
                .matcher(levelBonus).find(), levelBonus);
        assertFalse(levelBonus.contains("test-nivabonus-versioner"), "contracts under tests/ are not usages");
        String paymentCap = out.substring(out.indexOf("\npayment-cap "), out.indexOf("\nrate-card "));
        assertTrue(paymentCap.indexOf("hemtjanst-kundnojdhet ") < paymentCap.indexOf("ornskoldsvik-sjukfranvaro "),
                paymentCap);
    }

    @Test
    void theEnglishCatalogueUsesEnglishWordsAndDescriptions() {
        String out = run("--lang", "en");
        assertTrue(out.startsWith("Clause library rules: "), out);
        assertTrue(out.contains("level-bonus 1.1.0 — Level bonus when a measure reaches a level"), out);
        assertTrue(out.contains("    amount          amount, SEK, 0–50,000,000 · required\n"), out);
        assertTrue(out.contains("    ceiling         decimal · required when mode = linear\n"), out);
        assertTrue(out.contains("  Earlier versions:\n    1.0.0 (without minRespondents)\n"), out);
        assertTrue(out.contains("  Used by:\n"), out);
    }

    @Test
    void theJsonHasEveryVersionsParametersAndEveryUsage() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run("--format", "json"));
        List<String> ids = new ArrayList<>();
        root.get("families").forEach(f -> ids.add(f.get("id").asText()));
        assertEquals(familyFolders(), ids);
        assertEquals(14, root.get("contractCount").asInt(),
                "thirteen bundled contracts (six of them from issue 10) and the draft, none under tests/");
        JsonNode level = root.get("families").get(ids.indexOf("level-bonus"));
        assertEquals("1.1.0", level.get("version").asText());
        assertTrue(level.get("hasDescribeTemplate").asBoolean());
        JsonNode amount = param(level.get("parameters"), "amount");
        assertEquals("amount", amount.get("type").asText());
        assertEquals("SEK", amount.get("unit").asText());
        assertEquals("0", amount.get("min").asText());
        assertEquals("50000000", amount.get("max").asText());
        assertTrue(amount.get("required").asBoolean());
        assertEquals("Bonusen per enhet och år när nivån nås fullt ut.", amount.get("description").get("sv").asText());
        JsonNode ceiling = param(level.get("parameters"), "ceiling");
        assertEquals("linear", ceiling.get("requiredWhen").get("mode").asText());
        assertEquals("step", param(level.get("parameters"), "mode").get("default").asText());
        JsonNode released = level.get("released");
        assertEquals(1, released.size());
        assertEquals("1.0.0", released.get(0).get("version").asText());
        assertEquals(null, param(released.get(0).get("parameters"), "minRespondents"));
        JsonNode usedBy = level.get("usedBy");
        assertEquals(4, usedBy.size(), usedBy::toString);
        assertEquals("hemtjanst-kundnojdhet", usedBy.get(0).get("contract").asText());
        assertEquals("§5.1", usedBy.get(0).get("clause").asText());
        assertEquals("1.0.0", usedBy.get(0).get("version").asText());
        assertTrue(usedBy.get(0).get("pinned").asBoolean());
        // found a folder deeper, under examples-flawed/
        assertEquals("hemtjanst-tak-utan-overforing", usedBy.get(1).get("contract").asText());
        assertEquals("naive-hemtjanst", usedBy.get(2).get("contract").asText());
        assertEquals("1.0.0", usedBy.get(2).get("version").asText());
        assertTrue(usedBy.get(2).get("pinned").asBoolean());
        assertEquals("utkast-nivabonus", usedBy.get(3).get("contract").asText());
        assertEquals("1.1.0", usedBy.get(3).get("version").asText());
        assertFalse(usedBy.get(3).get("pinned").asBoolean());
        JsonNode tiers = param(root.get("families").get(ids.indexOf("tier-table")).get("parameters"), "tiers");
        assertEquals("from", tiers.get("columns").get(0).get("name").asText());
    }

    private static JsonNode param(JsonNode parameters, String name) {
        for (JsonNode p : parameters) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void theSameFoldersGiveByteIdenticalOutput() {
        assertEquals(run(), run());
        assertEquals(run("--format", "json"), run("--format", "json"));
        assertEquals(run("--lang", "en"), run("--lang", "en"));
    }

    @Test
    void aBrokenContractInTheFolderIsOneMessageAtItsLineAndNothingIsPrinted() {
        Path file = contracts.resolve("osteraker-halsocoach/contract.yaml");
        Folders.edit(file, "family: rate-card", "family: rate-cards");
        Cli cli = Cli.run("clauses", "--contracts", contracts.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().length, cli::err);
        assertTrue(cli.errLines()[0].startsWith(Locations.display(file) + ":" + Folders.lineOf(file, "rate-cards")
                + ": no clause family 'rate-cards'"), cli::err);
        assertEquals("", cli.out());
    }

    @Test
    void aContractsFolderThatDoesNotExistIsOneMessage() {
        Cli cli = Cli.run("clauses", "--contracts", tmp.resolve("nowhere").toString());
        assertEquals(2, cli.exitCode());
        assertEquals(1, cli.errLines().length, cli::err);
        assertTrue(cli.err().contains("is not a folder of contracts"), cli::err);
    }
}
