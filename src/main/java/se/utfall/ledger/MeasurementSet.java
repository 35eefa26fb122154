package se.utfall.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import se.utfall.facts.Measurement;
import se.utfall.measurement.MeasurementReader;

/**
 * The measurement rows a run used, in one canonical CSV text (sorted rows, plain numbers), so the
 * same figures always give the same hash however the file was written.
 */
record MeasurementSet(String text, String hash, int rows) {
    private static final List<String> HEADER = new ArrayList<>();

    static {
        HEADER.addAll(MeasurementReader.REQUIRED);
        HEADER.addAll(MeasurementReader.OPTIONAL);
    }

    static MeasurementSet of(List<Measurement> measurements) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            p.printRecord(HEADER);
            for (Measurement m : measurements) {
                p.printRecord(m.subject(), m.measure(), m.year(), m.value().toPlainString(),
                        m.respondents() == null ? "" : m.respondents(),
                        m.responseRate() == null ? "" : m.responseRate().toPlainString(), m.source(), m.verifiedBy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString();
        return new MeasurementSet(text, Hashes.of(text.getBytes(StandardCharsets.UTF_8)), measurements.size());
    }

    /** Each row by "year, subject, measure", for telling what a correction changed. */
    static Map<Row.Key, Row> rows(String text) {
        Map<Row.Key, Row> result = new TreeMap<>();
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(text)).getRecords();
            for (CSVRecord r : records) {
                Row row = new Row(new Row.Key(Integer.parseInt(r.get("year")), r.get("subject"), r.get("measure")),
                        new BigDecimal(r.get("value")), r.get("respondents"), r.get("response_rate"),
                        r.get("verified_by"));
                result.put(row.key(), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    record Row(Key key, BigDecimal value, String respondents, String responseRate, String verifiedBy) {
        record Key(int year, String subject, String measure) implements Comparable<Key> {
            @Override
            public int compareTo(Key o) {
                int c = Integer.compare(year, o.year);
                c = c != 0 ? c : subject.compareTo(o.subject);
                return c != 0 ? c : measure.compareTo(o.measure);
            }
        }
    }
}
