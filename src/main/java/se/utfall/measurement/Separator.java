package se.utfall.measurement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import se.utfall.problem.BadInput;
import se.utfall.text.WrittenNumber;

/**
 * The field separator of a measurement file, read from its header line: a comma (the CSV standard,
 * and Excel in English) or a semicolon (what Swedish Excel writes, since its decimal sign is the
 * comma). The header's words are known (subject, measure, ...) and hold neither, so the header
 * decides without guessing from the figures; the separator then also says which decimal sign the
 * figures are sure to use.
 */
enum Separator {
    COMMA(',', WrittenNumber.DecimalSign.POINT),
    SEMICOLON(';', WrittenNumber.DecimalSign.COMMA);

    private static final Pattern DIGITS = Pattern.compile("-?\\d+");

    private final char character;
    private final WrittenNumber.DecimalSign decimalSign;

    Separator(char character, WrittenNumber.DecimalSign decimalSign) {
        this.character = character;
        this.decimalSign = decimalSign;
    }

    char character() {
        return character;
    }

    WrittenNumber.DecimalSign decimalSign() {
        return decimalSign;
    }

    /** The separator the header line (the first line that is neither blank nor a # comment) uses. */
    static Separator of(Path file, String text) {
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            boolean comma = t.indexOf(',') >= 0;
            boolean semicolon = t.indexOf(';') >= 0;
            if (comma && semicolon) {
                throw BadInput.of(file, number, "the header holds both ',' and ';'; separate its columns with one of them"
                        + " (Swedish Excel writes ';', English Excel ',') and the rows with the same.");
            }
            return semicolon ? SEMICOLON : COMMA;
        }
        return COMMA;
    }

    /** What to do about a row with the wrong number of fields, from what the row looks like. */
    String fieldCountHint(CSVRecord record, java.util.Map<String, Integer> columns) {
        if (this == COMMA && record.size() > columns.size()) {
            List<String> split = decimalCommas(record.toList(), columns);
            if (!split.isEmpty()) {
                return ": the file is separated by commas, so the decimal comma" + (split.size() > 1 ? "s" : "") + " in "
                        + String.join(" and ", split) + " split" + (split.size() > 1 ? "" : "s") + " a figure in two."
                        + " Save it from Excel as 'CSV (semikolonavgränsad)' (fields separated by ';'), or write"
                        + " decimals with a point (80.5), or put the figure in double quotes (\"80,5\").";
            }
        }
        return this == COMMA ? "; put values containing a comma in double quotes."
                : "; put values containing a semicolon in double quotes.";
    }

    /**
     * The figures that, rejoined with a comma, make the row fit its header exactly: each is a column
     * that may hold decimals, whose field and the next are digits. Empty when no such reading fits,
     * so the hint is given only when decimal commas explain the row.
     */
    private static List<String> decimalCommas(List<String> fields, java.util.Map<String, Integer> columns) {
        String[] names = new String[columns.size()];
        columns.forEach((name, index) -> names[index] = name);
        int extra = fields.size() - names.length;
        List<String> joined = new ArrayList<>();
        int f = 0;
        for (String name : names) {
            if (f >= fields.size()) {
                return List.of();
            }
            boolean decimals = name.equals("value") || name.equals("response_rate");
            if (decimals && extra > 0 && f + 1 < fields.size() && DIGITS.matcher(fields.get(f)).matches()
                    && DIGITS.matcher(fields.get(f + 1)).matches()) {
                joined.add(name + " " + fields.get(f) + "," + fields.get(f + 1));
                f += 2;
                extra--;
            } else {
                f++;
            }
        }
        return extra == 0 && f == fields.size() ? joined : List.of();
    }
}
