package se.utfall.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableRowTest {

    @Test
    void aRowWritesItsColumnsInTheSameOrderWhateverOrderTheyCameIn() {
        // Eight columns: an order that changes per JVM (as Map.copyOf's does) is sorted by chance
        // once in 40 320 runs, so this fails where the row keeps such a map.
        List<String> columns = List.of("year", "amount", "upTo", "from", "rate", "level", "cap", "band");
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            given.put(columns.get(i), BigDecimal.valueOf(i));
            words.put(columns.get(i) + "Name", "w" + i);
        }
        TableRow row = new TableRow("§4", "tiers", 1, given, words);
        assertEquals(List.of("amount", "band", "cap", "from", "level", "rate", "upTo", "year"),
                List.copyOf(row.values().keySet()));
        assertEquals("TableRow[clause=§4, table=tiers, row=1, values={amount=1, band=7, cap=6, from=3, level=5,"
                + " rate=4, upTo=2, year=0}, texts={amountName=w1, bandName=w7, capName=w6, fromName=w3,"
                + " levelName=w5, rateName=w4, upToName=w2, yearName=w0}]", row.toString());
    }
}
