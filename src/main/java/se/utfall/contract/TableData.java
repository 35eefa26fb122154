package se.utfall.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.utfall.authoring.SheetGrid;
import se.utfall.facts.TableRow;
import se.utfall.library.Parameter;
import se.utfall.library.ParameterValues;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problems;
import se.utfall.problem.Suggestions;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YRead;

/**
 * The rows of a family's table parameter read from a spreadsheet in the contract folder, so a
 * procurement officer keeps a price list or tier table in the program they know:
 * <pre>
 *   tiers: { file: prislista.xlsx, sheet: Steg }
 *   prices: { file: prislista.csv, columns: { measure: "Mått i avtalet", price: "Pris per deltagare (kr)" } }
 * </pre>
 * The first non-empty row is the headings: the table's column names, or the headings {@code columns}
 * maps them to. Without {@code columns} every heading must be a column of the table (a typo is an
 * error, not an ignored column); with it, the sheet's other columns are the officer's own notes
 * (an "Utfall" column in words) and are not read. A missing column is always an error. Every cell is checked by the rules a row written in contract.yaml is checked by,
 * and every mistake is named by file, sheet, row and column. The file is data, never code: no
 * formula is evaluated and nothing in it is compiled. It is one of the contract's terms, so signing
 * pins it (see {@link Contract#dataFiles()}).
 */
public final class TableData {
    public static final Set<String> KEYS = Set.of("file", "sheet", "columns");
    private static final List<String> ENDINGS = List.of(".csv", ".xlsx", ".xls");
    /** A price list is a few hundred rows; anything near this is not one. */
    private static final long MAX_BYTES = 5_000_000;

    private TableData() {
    }

    /** Reads the rows and adds the file to {@code dataFiles}. */
    public static List<TableRow> read(Path folder, Parameter table, YMap spec, String clause,
                                      ParameterValues.Names names, List<Path> dataFiles) {
        String what = "table '" + table.name() + "'";
        YRead.onlyKeys(spec, KEYS, what);
        String name = YRead.text(spec, "file", what);
        Path file = file(folder, name, spec);
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
        SheetGrid grid = csv ? csvGrid(file, spec) : sheet(file, spec);
        Map<String, String> headings = headings(table, spec);
        List<TableRow> rows = rows(file, grid, table, headings, clause, names, spec);
        if (!dataFiles.contains(file)) {
            dataFiles.add(file);
        }
        return rows;
    }

    private static Path file(Path folder, String name, YMap spec) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw YRead.fail(spec.get("file"), "file '" + name + "' must be the name of a file in the contract folder"
                    + " (no folders): the price list is part of the contract and is signed with it.");
        }
        if (ENDINGS.stream().noneMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
            throw YRead.fail(spec.get("file"), "file '" + name + "' is not a spreadsheet; a table is read from a"
                    + " .csv, .xlsx or .xls file.");
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw YRead.fail(spec.get("file"), Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "file '" + name + "' is not a regular file (a link or a device); copy the spreadsheet itself"
                    + " into the contract folder."
                    : "file '" + name + "' is not in the contract folder " + folder.getFileName() + ".");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw YRead.fail(spec.get("file"), "file '" + name + "' is larger than " + MAX_BYTES / 1_000_000
                        + " MB; a table parameter is a price list or tier table, not a data dump.");
            }
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be read: " + e.getMessage());
        }
        return file;
    }

    private static SheetGrid csvGrid(Path file, YMap spec) {
        if (spec.has("sheet")) {
            throw YRead.fail(spec.get("sheet"), "a CSV file has no sheets; remove 'sheet:'.");
        }
        return SheetGrid.readCsv(file).get(0);
    }

    private static SheetGrid sheet(Path file, YMap spec) {
        List<SheetGrid> sheets = SheetGrid.readWorkbook(file);
        List<String> names = sheets.stream().map(SheetGrid::sheet).toList();
        if (!spec.has("sheet")) {
            if (sheets.size() == 1) {
                return sheets.get(0);
            }
            throw YRead.fail(spec, file.getFileName() + " has " + sheets.size() + " sheets (" + String.join(", ", names)
                    + "); say which holds the table with 'sheet:'.");
        }
        String wanted = YRead.text(spec.get("sheet"), "sheet");
        return sheets.stream().filter(s -> s.sheet().equals(wanted)).findFirst()
                .orElseThrow(() -> YRead.fail(spec.get("sheet"), file.getFileName() + " has no sheet '" + wanted
                        + "'; its sheets: " + String.join(", ", names) + "."
                        + Suggestions.hint(wanted, new TreeSet<>(names))));
    }

    /** Column name → the heading it has in the sheet (the column name itself unless mapped). */
    private static Map<String, String> headings(Parameter table, YMap spec) {
        Map<String, String> headings = new LinkedHashMap<>();
        table.columns().keySet().forEach(c -> headings.put(c, c));
        if (spec.has("columns")) {
            YMap map = YRead.map(spec.get("columns"), "columns");
            for (String column : map.keys()) {
                if (!table.columns().containsKey(column)) {
                    throw BadInput.of(map.file(), map.keyLine(column), "'" + column + "' is not a column of table '"
                            + table.name() + "'; its columns: " + String.join(", ", table.columns().keySet()) + "."
                            + Suggestions.hint(column, table.columns().keySet()));
                }
                headings.put(column, YRead.text(map.get(column), "the heading of column '" + column + "'").strip());
            }
        }
        return headings;
    }

    private static List<TableRow> rows(Path file, SheetGrid grid, Parameter table, Map<String, String> headings,
                                       String clause, ParameterValues.Names names, YMap spec) {
        int header = 1;
        while (header <= grid.rows().size() && (grid.blankRow(header) || comment(grid, header))) {
            header++;
        }
        if (header > grid.rows().size()) {
            throw BadInput.of(file, 0, at(grid, 0, 0, null) + "has no heading row; the first row names the columns: "
                    + String.join(", ", headings.values()) + ".");
        }
        Problems problems = new Problems();
        Map<String, Integer> at = new LinkedHashMap<>();
        Map<String, String> columnOfHeading = new LinkedHashMap<>();
        headings.forEach((column, heading) -> columnOfHeading.put(heading.toLowerCase(Locale.ROOT), column));
        for (int c = 1; c <= grid.width(header); c++) {
            String heading = grid.cell(header, c);
            if (heading.isEmpty()) {
                continue;
            }
            String column = columnOfHeading.get(heading.toLowerCase(Locale.ROOT));
            if (column == null && !spec.has("columns")) {
                problems.add(file, line(grid, header), at(grid, header, c, null) + "'" + heading + "' is not a column of"
                        + " table '" + table.name() + "'; the headings are " + quoted(headings.values())
                        + " (or map your own headings with 'columns:' in contract.yaml)"
                        + "." + Suggestions.hint(heading, new TreeSet<>(headings.values())));
            } else if (column != null && at.put(column, c) != null) {
                problems.add(file, line(grid, header), at(grid, header, c, null) + "'" + heading + "' is a heading twice;"
                        + " give each column one heading.");
            }
        }
        for (Map.Entry<String, String> h : headings.entrySet()) {
            if (!at.containsKey(h.getKey())) {
                problems.add(file, line(grid, header), at(grid, header, 0, null) + "has no column headed '" + h.getValue()
                        + "' (column '" + h.getKey() + "' of table '" + table.name() + "'); add it.");
            }
        }
        problems.throwIfAny();
        List<TableRow> rows = new ArrayList<>();
        for (int r = header + 1; r <= grid.rows().size(); r++) {
            if (grid.blankRow(r) || comment(grid, r)) {
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            for (Parameter column : table.columns().values()) {
                int c = at.get(column.name());
                try {
                    cells.put(column.name(), ParameterValues.cell(column, grid.cell(r, c), names));
                } catch (ParameterValues.Refused refused) {
                    problems.add(file, line(grid, r), at(grid, r, c, headings.get(column.name()))
                            + refused.getMessage());
                }
            }
            for (int c = 1; c <= grid.width(r); c++) {
                if (!at.containsValue(c) && !grid.cell(r, c).isEmpty() && grid.cell(header, c).isEmpty()
                        && !spec.has("columns")) {
                    problems.add(file, line(grid, r), at(grid, r, c, null) + "holds '" + grid.cell(r, c) + "' under no"
                            + " heading; give the column a heading or clear the cell.");
                }
            }
            if (cells.size() == table.columns().size()) {
                rows.add(ParameterValues.row(clause, table.name(), rows.size(), cells));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(file, line(grid, header), at(grid, header, 0, null) + "has headings but no rows; give at least"
                    + " one row under them.");
        }
        problems.throwIfAny();
        return List.copyOf(rows);
    }

    /** A CSV line or sheet row whose first cell starts with # is a note for people, not a row. */
    private static boolean comment(SheetGrid grid, int row) {
        return grid.cell(row, 1).startsWith("#");
    }

    /** A CSV row is a line of the file (editors jump to it); a workbook's are named in the message. */
    private static int line(SheetGrid grid, int row) {
        return grid.sheet() == null ? row : 0;
    }

    /**
     * "sheet 'Steg', row 4, column B (Pris): " for a workbook; "column B (Pris): " for a CSV line (the
     * line number says the row); "" for the whole of a CSV file.
     */
    private static String at(SheetGrid grid, int row, int column, String heading) {
        String place = grid.sheet() == null ? (column > 0 ? "column " + SheetGrid.letter(column) : "")
                : row > 0 ? grid.where(row, column) : "sheet '" + grid.sheet() + "'";
        if (place.isEmpty()) {
            return "";
        }
        return place + (heading == null || heading.isEmpty() ? "" : " (" + heading + ")") + ": ";
    }

    private static String quoted(java.util.Collection<String> headings) {
        return String.join(", ", headings.stream().map(h -> "'" + h + "'").toList());
    }
}
