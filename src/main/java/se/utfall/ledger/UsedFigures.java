package se.utfall.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measurement figures the ledger's recorded runs of a contract used, each as the latest run that
 * used it read it: a figure an import would change is then a correction of a figure money was
 * decided on, shown and written only when the person confirms it. Read from the canonical measurement
 * text each run stored ({@link MeasurementSet}), the same text settle compares for "Rättelse av
 * mätvärde".
 */
public final class UsedFigures {
    /** A figure a run used: its value, respondents and response rate as stored ("" when none). */
    public record Used(long run, BigDecimal value, String respondents, String responseRate) {
    }

    private UsedFigures() {
    }

    /** By "year\0subject\0measure"; empty when the contract has no run (or the ledger does not exist yet). */
    public static Map<String, Used> of(Ledger ledger, String contractId) {
        return ledger.read(c -> {
            Map<String, Used> used = new TreeMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, measurements_hash FROM runs"
                    + " WHERE contract_id = ? ORDER BY id")) {
                st.setString(1, contractId);
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        long run = r.getLong(1);
                        String text = new String(Sources.load(c, r.getString(2)), StandardCharsets.UTF_8);
                        for (MeasurementSet.Row row : MeasurementSet.rows(text).values()) {
                            used.put(key(row.key().year(), row.key().subject(), row.key().measure()),
                                    new Used(run, row.value(), row.respondents(), row.responseRate()));
                        }
                    }
                }
            }
            return Collections.unmodifiableMap(used);
        });
    }

    public static String key(int year, String subject, String measure) {
        return year + "\u0000" + subject + "\u0000" + measure;
    }
}
