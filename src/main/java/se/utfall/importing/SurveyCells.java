package se.utfall.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.IOUtils;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.text.InputFiles;
import se.utfall.text.SafeText;
import se.utfall.text.WrittenNumber;

/**
 * The cells of a survey table as published: a spreadsheet (.xlsx, .xls) or a CSV file (comma or, as
 * Swedish Excel saves it, semicolon with decimal commas). A cell keeps where it is (CSV line, or
 * sheet, row and column) and, for a spreadsheet number formatted as a percentage, that its stored
 * value is a fraction (0.85 shown as 85 %).
 *
 * <p>A spreadsheet is a zip of XML that can be made to unpack to gigabytes: the file is refused over
 * {@link #MAX_FILE} bytes, POI refuses an entry compressed more than 100-fold or unpacking over
 * {@link #MAX_ENTRY} bytes, and a sheet over {@link #MAX_ROWS} rows or {@link #MAX_COLUMNS} columns is
 * refused. A formula cell is refused: a published table holds figures, and a formula's cached value
 * is whatever the program that last saved it computed.
 */
final class SurveyCells {
    static final long MAX_FILE = 20L * 1024 * 1024;
    static final long MAX_ENTRY = 100L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 200;

    record Cell1(String text, BigDecimal number, boolean fraction, String error) {
        boolean blank() {
            return text.isBlank() && number == null;
        }
    }

    /** One row: its line (CSV) or row number (sheet), how a message names it, and its cells. */
    record Line(int line, String where, List<Cell1> cells) {
        Cell1 cell(int column) {
            return column < 0 || column >= cells.size() ? new Cell1("", null, false, null) : cells.get(column);
        }
    }

    /** A sheet (or the CSV file) and its rows; {@code decimalSign} for text numbers. */
    record Table(String shown, String sheet, List<Line> lines, WrittenNumber.DecimalSign decimalSign) {
    }

    private SurveyCells() {
    }

    static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }

    static List<Table> read(Path file) {
        return isSpreadsheet(file) ? workbook(file) : List.of(csv(file));
    }

    static Table csv(Path file) {
        String shown = Locations.display(file);
        String text = InputFiles.read(file, MAX_FILE, "survey table (CSV)", "; pass --survey FILE");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // A published table may open with a title line; the separator is the one its first lines use most.
        long semicolons = 0;
        long commas = 0;
        int seen = 0;
        for (String l : text.split("\n", 52)) {
            if (seen++ == 50) {
                break;
            }
            semicolons += l.chars().filter(c -> c == ';').count();
            commas += l.chars().filter(c -> c == ',').count();
        }
        char separator = semicolons > commas ? ';' : ',';
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        List<Line> lines = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).build()
                    .parse(new StringReader(text))) {
                if (lines.size() >= MAX_ROWS || r.size() > MAX_COLUMNS) {
                    throw BadInput.of(file, lines.size() + 1, "holds more than " + MAX_ROWS + " rows or "
                            + MAX_COLUMNS + " columns; that is not one survey table.");
                }
                int line = lineOf(starts, r.getCharacterPosition());
                List<Cell1> cells = new ArrayList<>();
                for (String v : r) {
                    cells.add(new Cell1(v.strip(), null, false, v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                            ? "holds a line break" : null));
                }
                lines.add(new Line(line, "", cells));
            }
        } catch (BadInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw BadInput.of(file, 0, "is not valid CSV: " + SafeText.line(String.valueOf(e.getMessage())));
        }
        return new Table(shown, null, lines, separator == ';' ? WrittenNumber.DecimalSign.COMMA
                : WrittenNumber.DecimalSign.POINT);
    }

    private static int lineOf(List<Integer> starts, long offset) {
        int i = java.util.Collections.binarySearch(starts, (int) offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    static List<Table> workbook(Path file) {
        String shown = Locations.display(file);
        if (!Files.isRegularFile(file)) {
            throw BadInput.of(file, 0, Files.exists(file) ? "is not a plain file; give the survey spreadsheet."
                    : "survey table not found; pass --survey FILE.");
        }
        try {
            if (Files.size(file) > MAX_FILE) {
                throw BadInput.of(file, 0, "is larger than " + (MAX_FILE >> 20) + " MiB, more than a survey table"
                        + " needs; check that it is the right file.");
            }
        } catch (IOException e) {
            throw BadInput.of(file, 0, "cannot be read: " + SafeText.line(String.valueOf(e.getMessage())) + ".");
        }
        // POI's own guards, set here so they hold whatever another part of the program set.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
        ZipSecureFile.setMaxTextSize(10_000_000);
        IOUtils.setByteArrayMaxOverride((int) MAX_ENTRY);
        List<Table> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                if (sheet.getLastRowNum() >= MAX_ROWS) {
                    throw BadInput.of(file, MAX_ROWS, "sheet '" + SafeText.line(sheet.getSheetName()) + "' has "
                            + (sheet.getLastRowNum() + 1) + " rows, more than " + MAX_ROWS + "; that is not one survey"
                            + " table.");
                }
                List<Line> lines = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getLastCellNum() > MAX_COLUMNS) {
                        throw BadInput.of(file, row.getRowNum() + 1, "sheet '" + SafeText.line(sheet.getSheetName())
                                + "', row " + (row.getRowNum() + 1) + " has more than " + MAX_COLUMNS + " columns;"
                                + " that is not one survey table.");
                    }
                    List<Cell1> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cell(row.getCell(c)));
                    }
                    if (cells.stream().allMatch(Cell1::blank)) {
                        continue;
                    }
                    lines.add(new Line(row.getRowNum() + 1, "sheet '" + SafeText.line(sheet.getSheetName()) + "', row "
                            + (row.getRowNum() + 1), cells));
                }
                tables.add(new Table(shown, sheet.getSheetName(), lines, WrittenNumber.DecimalSign.EITHER));
            }
        } catch (BadInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")
                    || m.contains("Tried to allocate") || m.contains("max length")) {
                throw BadInput.of(file, 0, "unpacks to far more than its size (a zip bomb, or a sheet too large for a"
                        + " survey table); it is refused unread. Save the table again from the program that made it.");
            }
            throw BadInput.of(file, 0, "cannot be read as a spreadsheet (" + SafeText.line(m) + "); save it as .xlsx or"
                    + " as CSV.");
        }
        return tables;
    }

    private static Cell1 cell(Cell cell) {
        if (cell == null) {
            return new Cell1("", null, false, null);
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return new Cell1("=" + cell.getCellFormula(), null, false, "is a formula (=" + SafeText.line(
                    cell.getCellFormula()) + "); a published table holds figures: save the sheet with values only"
                    + " (Paste special, Values) and import it again");
        }
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return new Cell1(String.valueOf(cell.getNumericCellValue()), null, false, "is a date, not a figure");
            }
            double d = cell.getNumericCellValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return new Cell1(String.valueOf(d), null, false, "is not a finite number");
            }
            BigDecimal n = new BigDecimal(String.valueOf(d));
            String format = cell.getCellStyle() == null ? "" : String.valueOf(cell.getCellStyle().getDataFormatString());
            return new Cell1(n.stripTrailingZeros().toPlainString(), n, format.contains("%"), null);
        }
        if (type == CellType.STRING) {
            return new Cell1(cell.getStringCellValue().strip(), null, false, null);
        }
        if (type == CellType.BOOLEAN) {
            return new Cell1(String.valueOf(cell.getBooleanCellValue()), null, false, null);
        }
        if (type == CellType.ERROR) {
            return new Cell1("#ERROR", null, false, "holds an error value, not a figure");
        }
        return new Cell1("", null, false, null);
    }
}
