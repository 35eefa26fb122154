package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;
import se.utfall.testing.Folders;

/**
 * A contract in two providers' names: each unit's money goes to the provider the unit is listed
 * under, and a unit whose payee is ambiguous stops the settlement at its line instead of paying the
 * first provider.
 */
class PayeePerSubjectTest {
    @TempDir
    Path tmp;

    /** The home-care contract with Hemtjänst Söder run by a second provider, and the cap split per provider. */
    static Path twoProviders(Path into) {
        Path folder = ContractCopy.of("hemtjanst-kundnojdhet", into);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "    name: Omsorgsgruppen Hemtjänst AB\n    role: provider\n",
                "    name: Omsorgsgruppen Hemtjänst AB\n    role: provider\n"
                        + "    subjects: [Hemtjänst Norr, Utföraren]\n"
                        + "  soder:\n    name: Söderomsorg AB\n    role: provider\n    subjects:\n      - Hemtjänst Söder\n");
        // The special condition counts Omsorgsgruppen's own hires: it names its payee.
        ContractCopy.edit(file, "    family: special-condition\n", "    family: special-condition\n    payee: utforaren\n");
        // One cap over both providers' money could not say whose payment it cuts: one cap per provider.
        ContractCopy.edit(file, "      limit: 400000\n      per: year-carry-forward\n",
                "      limit: 200000\n      per: year-carry-forward\n      party: utforaren\n");
        ContractCopy.edit(file, "    family: payment-cap\n", "    family: payment-cap\n    payee: utforaren\n");
        String cap = Folders.read(file);
        // The new clause goes at the end of the clause list, before the analysis: block that ends the file.
        int analysis = cap.indexOf("\nanalysis:\n");
        String tail = analysis < 0 ? "" : cap.substring(analysis);
        cap = analysis < 0 ? cap : cap.substring(0, analysis);
        cap += "\n  - id: \"§8b\"\n    title: Tak för Söderomsorgs målrelaterade ersättning\n"
                + "    text: Som §8, för Söderomsorg AB.\n    family: payment-cap\n    version: 1.1.0\n"
                + "    payee: soder\n    parameters:\n      limit: 200000\n      per: year-carry-forward\n"
                + "      party: soder\n      clauses: [\"§5.1\", \"§5.2\"]\n" + tail;
        Folders.write(file, cap);
        return folder;
    }

    private String ledger() {
        return tmp.resolve("ledger.db").toString();
    }

    private static Map<String, BigDecimal> paidTo(JsonNode root) {
        Map<String, BigDecimal> byParty = new TreeMap<>();
        for (JsonNode year : root.get("years")) {
            for (JsonNode line : year.get("lines")) {
                byParty.merge(line.get("party").asText() + " " + line.get("subject").asText(),
                        new BigDecimal(line.get("amount").asText()), BigDecimal::add);
            }
        }
        return byParty;
    }

    @Test
    void eachUnitsMoneyGoesToItsOwnProvider() throws Exception {
        Path folder = twoProviders(tmp);
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--year", "2027", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        Map<String, BigDecimal> paid = paidTo(new ObjectMapper().readTree(cli.out()));
        // Söder: §5.1 0 + 32 000 + 24 000, §5.2 30 000 + 60 000 + 0 (as in the one-provider contract).
        assertEquals(new BigDecimal("146000"), paid.get("soder Hemtjänst Söder"), paid.toString());
        assertEquals(new BigDecimal("258000"), paid.get("utforaren Hemtjänst Norr"), paid.toString());
        assertTrue(paid.keySet().stream().noneMatch(k -> k.startsWith("utforaren Hemtjänst Söder")), paid.toString());
        // The ledger pays Söderomsorg its units' money, and nothing of it to Omsorgsgruppen.
        Cli history = Cli.run("history", "--ledger", ledger(), folder.toString());
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("namnden → soder"), history.out());
    }

    @Test
    void aUnitNoProviderListsIsAnErrorAtTheClauseThatPaysIt() {
        Path folder = twoProviders(tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "    subjects:\n      - Hemtjänst Söder\n", "");
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--year", "2027");
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        String error = cli.errLines()[0];
        // 2025's first payment to Söder is its §5.2 improvement bonus (its §5.1 level bonus was 0).
        assertTrue(error.startsWith(Locations.display(file) + ":" + ContractCopy.lineOf(file, "- id: \"§5.2\"")
                + ": clause §5.2"), error);
        assertTrue(error.contains("Hemtjänst Söder") && error.contains("subjects:"), error);
        // Nothing was written: the history of the contract is empty.
        Cli history = Cli.run("history", "--ledger", ledger(), folder.toString());
        assertTrue(!history.out().contains("betalning ") && history.out().contains("(inga)"), history.out());
    }

    @Test
    void aUnitListedUnderTwoProvidersIsAnErrorAtTheSecondListing() {
        Path folder = twoProviders(tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "      - Hemtjänst Söder\n", "      - Hemtjänst Söder\n      - Hemtjänst Norr\n");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        String error = cli.errLines()[0];
        assertTrue(error.startsWith(Locations.display(file) + ":" + ContractCopy.lineOf(file, "      - Hemtjänst Norr")),
                error);
        assertTrue(error.contains("assigned twice") && error.contains("utforaren") && error.contains("soder"), error);
    }

    @Test
    void oneCapOverBothProvidersIsRefusedBecauseItCannotSayWhoseMoneyItCuts() {
        Path folder = ContractCopy.of("hemtjanst-kundnojdhet", tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "    name: Omsorgsgruppen Hemtjänst AB\n    role: provider\n",
                "    name: Omsorgsgruppen Hemtjänst AB\n    role: provider\n    subjects: [Hemtjänst Norr, Utföraren]\n"
                        + "  soder:\n    name: Söderomsorg AB\n    role: provider\n    subjects: [Hemtjänst Söder]\n");
        ContractCopy.edit(file, "    family: special-condition\n", "    family: special-condition\n    payee: utforaren\n");
        Cli cli = Cli.run("settle", "--ledger", ledger(), folder.toString(), "--year", "2027", "--dry-run");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("§8") && cli.err().contains("soder"), cli.err());
    }
}
