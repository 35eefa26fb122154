package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.bench.PortfolioGenerator;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerLocation;
import se.utfall.ledger.Signing;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.LibraryLocation;

/**
 * A portfolio signed at once (the benchmark's signing) keeps the ledger's trust: each shared family
 * text is stored once, every contract has its own signature, verify-ledger verifies, signing again
 * changes nothing and a contract changed after signing is refused. And the benchmark's JSON carries
 * every figure, one settle-all per year.
 */
class PortfolioSigningTest {
    @TempDir
    Path tmp;

    @Test
    void aPortfolioSignedAtOnceStoresEachTextOnceAndStillVerifies() throws Exception {
        List<Path> contracts = new PortfolioGenerator(1, 3).write(Files.createDirectories(tmp.resolve("p")), 6);
        Path db = tmp.resolve("ledger.db");
        ClauseLibrary library = ClauseLibrary.load(LibraryLocation.defaultRoot());
        try (Ledger ledger = Ledger.open(LedgerLocation.of(db.toString()))) {
            Signing signing = new Signing(ledger, library);
            List<String> said = signing.signAll(signing.prepareAll(contracts, 2), "test");
            assertEquals(6, said.size());
            said.forEach(s -> assertTrue(s.startsWith("Signed "), s));
        }
        assertEquals(6, count(db, "SELECT COUNT(*) FROM signatures"));
        assertEquals(count(db, "SELECT COUNT(DISTINCT hash) FROM signature_files"),
                count(db, "SELECT COUNT(*) FROM sources"));
        assertTrue(count(db, "SELECT COUNT(*) FROM signature_files") > count(db, "SELECT COUNT(*) FROM sources"),
                "the family files are shared, so fewer texts than pinned files");
        Cli verify = Cli.run("verify-ledger", "--ledger", db.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        Cli again = Cli.run("sign", contracts.get(0).toString(), "--ledger", db.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("already signed with these files"), again.out());
        Path yaml = contracts.get(1).resolve("contract.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\n# ändrad efter signering\n");
        Cli changed = Cli.run("settle", contracts.get(1).toString(), "--year", "2026", "--ledger", db.toString());
        assertEquals(2, changed.exitCode(), changed.out() + changed.err());
        assertTrue(changed.err().contains("changed"), changed.err());
    }

    @Test
    void theBenchmarkPrintsEveryFigureAsJson() throws Exception {
        Cli run = Cli.run("benchmark", "--contracts", "3", "--years", "2", "--runs", "yearly", "--cold-start-runs",
                "0", "--keep", tmp.resolve("b").toString(), "--format", "json", "--compare-reference",
                "--reference-contracts", "2");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.isObject(), run.out());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.stream().sorted().toList(), keys, "one object, keys sorted");
        // The engine-versus-reference comparison, in the object rather than as text: its ratio and the
        // totals both sides agreed on, to the öre.
        JsonNode reference = json.get("reference");
        assertTrue(reference != null && reference.get("contracts").asInt() >= 1, run.out());
        assertTrue(reference.get("ratioCpu").asDouble() > 0, run.out());
        assertTrue(reference.get("totalsEqual").asBoolean(), run.out());
        assertEquals(new java.math.BigDecimal(reference.get("engineTotal").asText()),
                new java.math.BigDecimal(reference.get("referenceTotal").asText()));
        assertEquals(0, reference.get("differences").size());
        assertFalse(run.out().contains("engine vs plain Java"), "no text in the JSON");
        assertEquals(6, json.get("contractYears").asInt());
        assertEquals(2, json.get("settleAll").size());
        assertEquals(2027, json.get("settleAll").get(1).get("year").asInt());
        assertEquals(2, json.get("settleAll").get(1).get("yearsRecomputed").asInt());
        assertTrue(json.get("ledger").get("floorRows").asLong() > 0, run.out());
        for (String key : List.of("wallMillis", "cpuMillis", "signMillis", "signReadMillis", "signRecordMillis",
                "peakHeapMiB", "gcMillis", "gcCount")) {
            assertTrue(json.has(key), key + " in " + run.out());
        }
        assertEquals(0, json.get("failures").size());
    }

    private static long count(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
