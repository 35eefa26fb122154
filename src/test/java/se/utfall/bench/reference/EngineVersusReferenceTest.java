package se.utfall.bench.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.bench.PortfolioGenerator;
import se.utfall.decision.DecisionLine;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.LineStatus;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/**
 * The plain-Java reference decides what the engine decides, to the öre, on a generated portfolio and on
 * hand-written contracts that reach the parameters the generator leaves out; and the comparison would
 * catch a reference (or an engine) one öre off.
 */
class EngineVersusReferenceTest {
    private static final ClauseLibrary LIBRARY = ClauseLibrary.load(Path.of("rules"));

    @Test
    void referenceAndEngineAgreeOnEveryContractYearOfAGeneratedPortfolio(@TempDir Path dir) {
        List<Path> folders = new PortfolioGenerator(7, 10).write(dir, 80);
        List<PreparedContract> compared = new ArrayList<>();
        List<List<Measurement>> measurements = new ArrayList<>();
        for (Path folder : folders) {
            PreparedContract p = PreparedContract.prepare(folder, LIBRARY);
            if (ReferenceSettlement.unsupported(p.contract()).isEmpty()) {
                compared.add(p);
                measurements.add(p.measurements(null));
            }
        }
        // The three mixes of the generator that use only the four families are all in the comparison.
        Set<String> mixes = compared.stream().map(p -> p.contract().clauses().stream().map(c -> c.family())
                .collect(Collectors.joining("+"))).collect(Collectors.toSet());
        assertEquals(Set.of("level-bonus+payment-cap", "level-bonus+rate-card+payment-cap", "rate-card+fixed-payment"),
                mixes);
        TotalsComparison result = EngineVersusReference.check(compared, measurements);
        assertTrue(result.equal(), () -> result.differences().toString());
        assertEquals(compared.size() * 10, result.contractYears());
        assertTrue(result.engineTotal().signum() > 0);
        // The comparison reaches the caps, the linear level bonus and the öre-rounded contracts, not just sums.
        List<DecisionLine> lines = compared.stream().flatMap(p -> p.settle(measurements.get(compared.indexOf(p)),
                p.contract().lastYear(), null).lines().stream()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.status() == LineStatus.CAPPED && l.amount().signum() < 0));
        assertTrue(lines.stream().anyMatch(l -> l.status() == LineStatus.PAYABLE && l.amount().scale() == 2
                && l.amount().remainder(BigDecimal.ONE).signum() != 0), "a linear share paid in öre");
    }

    @Test
    void referenceAndEngineAgreeOnCapsYearlyAndOverThePeriodAndOnALowerIsBetterLinearBonus(@TempDir Path dir)
            throws IOException {
        Path contract = dir.resolve("caps");
        Files.createDirectories(contract);
        Files.writeString(contract.resolve("contract.yaml"), """
                id: caps
                title: Tak per år och för perioden
                period: { first: 2026, last: 2029 }
                currency: SEK
                rounding: { decimals: 2, mode: half-even }
                parties:
                  kommunen: { name: Kommunen, role: purchaser }
                  utforaren: { name: Utföraren, role: provider }
                measures:
                  personal: { title: Personal per brukare i snitt, unit: index, min: 0, max: 50, better: lower, source: Verksamheten }
                  utfall: { title: Verifierade utfall, unit: personer, better: higher, source: Utvärderaren }
                clauses:
                  - id: "§1"
                    title: Kontinuitet
                    text: Linjär bonus, färre personal är bättre.
                    family: level-bonus
                    payee: utforaren
                    parameters: { measure: personal, mode: linear, threshold: 16, ceiling: 9, amount: 100001, minRespondents: 20 }
                  - id: "§2"
                    title: Utfall
                    text: Pris per utfall med tak.
                    family: rate-card
                    payee: utforaren
                    parameters: { measure: utfall, pricePerOutcome: 33333.33, yearCap: 900000, totalCap: 2000000 }
                  - id: "§3"
                    title: Tak för perioden
                    text: Tak över båda.
                    family: payment-cap
                    payee: utforaren
                    parameters: { per: period, limit: 2100000, clauses: ["§1", "§2"] }
                """, StandardCharsets.UTF_8);
        Files.writeString(contract.resolve("measurements.csv"), """
                subject,measure,year,value,respondents,response_rate,source,verified_by
                Enhet 1,personal,2026,12.5,30,,Verksamheten,Revisor
                Enhet 2,personal,2026,8,30,,Verksamheten,Revisor
                Enhet 1,personal,2027,13.7,10,,Verksamheten,Revisor
                Enhet 2,personal,2027,15.9,25,,Verksamheten,Revisor
                Enhet 1,personal,2029,11.1,40,,Verksamheten,Revisor
                kohort,utfall,2026,31,,,Utvärdering,Utvärderaren
                kohort,utfall,2027,20,,,Utvärdering,Utvärderaren
                kohort,utfall,2028,35,,,Utvärdering,Utvärderaren
                """, StandardCharsets.UTF_8);
        PreparedContract p = PreparedContract.prepare(contract, LIBRARY);
        assertTrue(ReferenceSettlement.unsupported(p.contract()).isEmpty());
        List<Measurement> rows = p.measurements(null);
        TotalsComparison result = EngineVersusReference.check(List.of(p), List.of(rows));
        assertTrue(result.equal(), () -> result.differences().toString());
        List<DecisionLine> capped = p.settle(rows, 2029, null).lines().stream()
                .filter(l -> l.status() == LineStatus.CAPPED).toList();
        assertEquals(Set.of("§2", "§3"), capped.stream().map(DecisionLine::clause).collect(Collectors.toSet()),
                "the rate card's own caps and the period cap all bind");
    }

    @Test
    void oneOreDifferenceInOneContractYearIsCaught() {
        YearTotals engine = new YearTotals("c1", 2, years("100.00", "250.50"));
        YearTotals same = new YearTotals("c1", 2, years("100", "250.5"));
        YearTotals oneOre = new YearTotals("c1", 2, years("100.00", "250.51"));
        assertTrue(TotalsComparison.of(List.of(engine), List.of(same)).equal(), "100 and 100.00 are one amount");
        TotalsComparison off = TotalsComparison.of(List.of(engine), List.of(oneOre));
        assertFalse(off.equal());
        assertEquals(List.of(new TotalsComparison.Difference("c1", 2027, new BigDecimal("250.50"),
                new BigDecimal("250.51"))), off.differences());
        assertEquals(new BigDecimal("-0.01"), off.engineTotal().subtract(off.referenceTotal()));
    }

    @Test
    void aYearOnlyOneSideDecidedIsCaught() {
        YearTotals engine = new YearTotals("c1", 0, years("100", "0"));
        YearTotals shorter = new YearTotals("c1", 0, years("100"));
        TotalsComparison off = TotalsComparison.of(List.of(engine), List.of(shorter));
        assertFalse(off.equal(), "a missing year of 0 kr is still a difference");
        assertEquals(2027, off.differences().get(0).year());
    }

    @Test
    void aReferenceOneOreOffOnTheGeneratedPortfolioIsCaught(@TempDir Path dir) {
        List<Path> folders = new PortfolioGenerator(3, 5).write(dir, 20);
        List<YearTotals> engine = new ArrayList<>();
        List<YearTotals> reference = new ArrayList<>();
        for (Path folder : folders) {
            PreparedContract p = PreparedContract.prepare(folder, LIBRARY);
            if (ReferenceSettlement.unsupported(p.contract()).isPresent()) {
                continue;
            }
            List<Measurement> rows = p.measurements(null);
            engine.add(YearTotals.of(p.settle(rows, p.contract().lastYear(), null)));
            reference.add(ReferenceSettlement.of(p.contract()).settle(rows, p.contract().lastYear()));
        }
        assertTrue(TotalsComparison.of(engine, reference).equal());
        YearTotals last = reference.remove(reference.size() - 1);
        TreeMap<Integer, BigDecimal> tampered = new TreeMap<>(last.byYear());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(last.decimals());
        tampered.merge(tampered.lastKey(), unit, BigDecimal::add);
        reference.add(new YearTotals(last.contract(), last.decimals(), tampered));
        TotalsComparison off = TotalsComparison.of(engine, reference);
        assertEquals(1, off.differences().size());
        assertEquals(last.contract(), off.differences().get(0).contract());
    }

    @Test
    void contractsOfOtherFamiliesAreLeftOutAndSaidWhy(@TempDir Path dir) {
        List<Path> folders = new PortfolioGenerator(1, 3).write(dir, 30);
        var result = EngineVersusReference.run(folders, LIBRARY, new EngineVersusReference.Options(5, 0, 1))
                .orElseThrow();
        assertEquals(5, result.totals().contracts());
        assertTrue(result.totals().equal());
        assertEquals(30, result.portfolio());
        assertEquals(25, result.leftOut().values().stream().mapToInt(Integer::intValue).sum(), result.leftOut().toString());
        assertTrue(result.leftOut().keySet().stream().anyMatch(k -> k.startsWith("family ")), result.leftOut().toString());
        String text = String.join("\n", result.text());
        assertTrue(text.contains("totals equal to the öre"), text);
        assertEquals(true, result.json().get("totalsEqual"));
    }

    @Test
    void droolsAloneDecidesWhatTheEngineDecidesAndIsTimedBesideIt(@TempDir Path dir) {
        List<Path> folders = new PortfolioGenerator(3, 6).write(dir, 40);
        var result = EngineVersusReference.run(folders, LIBRARY, new EngineVersusReference.Options(12, 0, 1))
                .orElseThrow();
        // the floor settles the same facts with the same rule base: each contract-year's total is the engine's
        assertTrue(result.droolsTotals().equal(), () -> result.droolsTotals().differences().toString());
        assertEquals(result.totals().contractYears(), result.droolsTotals().contractYears());
        assertEquals(0, result.droolsTotals().engineTotal().compareTo(result.droolsTotals().referenceTotal()));
        assertEquals(0, result.totals().engineTotal().compareTo(result.droolsTotals().engineTotal()));
        assertTrue(result.drools().cpuNanos() > 0 && result.droolsCpuMicros() > 0);
        String text = String.join("\n", result.text());
        assertTrue(text.contains("Drools alone") && !text.contains("DIFFER"), text);
        assertEquals(true, result.json().get("droolsAloneTotalsEqual"));
        assertTrue(result.json().containsKey("droolsAloneCpuMicrosPerContractYear"), result.json().toString());
        assertTrue(result.json().containsKey("engineOverDroolsAloneCpu"), result.json().toString());
    }

    private static TreeMap<Integer, BigDecimal> years(String... amounts) {
        TreeMap<Integer, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < amounts.length; i++) {
            m.put(2026 + i, new BigDecimal(amounts[i]));
        }
        return m;
    }
}
