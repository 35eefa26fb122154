package se.utfall.facts;

import java.math.BigDecimal;
import java.util.Map;

/** One row of a table parameter (e.g. a tier table), inserted as a fact of its own. */
public record TableRow(String clause, String table, int row, Map<String, BigDecimal> values) {
    public BigDecimal get(String column) {
        BigDecimal v = values.get(column);
        if (v == null) {
            throw new IllegalArgumentException("table " + table + " of " + clause + " has no column " + column);
        }
        return v;
    }
}
