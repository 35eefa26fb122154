package se.utfall.measurement;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.utfall.contract.Contract;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.Measurement;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;
import se.utfall.problem.Suggestions;
import se.utfall.text.InputFiles;
import se.utfall.text.PlainNumber;
import se.utfall.text.SafeText;

/**
 * Reads a measurement file: CSV, one row per subject, measure and year. Every bad row is reported
 * with its line; nothing is used until the whole file is clean.
 *
 * <pre>
 * subject,measure,year,value,respondents,response_rate,source,verified_by
 * Enhet Norr,overall_satisfaction,2025,84,112,71.5,Vad tycker de äldre 2025,Socialstyrelsen
 * </pre>
 *
 * <p>Swedish Excel saves "CSV" with semicolons between fields and decimal commas ({@code 71,5}),
 * often with a byte order mark and CRLF line ends: the header line says which separator the file uses
 * (see {@link Separator}), and in a semicolon file the comma is the decimal sign.
 */
public final class MeasurementReader {
    public static final List<String> REQUIRED = List.of("subject", "measure", "year", "value");
    public static final List<String> OPTIONAL = List.of("respondents", "response_rate", "source", "verified_by");

    private MeasurementReader() {
    }

    public static List<Measurement> read(Path file, Contract contract) {
        return parse(file, InputFiles.read(file, InputFiles.MEASUREMENTS_LIMIT, "measurement file",
                "; pass --measurements FILE"), contract);
    }

    /** Refuses a measurement text holding control characters, each at its line (see {@link ControlCharacters}). */
    public static void refuseControlCharacters(Path file, String text) {
        Problems problems = new Problems();
        ControlCharacters.refuse(file, text, problems);
        problems.throwIfAny();
    }

    public static List<Measurement> parse(Path file, String text, Contract contract) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Problems problems = new Problems();
        List<Measurement> result = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        // Control characters are refused before the CSV is parsed: the parser's trimming would
        // silently drop a NUL or ESC at a field's end, and a lone CR would shift every line number.
        ControlCharacters.refuse(file, text, problems);
        problems.throwIfAny();
        Separator separator = Separator.of(file, text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator.character()).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw BadInput.of(file, 1, "is empty; the first line must be the header "
                        + String.join(",", REQUIRED) + "," + String.join(",", OPTIONAL) + ".");
            }
            CSVRecord header = records.get(0);
            Map<String, Integer> columns = header(file, lines.lineOf(header.getCharacterPosition()), header);
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                int line = lines.lineOf(record.getCharacterPosition());
                Row row = new Row(file, line, record, columns, separator, problems);
                Measurement m = row.toMeasurement(contract);
                if (m == null) {
                    continue;
                }
                String key = m.subject() + "\u0000" + m.measure() + "\u0000" + m.year();
                Integer earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(file, line, "duplicate row: " + m.subject() + " / " + m.measure() + " / " + m.year()
                            + " is already given on line " + earlier + "; keep one (a correction replaces the row).");
                    continue;
                }
                result.add(m);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw BadInput.of(file, 0, "is not valid CSV: " + SafeText.line(String.valueOf(e.getMessage())));
        }
        problems.throwIfAny();
        result.sort(Comparator.comparingInt(Measurement::year).thenComparing(Measurement::measure)
                .thenComparing(Measurement::subject));
        return List.copyOf(result);
    }

    private static Map<String, Integer> header(Path file, int line, CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> known = new TreeSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase();
            if (!known.contains(name)) {
                throw BadInput.of(file, line, "unknown column '" + header.get(i) + "'." + Suggestions.hint(name, known));
            }
            if (columns.put(name, i) != null) {
                throw BadInput.of(file, line, "column '" + name + "' appears twice.");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw BadInput.of(file, line, "the header lacks column '" + required + "'; the header must include "
                        + String.join(",", REQUIRED) + ".");
            }
        }
        return columns;
    }

    /** One data row, read field by field; each bad field adds a problem. */
    private record Row(Path file, int line, CSVRecord record, Map<String, Integer> columns, Separator separator,
                       Problems problems) {

        Measurement toMeasurement(Contract contract) {
            if (record.size() != columns.size()) {
                problems.add(file, line, "has " + record.size() + " fields but the header has " + columns.size()
                        + separator.fieldCountHint(record, columns));
                return null;
            }
            int before = problemCount();
            for (int i = 0; i < record.size(); i++) {
                String v = record.get(i);
                if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    problems.add(file, line, "a quoted field holds a line break; a figure's fields are one line"
                            + " each, so remove it (a line break in a subject could forge a line of a statement).");
                    return null;
                }
            }
            String subject = field("subject");
            if (subject.isEmpty()) {
                problems.add(file, line, "subject is empty; name the unit or cohort the figure is for.");
            }
            String measure = field("measure");
            if (!contract.measures().containsKey(measure)) {
                problems.add(file, line, "unknown measure '" + measure + "'; contract " + contract.id()
                        + " defines " + String.join(", ", contract.measures().keySet()) + "."
                        + Suggestions.closest(measure, contract.measures().keySet())
                                .map(s -> " Did you mean '" + s + "'?").orElse(""));
            }
            if (contract.derived().containsKey(measure)) {
                problems.add(file, line, "measure '" + measure + "' is derived (" + measure + " = "
                        + contract.derived().get(measure).formula().text() + " in contract.yaml): Utfall computes it;"
                        + " leave it out and give the figures it is computed from.");
            }
            Integer year = wholeNumber("year");
            if (year != null && (year < contract.firstYear() || year > contract.lastYear())) {
                problems.add(file, line, "year " + year + " is outside the contract period " + contract.firstYear()
                        + "–" + contract.lastYear() + ".");
            }
            BigDecimal value = number("value", true);
            MeasureDefinition definition = contract.measures().get(measure);
            if (value != null && definition != null) {
                String refusal = definition.domain().refusal(value);
                if (refusal != null) {
                    problems.add(file, line, "value " + value.toPlainString() + " of " + measure + " (" + definition.unit()
                            + ") is not allowed: " + refusal + ".");
                }
            }
            Integer respondents = columns.containsKey("respondents") ? wholeNumber("respondents") : null;
            if (respondents != null && respondents < 0) {
                problems.add(file, line, "respondents " + respondents + " is negative; write how many answered,"
                        + " a whole number 0 or more.");
            }
            BigDecimal rate = columns.containsKey("response_rate") ? number("response_rate", false) : null;
            if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add(file, line, "response_rate " + rate.toPlainString() + " must be a percentage 0–100"
                        + " (71.5, not 715 or 0.715).");
            }
            if (problemCount() > before || year == null || value == null) {
                return null;
            }
            return new Measurement(subject, measure, year, value, respondents, rate, optional("source"),
                    optional("verified_by"));
        }

        private int problemCount() {
            return problems.size();
        }

        private String field(String name) {
            return record.get(columns.get(name));
        }

        private String optional(String name) {
            return columns.containsKey(name) ? field(name) : "";
        }

        private BigDecimal number(String name, boolean required) {
            String raw = field(name);
            if (raw.isEmpty()) {
                if (required) {
                    problems.add(file, line, name + " is empty; give a number (a missing figure is a missing row).");
                }
                return null;
            }
            try {
                return PlainNumber.FIGURE.parseWritten(raw, separator.decimalSign());
            } catch (PlainNumber.Refused e) {
                problems.add(file, line, name + " " + e.getMessage() + ".");
                return null;
            }
        }

        private Integer wholeNumber(String name) {
            BigDecimal d = number(name, name.equals("year"));
            if (d == null) {
                return null;
            }
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                problems.add(file, line, name + " '" + field(name) + "' must be a whole number.");
                return null;
            }
        }
    }

    /**
     * Maps a record's character offset to its 1-based line. commons-csv gives a record the position
     * where the comment lines before it begin, so the record's own line is the first one from there
     * that is neither a comment nor blank.
     */
    private static final class LineIndex {
        private final int[] starts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long offset) {
            int i = Arrays.binarySearch(starts, (int) offset);
            int line = i >= 0 ? i + 1 : -i - 1;
            while (line < starts.length && skipped(line)) {
                line++;
            }
            return line;
        }

        private boolean skipped(int line) {
            int from = starts[line - 1];
            int to = line < starts.length ? starts[line] : text.length();
            String t = text.substring(from, to).strip();
            return t.isEmpty() || t.startsWith("#");
        }
    }
}
