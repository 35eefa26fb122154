package se.utfall.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.utfall.contract.Contract;
import se.utfall.facts.Measurement;
import se.utfall.text.PlainNumber;
import se.utfall.text.SafeText;

/**
 * A table of Socialstyrelsen's user survey ("Vad tycker de äldre om äldreomsorgen?") as published per
 * unit: a row per unit (and question, in a table of many), with the share satisfied, the number of
 * respondents and the response rate. The heading row is found by its names ({@link Headings}); rows
 * above it (a title, a note) are passed over. A unit the contract does not follow is left out and
 * counted; a suppressed figure ("*", "-", "..": too few answers) is left out with a note, never read
 * as zero.
 */
final class SurveyTable {
    private static final Set<String> SUPPRESSED = Set.of("*", "-", "–", "—", "..", "x", "X", "n/a", ".");
    private static final int HEADER_SEARCH_ROWS = 50;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SurveyTable() {
    }

    /**
     * Reads {@code file} for every measure mapped with {@code survey:}.
     *
     * @param year the year of a table without a year column (--year), or null
     * @param known the subjects the contract follows (its measurements' and parties' units)
     */
    static void read(Path file, Integer year, Contract contract, Map<String, ImportMapping> mappings,
                     Set<String> known, Imported into) {
        List<ImportMapping> surveyed = mappings.values().stream().filter(m -> m.survey() != null).toList();
        if (surveyed.isEmpty()) {
            throw Imported.bad(se.utfall.problem.Locations.display(contract.file()), "no measure says where its survey"
                    + " figures are published; add 'import: survey:' under the measure (see docs/operations.md,"
                    + " Importing published figures).");
        }
        if (surveyed.size() > 1) {
            for (ImportMapping m : surveyed) {
                if (m.survey().question().isEmpty()) {
                    throw Imported.bad(se.utfall.problem.Locations.display(m.survey().file()) + ":" + m.survey().line(),
                            "measures " + surveyed.stream().map(ImportMapping::measure).toList() + " are all read from"
                            + " survey tables; name each one's question under 'import: survey: question:'.");
                }
            }
        }
        List<SurveyCells.Table> tables = SurveyCells.read(file);
        for (ImportMapping m : surveyed) {
            readFor(file, tables, year, contract, m, known, into);
        }
    }

    private static void readFor(Path file, List<SurveyCells.Table> tables, Integer year, Contract contract,
                                ImportMapping mapping, Set<String> known, Imported into) {
        ImportMapping.Survey s = mapping.survey();
        for (SurveyCells.Table table : tables) {
            Map<String, Integer> columns = null;
            int headerIndex = -1;
            for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.lines().size()) && columns == null; i++) {
                columns = header(table.lines().get(i), s);
                headerIndex = i;
            }
            if (columns == null) {
                continue;
            }
            SurveyCells.Line header = table.lines().get(headerIndex);
            if (!columns.containsKey("year") && year == null) {
                into.problem(table.shown(), header.line(), where(header) + "the table has no year column (År); pass"
                        + " the survey's year with --year.");
                return;
            }
            Set<String> questions = new TreeSet<>();
            int others = 0;
            int read = 0;
            for (SurveyCells.Line line : table.lines().subList(headerIndex + 1, table.lines().size())) {
                String unit = line.cell(columns.get("unit")).text();
                if (unit.isEmpty()) {
                    continue;
                }
                if (columns.containsKey("question")) {
                    String q = line.cell(columns.get("question")).text();
                    if (!s.question().isEmpty() && !Headings.normal(q).contains(Headings.normal(s.question()))) {
                        continue;
                    }
                    questions.add(q);
                }
                String subject = s.subjectOf(unit, known);
                if (subject == null) {
                    others++;
                    continue;
                }
                read++;
                row(table, line, columns, year, contract, mapping, subject, file, into);
            }
            if (questions.size() > 1 && s.question().isEmpty()) {
                into.problem(table.shown(), header.line(), where(header) + "the table holds " + questions.size()
                        + " questions (" + String.join("; ", questions.stream().limit(3).toList()) + (questions.size() > 3
                        ? "; …" : "") + "); name the one measure '" + mapping.measure() + "' is read from under"
                        + " 'import: survey: question:'.");
            }
            if (others > 0) {
                into.note(table.shown(), others + (others == 1 ? " rad" : " rader") + " för enheter som avtalet inte"
                        + " följer (mått " + mapping.measure() + ") utelämnade.", others + " row" + (others == 1 ? ""
                        : "s") + " for units the contract does not follow (measure " + mapping.measure() + ") left out.");
            }
            if (read == 0) {
                into.note(table.shown(), "ingen rad för avtalets enheter (" + String.join(", ", known) + ") i mått "
                        + mapping.measure() + "; ange tabellens namn under 'import: survey: units:'.",
                        "no row for the contract's units (" + String.join(", ", known) + ") in measure "
                        + mapping.measure() + "; map the table's names under 'import: survey: units:'.");
            }
            return;
        }
        into.problem(se.utfall.problem.Locations.display(file), 1, "no heading row names a unit and a share"
                + " (such as 'Enhet' and 'Andel nöjda (%)') in the first " + HEADER_SEARCH_ROWS + " rows; name the"
                + " table's headings under 'import: survey: columns:' in contract.yaml.");
    }

    private static String where(SurveyCells.Line line) {
        return line.where().isEmpty() ? "" : line.where() + ": ";
    }

    /** The columns of a heading row, or null when the row is not the heading (no unit or share column). */
    private static Map<String, Integer> header(SurveyCells.Line line, ImportMapping.Survey s) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < line.cells().size(); c++) {
            String heading = line.cells().get(c).text();
            if (heading.isBlank()) {
                continue;
            }
            for (String figure : Headings.KNOWN.keySet()) {
                boolean named = s.columns().containsKey(figure)
                        ? Headings.same(s.columns().get(figure), heading)
                        : Headings.KNOWN.get(figure).contains(Headings.normal(heading));
                if (named) {
                    columns.putIfAbsent(figure, c);
                }
            }
        }
        return columns.containsKey("unit") && columns.containsKey("value") ? columns : null;
    }

    private static void row(SurveyCells.Table table, SurveyCells.Line line, Map<String, Integer> columns,
                            Integer givenYear, Contract contract, ImportMapping mapping, String subject, Path file,
                            Imported into) {
        String at = where(line) + subject + " / " + mapping.measure() + ": ";
        int before = into.problemCount();
        Integer year = givenYear;
        if (columns.containsKey("year")) {
            BigDecimal y = number(table, line, columns.get("year"), "year", at, into);
            if (y == null) {
                if (into.problemCount() == before) {
                    into.problem(table.shown(), line.line(), at + "the year is empty; write the survey's year.");
                }
                return;
            }
            if (y.stripTrailingZeros().scale() > 0 || y.compareTo(BigDecimal.valueOf(1900)) < 0
                    || y.compareTo(BigDecimal.valueOf(2200)) > 0) {
                into.problem(table.shown(), line.line(), at + "year " + y.toPlainString() + " is not a year.");
                return;
            }
            year = y.intValueExact();
        }
        String yearProblem = Checks.year(contract, year);
        if (yearProblem != null) {
            into.problem(table.shown(), line.line(), at + yearProblem);
            return;
        }
        SurveyCells.Cell1 valueCell = line.cell(columns.get("value"));
        if (valueCell.error() == null && SUPPRESSED.contains(valueCell.text()) || valueCell.blank()) {
            into.note(table.shown() + ":" + line.line(), at + year + ": ingen andel publicerad ('" + valueCell.text()
                    + "': för få svar, eller skyddad); utelämnad, inte läst som noll.", at + year
                    + ": no share published ('" + valueCell.text() + "': too few answers, or suppressed); left out,"
                    + " not read as zero.");
            return;
        }
        BigDecimal value = share(table, line, columns.get("value"), "value", at, into);
        BigDecimal respondents = columns.containsKey("respondents")
                ? number(table, line, columns.get("respondents"), "respondents", at, into) : null;
        BigDecimal rate = columns.containsKey("response_rate")
                ? share(table, line, columns.get("response_rate"), "response_rate", at, into) : null;
        if (into.problemCount() > before || value == null) {
            return;
        }
        for (String problem : new String[] {Checks.value(contract, mapping.measure(), value),
                Checks.respondents(respondents), Checks.rate(rate)}) {
            if (problem != null) {
                into.problem(table.shown(), line.line(), at + problem);
            }
        }
        if (into.problemCount() > before) {
            return;
        }
        Measurement m = new Measurement(subject, mapping.measure(), year, plain(value),
                respondents == null ? null : respondents.intValueExact(), rate == null ? null : plain(rate),
                "Vad tycker de äldre om äldreomsorgen " + year + " (" + file.getFileName() + ")",
                mapping.survey().verifiedBy());
        into.add(new Figure(m, table.shown() + ":" + line.line()), table.shown(), line.line());
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A percentage: a cell formatted as % holds a fraction (0.85), read as 85. */
    private static BigDecimal share(SurveyCells.Table table, SurveyCells.Line line, int column, String what, String at,
                                    Imported into) {
        BigDecimal n = number(table, line, column, what, at, into);
        if (n != null && line.cell(column).fraction()) {
            n = n.multiply(HUNDRED).setScale(Math.max(0, n.scale() - 2), RoundingMode.HALF_UP);
        }
        return n;
    }

    private static BigDecimal number(SurveyCells.Table table, SurveyCells.Line line, int column, String what,
                                     String at, Imported into) {
        SurveyCells.Cell1 cell = line.cell(column);
        if (cell.error() != null) {
            into.problem(table.shown(), line.line(), at + what + " (column " + letter(column) + ") " + cell.error() + ".");
            return null;
        }
        if (cell.number() != null) {
            String size = Checks.size(what, cell.number());
            if (size != null) {
                into.problem(table.shown(), line.line(), at + size);
                return null;
            }
            return cell.number();
        }
        if (cell.text().isEmpty() || SUPPRESSED.contains(cell.text())) {
            return null;
        }
        String raw = cell.text().endsWith("%") ? cell.text().substring(0, cell.text().length() - 1) : cell.text();
        try {
            return PlainNumber.FIGURE.parseWritten(raw, table.decimalSign());
        } catch (PlainNumber.Refused e) {
            into.problem(table.shown(), line.line(), at + what + " (column " + letter(column) + ") "
                    + SafeText.line(e.getMessage()) + ".");
            return null;
        }
    }

    private static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
