package se.utfall.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of a table parameter (e.g. a tier table or a price list), inserted as a fact of its own.
 * Numeric columns are in {@code values}; columns that name something (a measure of a price list)
 * or hold words are in {@code texts}, so rules compare numbers as numbers and names as names.
 */
public record TableRow(String clause, String table, int row, Map<String, BigDecimal> values,
                       Map<String, String> texts) {

    /**
     * Columns are kept sorted by name: a row is written into explain's fact texts, and a map whose
     * order changes from one JVM to the next (Map.copyOf) made the same settlement explain itself
     * differently from run to run.
     */
    public TableRow {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    public TableRow(String clause, String table, int row, Map<String, BigDecimal> values) {
        this(clause, table, row, values, Map.of());
    }

    public BigDecimal get(String column) {
        BigDecimal v = values.get(column);
        if (v == null) {
            throw new IllegalArgumentException("table " + table + " of " + clause + " has no column " + column);
        }
        return v;
    }

    /** A column that holds a name or words, such as the measure a price list prices. */
    public String text(String column) {
        String v = texts.get(column);
        if (v == null) {
            throw new IllegalArgumentException("table " + table + " of " + clause + " has no text column " + column);
        }
        return v;
    }

    /** The cell of a column as data, numeric or text (null when the row has no such column). */
    public Object cell(String column) {
        return values.containsKey(column) ? values.get(column) : texts.get(column);
    }
}
