package se.utfall.facts;

/**
 * The year being settled. The engine settles year after year; while year Y is settled, only
 * measurements up to Y are in working memory, so no decision can depend on later figures.
 */
public record SettlementYear(int year, int firstYear, int lastYear) {
    public boolean isFirst() {
        return year == firstYear;
    }
}
