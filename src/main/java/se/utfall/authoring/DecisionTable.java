package se.utfall.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import se.utfall.engine.Phase;
import se.utfall.engine.RuleSource;
import se.utfall.engine.SourceLines;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;
import se.utfall.problem.Suggestions;

/**
 * A tier table or price list written as a Drools decision table (*.drl.csv, *.drl.xlsx). Drools
 * compiles it to DRL; before that every cell is checked here, because Drools reports a bad cell
 * without its row and column: the phase in the AGENDA-GROUP column, numbers where a column makes
 * a BigDecimal, clause ids and measure ids the contract defines, and the imports (only the
 * project's fact types). Errors Drools still finds are mapped back to the row from the
 * "rule values at A10" comment it writes above each generated rule.
 */
public final class DecisionTable {
    private static final Pattern ROW_COMMENT = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern LITERAL_MEASURE = Pattern.compile("measure == \"([^\"$]*)\"");
    private static final Pattern LITERAL_CLAUSE = Pattern.compile("clause == \"([^\"$]*)\"");

    /** The DRL generated from a table, and which sheet and header row each rule table starts at. */
    public record Compiled(Path file, String drl, RuleSource source) {
    }

    private record Table(SheetGrid grid, int headerRow) {
    }

    private DecisionTable() {
    }

    public static Compiled compile(Path file, DslrExpander.Context context) {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        List<SheetGrid> sheets = csv ? SheetGrid.readCsv(file) : SheetGrid.readWorkbook(file);
        Problems problems = new Problems();
        List<Table> tables = new ArrayList<>();
        for (SheetGrid grid : sheets) {
            check(file, grid, context, problems, tables);
        }
        if (tables.isEmpty() && problems.isEmpty()) {
            problems.add(file, 0, "has no rule table: a row starting with 'RuleTable <name>' is followed by a row of"
                    + " column kinds (NAME, AGENDA-GROUP, CONDITION, ACTION), the fact types, the code, the headings,"
                    + " and one row per rule (see the README, Writing and changing clauses).");
        }
        problems.throwIfAny();
        String drl;
        try (InputStream in = Files.newInputStream(file)) {
            drl = new SpreadsheetCompiler().compile(in, csv ? InputType.CSV : InputType.XLS);
        } catch (IOException | RuntimeException e) {
            throw BadInput.of(file, 0, "Drools cannot read the table: " + String.valueOf(e.getMessage()).strip());
        }
        String[] lines = drl.split("\n", -1);
        SourceLines map = compiledLine -> locate(lines, compiledLine, tables, csv);
        return new Compiled(file, drl, new RuleSource(file, drl, false, map));
    }

    /**
     * The row a line of generated DRL comes from (the nearest "rule values at" comment above it) and,
     * when one column's code filled with that row's cell is what the line says, the column too.
     */
    private static SourceLines.Where locate(String[] lines, int compiledLine, List<Table> tables, boolean csv) {
        for (int i = Math.min(compiledLine, lines.length) - 1; i >= 0; i--) {
            Matcher m = ROW_COMMENT.matcher(lines[i].strip());
            if (m.find()) {
                int row = Integer.parseInt(m.group(2));
                int header = Integer.parseInt(m.group(4));
                Table table = tables.stream().filter(t -> t.headerRow() == header).findFirst().orElse(null);
                int column = table == null ? 0 : columnOf(table, row, compiledLine <= lines.length ? lines[compiledLine - 1] : "");
                String where = table == null ? "row " + row : table.grid().where(row, column)
                        + (column == 0 ? "" : headingOf(table, column));
                if (csv) {
                    return new SourceLines.Where(row, column == 0 ? "" : where + ": ");
                }
                return new SourceLines.Where(0, where + ": ");
            }
        }
        return new SourceLines.Where(0, "");
    }

    /** The one CONDITION or ACTION column whose code, filled with the row's cell, is on this line; 0 if not one. */
    private static int columnOf(Table table, int row, String compiled) {
        SheetGrid grid = table.grid();
        int kinds = table.headerRow() + 1;
        int code = table.headerRow() + 3;
        String line = compiled.replaceAll("\\s+", "");
        int found = 0;
        for (int c = 1; c <= grid.width(kinds); c++) {
            String kind = grid.cell(kinds, c).toUpperCase(Locale.ROOT);
            String snippet = grid.cell(code, c);
            String value = grid.cell(row, c);
            if (!(kind.equals("CONDITION") || kind.equals("ACTION")) || snippet.isEmpty() || value.isEmpty()) {
                continue;
            }
            String filled = snippet.replace("$param", value).replaceAll("\\s+", "");
            if (line.contains(filled)) {
                if (found != 0) {
                    return 0;
                }
                found = c;
            }
        }
        return found;
    }

    private static String headingOf(Table table, int column) {
        String heading = table.grid().cell(table.headerRow() + 4, column);
        return heading.isEmpty() ? "" : " (" + heading + ")";
    }

    private static void check(Path file, SheetGrid grid, DslrExpander.Context context, Problems problems,
                              List<Table> tables) {
        for (int row = 1; row <= grid.rows().size(); row++) {
            int first = firstFilled(grid, row);
            if (first == 0) {
                continue;
            }
            String head = grid.cell(row, first);
            String keyword = head.toLowerCase(Locale.ROOT);
            if (Set.of("functions", "variables", "queries", "declare").contains(keyword)) {
                problems.add(file, lineOf(grid, row), grid.where(row, first) + ": a rule table cannot define '" + head
                        + "' (functions, globals, queries or types): a table's rules use the contract's facts only;"
                        + " remove this row.");
            } else if (keyword.equals("import")) {
                checkImports(file, grid, row, first + 1, problems);
            } else if (keyword.startsWith("ruletable")) {
                tables.add(new Table(grid, row));
                row = checkTable(file, grid, row, context, problems);
            }
        }
    }

    private static int firstFilled(SheetGrid grid, int row) {
        for (int c = 1; c <= grid.width(row); c++) {
            if (!grid.cell(row, c).isEmpty()) {
                return c;
            }
        }
        return 0;
    }

    private static void checkImports(Path file, SheetGrid grid, int row, int column, Problems problems) {
        for (String name : grid.cell(row, column).split(",")) {
            String type = name.strip();
            if (!type.isEmpty() && !allowedImports().contains(type)) {
                problems.add(file, lineOf(grid, row), grid.where(row, column) + ": '" + type + "' cannot be imported by a"
                        + " rule table; a table works with the contract's facts: " + String.join(", ", allowedImports()) + ".");
            }
        }
    }

    static List<String> allowedImports() {
        List<String> allowed = new ArrayList<>(DslrExpander.IMPORTS);
        allowed.add("se.utfall.facts.TableRow");
        return allowed;
    }

    /** Checks one rule table and returns its last row. */
    private static int checkTable(Path file, SheetGrid grid, int tableRow, DslrExpander.Context context,
                                  Problems problems) {
        int kinds = tableRow + 1;
        int code = tableRow + 3;
        int headings = tableRow + 4;
        int width = grid.width(kinds);
        boolean hasPhase = false;
        for (int c = 1; c <= width; c++) {
            String kind = grid.cell(kinds, c).toUpperCase(Locale.ROOT);
            hasPhase |= kind.equals("AGENDA-GROUP");
            String snippet = grid.cell(code, c);
            for (Pattern literal : List.of(LITERAL_MEASURE, LITERAL_CLAUSE)) {
                for (Matcher m = literal.matcher(snippet); m.find(); ) {
                    checkName(file, grid, code, c, m.group(1), literal == LITERAL_MEASURE, context, problems);
                }
            }
        }
        if (!hasPhase) {
            problems.add(file, lineOf(grid, kinds), grid.where(kinds, 0) + ": the table has no AGENDA-GROUP column;"
                    + " add one and give each row its phase (" + String.join(", ", Phase.names()) + ").");
        }
        int row = headings + 1;
        for (; row <= grid.rows().size() && !grid.blankRow(row); row++) {
            for (int c = 1; c <= width; c++) {
                checkCell(file, grid, row, c, grid.cell(kinds, c).toUpperCase(Locale.ROOT), grid.cell(code, c),
                        grid.cell(headings, c), context, problems);
            }
        }
        return row;
    }

    private static void checkCell(Path file, SheetGrid grid, int row, int column, String kind, String snippet,
                                  String heading, DslrExpander.Context context, Problems problems) {
        String value = grid.cell(row, column);
        String where = grid.where(row, column) + (heading.isEmpty() ? "" : " (" + heading + ")") + ": ";
        int line = lineOf(grid, row);
        if (kind.equals("AGENDA-GROUP")) {
            if (Phase.of(value) == null) {
                String guess = value.isEmpty() ? "" : Suggestions.closest(value, Phase.names())
                        .map(p -> " (did you mean '" + p + "'?)").orElse("");
                problems.add(file, line, where + (value.isEmpty() ? "the rule has no phase" : "'" + value
                        + "' is not a phase") + "; write one of " + String.join(", ", Phase.names()) + guess + ".");
            }
            return;
        }
        if (value.isEmpty() || !(kind.equals("CONDITION") || kind.equals("ACTION"))) {
            return;
        }
        if (snippet.contains("\"$param\"") && value.contains("\"")) {
            problems.add(file, line, where + "a cell cannot contain quotation marks (\"); write the words without them.");
            return;
        }
        if (snippet.matches("(?s).*BigDecimal\\(\\s*\"\\$param\"\\s*\\).*")
                && !PLAIN_NUMBER.matcher(value).matches()) {
            String plain = value.replace(" ", "").replace("\u00a0", "").replace(",", ".");
            problems.add(file, line, where + "'" + value + "' is not a number" + (PLAIN_NUMBER.matcher(plain).matches()
                    ? "; write it as " + plain + " (digits, a point for decimals, no spaces)."
                    : "; write digits such as 40000 or 0.5."));
        } else if (snippet.contains("measure == \"$param\"")) {
            checkName(file, grid, row, column, value, true, context, problems, heading);
        } else if (snippet.contains("clause == \"$param\"")) {
            checkName(file, grid, row, column, value, false, context, problems, heading);
        }
    }

    private static void checkName(Path file, SheetGrid grid, int row, int column, String name, boolean measure,
                                  DslrExpander.Context context, Problems problems) {
        checkName(file, grid, row, column, name, measure, context, problems, "");
    }

    private static void checkName(Path file, SheetGrid grid, int row, int column, String name, boolean measure,
                                  DslrExpander.Context context, Problems problems, String heading) {
        var known = measure ? context.measures() : context.clauses();
        if (!known.contains(name)) {
            problems.add(file, lineOf(grid, row), grid.where(row, column) + (heading.isEmpty() ? "" : " (" + heading + ")")
                    + ": '" + name + "' is not a " + (measure ? "measure" : "clause") + " of the contract."
                    + Suggestions.hint(name, new TreeSet<>(known)));
        }
    }

    /** A CSV row is a line of the file (editors jump to it); a workbook's rows are named in the message. */
    private static int lineOf(SheetGrid grid, int row) {
        return grid.sheet() == null ? row : 0;
    }
}
