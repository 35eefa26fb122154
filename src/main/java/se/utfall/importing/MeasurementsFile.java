package se.utfall.importing;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import se.utfall.contract.Contract;
import se.utfall.facts.Measurement;
import se.utfall.ledger.UsedFigures;
import se.utfall.measurement.MeasurementReader;
import se.utfall.problem.BadInput;
import se.utfall.text.SafeText;

/**
 * Writes imported figures into a measurement file the way a person would edit it: comment lines,
 * the header and every other row stay as they were, a changed row is rewritten in place, new rows go
 * at the end sorted by year, measure and subject, in the file's own separator, decimal sign and line
 * ends. A column the new rows need (source, say) is added at the end of the header. The new text is
 * read back with every check measurements.csv has before it replaces the file, and it replaces it in
 * one rename: the file is either the old one or the new one, never half-written.
 */
final class MeasurementsFile {
    private static final List<String> ALL = new ArrayList<>();

    static {
        ALL.addAll(MeasurementReader.REQUIRED);
        ALL.addAll(MeasurementReader.OPTIONAL);
    }

    private MeasurementsFile() {
    }

    /** The file's new text with {@code rows} merged in (each replaces the row of its subject, measure and year). */
    static String merged(String text, List<Measurement> rows) {
        String bom = "";
        if (text == null || text.isBlank()) {
            text = String.join(",", ALL) + "\n";
        } else if (text.startsWith("\uFEFF")) {
            bom = "\uFEFF";
            text = text.substring(1);
        }
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        char separator = separator(text);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        boolean endsWithNewline = lines.get(lines.size() - 1).isEmpty();
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<String> header = new ArrayList<>();
        int headerLine = -1;
        Map<String, Integer> rowLine = new HashMap<>();
        List<Long> starts = new ArrayList<>();
        long at = 0;
        for (String l : lines) {
            starts.add(at);
            at += l.length() + 1;
        }
        try {
            for (CSVRecord r : format.parse(new StringReader(String.join("\n", lines)))) {
                // A record's position is where its comment lines begin: the record is the first line after
                // them that is neither a comment nor blank.
                int index = lineIndex(starts, r.getCharacterPosition());
                while (index < lines.size() - 1 && (lines.get(index).isBlank()
                        || lines.get(index).strip().startsWith("#"))) {
                    index++;
                }
                if (headerLine < 0) {
                    headerLine = index;
                    r.forEach(h -> header.add(h.toLowerCase(java.util.Locale.ROOT)));
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    fields.put(header.get(i), r.get(i));
                }
                rowLine.put(UsedFigures.key(Integer.parseInt(fields.get("year").strip()), fields.get("subject"),
                        fields.get("measure")), index);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the measurement file was checked before it is merged", e);
        }
        List<String> columns = new ArrayList<>(header);
        for (String c : ALL) {
            if (!columns.contains(c) && rows.stream().anyMatch(m -> !field(m, c, separator).isEmpty())) {
                columns.add(c);
            }
        }
        int added = columns.size() - header.size();
        if (added > 0) {
            String more = String.valueOf(separator).repeat(added);
            lines.set(headerLine, lines.get(headerLine) + columns.subList(header.size(), columns.size()).stream()
                    .map(c -> separator + c).reduce("", String::concat));
            for (int index : rowLine.values()) {
                lines.set(index, lines.get(index) + more);
            }
        }
        List<Measurement> appended = new ArrayList<>();
        for (Measurement m : rows) {
            Integer index = rowLine.get(UsedFigures.key(m.year(), m.subject(), m.measure()));
            if (index == null) {
                appended.add(m);
            } else {
                lines.set(index, line(m, columns, separator));
            }
        }
        appended.sort(Comparator.comparingInt(Measurement::year).thenComparing(Measurement::measure)
                .thenComparing(Measurement::subject));
        for (Measurement m : appended) {
            lines.add(line(m, columns, separator));
        }
        return bom + String.join(eol, lines) + eol;
    }

    /** Checks the new text as measurements.csv is checked, then replaces the file in one rename. */
    static void write(Path file, String text, Contract contract) {
        MeasurementReader.parse(file, text, contract);
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be written: " + SafeText.line(String.valueOf(e.getMessage()))
                    + "; the file is unchanged.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing was moved; a stray temporary file is all that is left.
                }
            }
        }
    }

    /** The new file is readable as the old one was (a temporary file is created owner-only). */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(file)
                ? Files.getPosixFilePermissions(file)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static int lineIndex(List<Long> starts, long offset) {
        int i = java.util.Collections.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static char separator(String text) {
        for (String l : text.split("\n", -1)) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return t.indexOf(';') >= 0 ? ';' : ',';
            }
        }
        return ',';
    }

    private static String line(Measurement m, List<String> columns, char separator) {
        CSVFormat out = CSVFormat.DEFAULT.builder().setDelimiter(separator).setRecordSeparator("").build();
        return out.format(columns.stream().map(c -> field(m, c, separator)).toArray());
    }

    private static String field(Measurement m, String column, char separator) {
        return switch (column) {
            case "subject" -> m.subject();
            case "measure" -> m.measure();
            case "year" -> String.valueOf(m.year());
            case "value" -> number(m.value(), separator);
            case "respondents" -> m.respondents() == null ? "" : m.respondents().toString();
            case "response_rate" -> m.responseRate() == null ? "" : number(m.responseRate(), separator);
            case "source" -> m.source();
            case "verified_by" -> m.verifiedBy();
            default -> "";
        };
    }

    private static String number(BigDecimal d, char separator) {
        String plain = d.toPlainString();
        return separator == ';' ? plain.replace('.', ',') : plain;
    }
}
