package se.utfall.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.utfall.problem.BadInput;
import se.utfall.text.InputFiles;

/**
 * The cells of a spreadsheet as text, sheet by sheet, so a table of data can be checked cell by
 * cell and every problem named by sheet, row and column (as the spreadsheet program shows them: row
 * 1 and column A first). A CSV file is one sheet without a name. Only values are read: a formula
 * cell gives the value the spreadsheet program last calculated and saved with it, never a formula
 * evaluated here (see {@link #value}).
 */
public record SheetGrid(String sheet, List<List<String>> rows) {

    public String cell(int row, int column) {
        if (row < 1 || row > rows.size()) {
            return "";
        }
        List<String> r = rows.get(row - 1);
        return column < 1 || column > r.size() ? "" : r.get(column - 1).strip();
    }

    public boolean blankRow(int row) {
        return row > rows.size() || rows.get(row - 1).stream().allMatch(String::isBlank);
    }

    public int width(int row) {
        return row < 1 || row > rows.size() ? 0 : rows.get(row - 1).size();
    }

    /** "sheet 'Steg', row 12, column E" or, for a CSV file, "row 12, column E". */
    public String where(int row, int column) {
        return (sheet == null ? "" : "sheet '" + sheet + "', ") + "row " + row
                + (column > 0 ? ", column " + letter(column) : "");
    }

    public static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /**
     * A CSV file as one sheet. A spreadsheet program saving "CSV UTF-8" writes a byte-order mark
     * first, and with a Swedish locale separates cells with ';' (the comma is the decimal mark):
     * both are read as the officer saved them.
     */
    public static List<SheetGrid> readCsv(Path file) {
        try {
            String text = InputFiles.read(file, InputFiles.MEASUREMENTS_LIMIT, "table file (CSV)", "");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            char separator = separator(text);
            List<List<String>> rows = new ArrayList<>();
            Reader in = new java.io.StringReader(text);
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).build()
                    .parse(in)) {
                List<String> cells = new ArrayList<>();
                r.forEach(cells::add);
                rows.add(cells);
            }
            return List.of(new SheetGrid(null, rows));
        } catch (BadInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw BadInput.of(file, 0, "cannot be read as CSV: " + e.getMessage());
        }
    }

    /** ';' when the first line that is not a note has more of them than commas, else ','. */
    static char separator(String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                long semicolons = line.chars().filter(c -> c == ';').count();
                long commas = line.chars().filter(c -> c == ',').count();
                return semicolons > commas ? ';' : ',';
            }
        }
        return ',';
    }

    public static List<SheetGrid> readWorkbook(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            List<SheetGrid> sheets = new ArrayList<>();
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : value(cell, format));
                        }
                    }
                    rows.add(cells);
                }
                sheets.add(new SheetGrid(sheet.getSheetName(), rows));
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            throw BadInput.of(file, 0, "cannot be read as a spreadsheet: " + e.getMessage());
        }
    }

    /**
     * What a cell holds as text. A formula is not evaluated: its cached result, as saved by the
     * program that wrote the file, is read like a typed value; a formula saved without one reads as
     * its formula ("=2*30000"), which the table's checks refuse. Numbers are written plainly (40000, 0.5),
     * never in the sheet's display format, so a price shown as "40 000 kr" reads as 40000.
     */
    static String value(Cell cell, DataFormatter format) {
        if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x
                && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA && !x.getCTCell().isSetV()) {
            // POI would read a formula saved without its value as 0: show the formula instead, which
            // no column accepts, so the cell is refused rather than read as a price of 0 kr.
            return "=" + cell.getCellFormula();
        }
        org.apache.poi.ss.usermodel.CellType type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                    ? format.formatCellValue(cell)
                    : new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
