package se.utfall.report.document;

import java.util.List;

/**
 * Everything the decision document shows, already in words and formatted figures, for the template
 * ({@code src/main/jte/report/contract.jte}) to lay out. Strings from the contract are kept as they
 * are: the template escapes them. {@code svg} fields are drawings made by the chart package, whose
 * text is escaped there.
 */
public record DecisionDocument(String lang, String css, String title, String contractId, String subtitle,
                               String asOf, int firstYear, int year, se.utfall.report.Words words, String ledgerNote, List<String> flowHead,
                               List<List<String>> flows, List<Account> accounts, List<List<String>> caps,
                               String budget, List<Chart> measureCharts, Chart payoutChart, List<Chart> capCharts,
                               List<ClauseSection> clauses, AnalysisSection analysis, List<List<String>> signings,
                               String signingNote) {

    /** One flow's yearly accounts: decided, already paid, due now. */
    public record Account(String flow, List<List<String>> rows) {
    }

    /** A drawing with the name it is found by (a measure id, a clause id, a cap). */
    public record Chart(String key, String svg) {
    }

    /** One decision line as the statement shows it. */
    public record Line(String year, String subject, String status, String flow, String amount, String reason,
                       String working, boolean safeguard) {
    }

    public record ClauseSection(String id, String anchor, String title, String text, String implementedBy,
                                String pays, List<Line> lines, List<Line> safeguards, Chart chart) {
    }

    public record AnalysisSection(String note, List<List<String>> checks, String cliff, String exposure,
                                  String verdict, boolean passed) {
    }

    public String w(String key) {
        return words.get(key);
    }

    public String wf(String key, Object... args) {
        return words.format(key, args);
    }
}
