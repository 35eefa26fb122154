package se.utfall.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a portfolio of made-up but valid contracts for the benchmark: each one a mix of library
 * families (level bonus, improvement bonus, rate card, tier table, fixed payment, payment cap) with
 * parameters and measurements drawn from a seeded generator, so the same seed gives the same files.
 * Contracts with the same mix share one compiled rule set, as they would in a real portfolio.
 */
public final class PortfolioGenerator {
    public static final int FIRST_YEAR = 2026;

    /** The family mixes, each a realistic contract shape. */
    private static final List<List<String>> MIXES = List.of(
            List.of("level-bonus", "payment-cap"),
            List.of("level-bonus", "improvement-bonus", "payment-cap"),
            List.of("rate-card", "fixed-payment"),
            List.of("tier-table", "fixed-payment"),
            List.of("level-bonus", "rate-card", "payment-cap"),
            List.of("improvement-bonus", "tier-table"));

    private final Random random;
    private final int years;

    public PortfolioGenerator(long seed, int years) {
        this.random = new Random(seed);
        this.years = years;
    }

    /** Writes contracts c00001 … cNNNNN under folder and returns their folders in order. */
    public List<Path> write(Path folder, int contracts) {
        List<Path> written = new ArrayList<>();
        for (int i = 1; i <= contracts; i++) {
            Path dir = folder.resolve(String.format("c%05d", i));
            List<String> mix = MIXES.get(random.nextInt(MIXES.size()));
            int units = 1 + random.nextInt(3);
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("contract.yaml"), contract(i, mix, units), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve("measurements.csv"), measurements(units), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.add(dir);
        }
        return written;
    }

    private String contract(int n, List<String> mix, int units) {
        StringBuilder y = new StringBuilder();
        y.append("id: c").append(String.format("%05d", n)).append('\n');
        y.append("title: \"Benchmark contract ").append(n).append(": ").append(String.join(", ", mix)).append("\"\n");
        y.append("period: { first: ").append(FIRST_YEAR).append(", last: ").append(FIRST_YEAR + years - 1).append(" }\n");
        y.append("currency: SEK\nrounding: { decimals: ").append(random.nextBoolean() ? 0 : 2).append(", mode: half-up }\n");
        y.append("parties:\n");
        y.append("  kommunen: { name: Kommunen ").append(n).append(", role: purchaser }\n");
        y.append("  utforaren: { name: Utföraren ").append(n).append(", role: provider }\n");
        y.append("  fonden: { name: Fonden ").append(n).append(", role: investor }\n");
        y.append("measures:\n");
        y.append("  nojdhet: { title: Andel nöjda brukare, unit: \"%\", better: higher, source: Brukarundersökningen }\n");
        y.append("  utfall: { title: Verifierade utfall, unit: personer, better: higher, source: Utvärderaren }\n");
        y.append("  sjukfranvaro: { title: Korttidssjukfrånvaro, unit: \"%\", better: lower, source: Lönesystemet }\n");
        y.append("clauses:\n");
        List<String> paying = new ArrayList<>();
        int k = 1;
        for (String family : mix) {
            String id = "§" + k++;
            y.append("  - id: \"").append(id).append("\"\n");
            y.append("    title: ").append(family).append(" ").append(id).append('\n');
            y.append("    text: Genererad klausul för prestandamätning.\n");
            y.append("    family: ").append(family).append('\n');
            if (family.equals("fixed-payment")) {
                y.append("    payer: fonden\n    payee: utforaren\n");
            }
            y.append("    parameters:\n");
            switch (family) {
                case "level-bonus" -> {
                    int threshold = 70 + random.nextInt(15);
                    y.append("      measure: nojdhet\n      threshold: ").append(threshold).append('\n');
                    if (random.nextBoolean()) {
                        y.append("      mode: linear\n      ceiling: ").append(threshold + 5 + random.nextInt(15)).append('\n');
                    }
                    y.append("      amount: ").append(amount(50_000, 200_000)).append('\n');
                }
                case "improvement-bonus" -> y.append("      measure: nojdhet\n      amountPerUnit: ")
                        .append(amount(2_000, 20_000)).append("\n      yearCap: ").append(amount(50_000, 150_000))
                        .append('\n');
                case "rate-card" -> y.append("      measure: utfall\n      pricePerOutcome: ")
                        .append(amount(10_000, 80_000)).append("\n      totalCap: ").append(amount(2_000_000, 9_000_000))
                        .append('\n');
                case "tier-table" -> {
                    y.append("      measure: sjukfranvaro\n      basis: improvement\n      baseline: 5.0\n      tiers:\n");
                    y.append("        - { from: 0.3, amount: ").append(amount(100_000, 200_000)).append(" }\n");
                    y.append("        - { from: 0.7, amount: ").append(amount(300_000, 500_000)).append(" }\n");
                    y.append("        - { from: 1.2, amount: ").append(amount(600_000, 900_000)).append(" }\n");
                }
                case "fixed-payment" -> {
                    y.append("      schedule:\n");
                    for (int year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
                        y.append("        - { year: ").append(year).append(", amount: ").append(amount(200_000, 1_000_000))
                                .append(" }\n");
                    }
                }
                case "payment-cap" -> y.append("      per: year\n      limit: ").append(amount(100_000, 400_000)).append("\n      clauses: [")
                        .append(String.join(", ", paying.stream().map(c -> "\"" + c + "\"").toList())).append("]\n");
                default -> throw new IllegalStateException("no generator for family " + family);
            }
            paying.add(id);
        }
        return y.toString();
    }

    private String measurements(int units) {
        StringBuilder csv = new StringBuilder("subject,measure,year,value,respondents,response_rate,source,verified_by\n");
        for (int year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
            for (int u = 1; u <= units; u++) {
                csv.append("Enhet ").append(u).append(",nojdhet,").append(year).append(',')
                        .append(tenths(650 + random.nextInt(330))).append(',').append(40 + random.nextInt(100))
                        .append(",60.5,Brukarundersökningen ").append(year).append(",Socialstyrelsen\n");
            }
            csv.append("kohort,utfall,").append(year).append(',').append(random.nextInt(60))
                    .append(",,,Utvärdering ").append(year).append(",Utvärderaren\n");
            csv.append("Förvaltningen,sjukfranvaro,").append(year).append(',').append(tenths(35 + random.nextInt(20)))
                    .append(",,,Lönesystemet ").append(year).append(",HR\n");
        }
        return csv.toString();
    }

    private int amount(int from, int to) {
        return (from + random.nextInt(to - from)) / 1000 * 1000;
    }

    private static String tenths(int n) {
        return BigDecimal.valueOf(n, 1).toPlainString();
    }
}
