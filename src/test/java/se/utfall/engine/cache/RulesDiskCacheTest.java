package se.utfall.engine.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.decision.Settlement;
import se.utfall.engine.CompiledRules;
import se.utfall.engine.RuleCompiler;
import se.utfall.engine.RuleSet;
import se.utfall.engine.SettlementEngine;
import se.utfall.library.ClauseLibrary;
import se.utfall.measurement.MeasurementReader;
import se.utfall.report.ExplainReport;
import se.utfall.report.JsonReport;
import se.utfall.report.TextReport;

/** The compiled-rules disk cache never changes a result and never trusts a broken entry. */
class RulesDiskCacheTest {
    private static final ClauseLibrary LIBRARY = ClauseLibrary.load(Path.of("rules"));

    @TempDir
    Path folder;

    @Test
    void settlingFromTheCacheGivesByteIdenticalStatementsJsonAndExplanations() {
        for (String name : new String[] {"osteraker-halsocoach", "hemtjanst-kundnojdhet"}) {
            Contract contract = ContractLoader.load(Path.of("contracts", name), LIBRARY);
            RuleSet ruleSet = RuleSet.forContract(contract, LIBRARY);
            RulesDiskCache cache = new RulesDiskCache(folder);

            String classic = render(contract, RuleCompiler.compile(ruleSet, null));
            String firstRun = render(contract, RuleCompiler.compile(ruleSet, cache));
            assertTrue(cache.read(ruleSet.hash()).isPresent(), name + ": the first run stores the compiled rules");
            String fromCache = render(contract, RuleCompiler.compile(ruleSet, cache));

            assertEquals(classic, firstRun, name);
            assertEquals(classic, fromCache, name);
        }
    }

    @Test
    void aTruncatedEntryIsIgnoredAndRebuilt() throws IOException {
        Contract contract = ContractLoader.load(Path.of("contracts", "osteraker-halsocoach"), LIBRARY);
        RuleSet ruleSet = RuleSet.forContract(contract, LIBRARY);
        RulesDiskCache cache = new RulesDiskCache(folder);
        String expected = render(contract, RuleCompiler.compile(ruleSet, cache));
        Path entry = cache.entry(ruleSet.hash());
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertTrue(cache.read(ruleSet.hash()).isEmpty(), "a truncated entry must not be read");
        assertEquals(expected, render(contract, RuleCompiler.compile(ruleSet, cache)));
        assertTrue(cache.read(ruleSet.hash()).isPresent(), "the entry is rebuilt whole");
    }

    @Test
    void anEntryWithAValidChecksumButUnloadableContentIsDiscardedAndRebuilt() throws IOException {
        Contract contract = ContractLoader.load(Path.of("contracts", "osteraker-halsocoach"), LIBRARY);
        RuleSet ruleSet = RuleSet.forContract(contract, LIBRARY);
        RulesDiskCache cache = new RulesDiskCache(folder);
        String expected = render(contract, RuleCompiler.compile(ruleSet, null));
        assertTrue(cache.write(ruleSet.hash(), "not a compiled rule set".getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, render(contract, RuleCompiler.compile(ruleSet, cache)));
        Optional<byte[]> rebuilt = cache.read(ruleSet.hash());
        assertTrue(rebuilt.isPresent() && rebuilt.get().length > 1000, "a real compiled rule set replaces it");
    }

    @Test
    void anEntryStoredUnderAnotherKeyOrWithAFlippedByteIsNotRead() throws IOException {
        RulesDiskCache cache = new RulesDiskCache(folder);
        byte[] payload = "payload".getBytes(StandardCharsets.UTF_8);
        assertTrue(cache.write("aaaa", payload));
        assertArrayEquals(payload, cache.read("aaaa").orElseThrow());

        Files.copy(cache.entry("aaaa"), cache.entry("bbbb"));
        assertTrue(cache.read("bbbb").isEmpty(), "the header names the key it was written for");

        byte[] bytes = Files.readAllBytes(cache.entry("aaaa"));
        bytes[bytes.length - 1] ^= 1;
        Files.write(cache.entry("aaaa"), bytes);
        assertTrue(cache.read("aaaa").isEmpty(), "the checksum catches a changed byte");
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no temp file is left behind");
        }
    }

    @Test
    void theDefaultFolderFollowsTheEnvironment() {
        assertEquals(Path.of("/x/c"), RulesDiskCache.fromEnvironment(Map.of("UTFALL_CACHE_DIR", "/x/c")).orElseThrow()
                .folder());
        assertEquals(Path.of("/x/xdg/utfall"), RulesDiskCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x/xdg"))
                .orElseThrow().folder());
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "utfall"),
                RulesDiskCache.fromEnvironment(Map.of()).orElseThrow().folder());
        assertTrue(RulesDiskCache.fromEnvironment(Map.of("UTFALL_CACHE", "off")).isEmpty());
    }

    private static String render(Contract contract, CompiledRules rules) {
        var measurements = MeasurementReader.read(contract.defaultMeasurements(), contract);
        int year = measurements.stream().mapToInt(m -> m.year()).max().orElseThrow();
        Settlement s = SettlementEngine.settle(contract, rules, measurements, year);
        return TextReport.render(s) + JsonReport.render(s) + ExplainReport.render(s, LIBRARY, contract.clauses(), null);
    }
}
