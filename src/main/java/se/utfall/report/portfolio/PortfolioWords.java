package se.utfall.report.portfolio;

import java.util.Map;
import se.utfall.contract.Language;

/** The words of the portfolio page, in Swedish (default) or English (--lang en). */
public final class PortfolioWords {
    private static final Map<String, String> SV = Map.ofEntries(
            Map.entry("title", "Portfölj %d: utförare och enheter sida vid sida"),
            Map.entry("intro", "%d avtal i %s. Utfall och utbetalningar för %d och året före, beräknade ur"
                    + " avtalens filer (som en provkörning: huvudboken läses inte). Belopp i varje avtals valuta."),
            Map.entry("sorting", "Klicka på en kolumnrubrik för att sortera tabellen."),
            Map.entry("units", "Enheter: utbetalt %d"),
            Map.entry("measures", "Mått: senaste siffran och året före"),
            Map.entry("clauses", "Utbetalning per klausul %d"),
            Map.entry("failed", "Avtal som inte kunde läsas (%d)"),
            Map.entry("none failed", "Alla avtal kunde läsas."),
            Map.entry("contract", "Avtal"),
            Map.entry("provider", "Utförare"),
            Map.entry("unit", "Enhet"),
            Map.entry("whole contract", "(hela avtalet)"),
            Map.entry("measure", "Mått"),
            Map.entry("year", "År"),
            Map.entry("latest", "Senaste"),
            Map.entry("year before", "Året före"),
            Map.entry("change", "Förändring"),
            Map.entry("clause", "Klausul"),
            Map.entry("flow", "Från → till"),
            Map.entry("folder", "Mapp"),
            Map.entry("problem", "Fel"),
            Map.entry("no rows", "Inga rader."),
            Map.entry("lang", "sv"));
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Portfolio %d: providers and units side by side"),
            Map.entry("intro", "%d contracts in %s. Outcomes and payouts for %d and the year before, computed from"
                    + " the contracts' files (as a dry run: the ledger is not read). Amounts in each contract's"
                    + " currency."),
            Map.entry("sorting", "Click a column heading to sort the table."),
            Map.entry("units", "Units: paid %d"),
            Map.entry("measures", "Measures: latest figure and the year before"),
            Map.entry("clauses", "Payouts per clause %d"),
            Map.entry("failed", "Contracts that could not be read (%d)"),
            Map.entry("none failed", "Every contract could be read."),
            Map.entry("contract", "Contract"),
            Map.entry("provider", "Provider"),
            Map.entry("unit", "Unit"),
            Map.entry("whole contract", "(whole contract)"),
            Map.entry("measure", "Measure"),
            Map.entry("year", "Year"),
            Map.entry("latest", "Latest"),
            Map.entry("year before", "Year before"),
            Map.entry("change", "Change"),
            Map.entry("clause", "Clause"),
            Map.entry("flow", "From → to"),
            Map.entry("folder", "Folder"),
            Map.entry("problem", "Problem"),
            Map.entry("no rows", "No rows."),
            Map.entry("lang", "en"));

    private final Map<String, String> words;
    private final Language language;

    private PortfolioWords(Language language) {
        this.language = language;
        this.words = language == Language.EN ? EN : SV;
    }

    public static PortfolioWords of(Language language) {
        return new PortfolioWords(language);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    /** The word for {@code key} with its %d / %s filled in (Locale.ROOT: no digit grouping in years). */
    public String format(String key, Object... args) {
        return String.format(java.util.Locale.ROOT, get(key), args);
    }
}
