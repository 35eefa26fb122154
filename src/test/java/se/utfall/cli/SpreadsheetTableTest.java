package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;

/**
 * Price lists and tier tables kept in spreadsheets are DATA for a family's table parameter, never
 * code: every cell is checked like a row written in contract.yaml and named by file, sheet, row and
 * column; a formula is never evaluated; the sheet is a term that signing pins.
 */
class SpreadsheetTableTest {
    private static final String CONTRACT = "unga-vuxna-arbete";

    @TempDir
    Path tmp;

    private Cli invalid(Path folder) {
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), () -> "exit code; stderr was:\n" + cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        return cli;
    }

    private Path priceList(Path folder) {
        return folder.resolve("prislista.csv");
    }

    @Test
    void aPriceThatIsNotANumberNamesTheLineAndColumnWithItsHeading() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = priceList(folder);
        ContractCopy.edit(table, "arbete_6_man,40000", "arbete_6_man,fyrtiotusen");
        String error = invalid(folder).errLines()[0];
        assertEquals(Locations.display(table) + ":" + ContractCopy.lineOf(table, "fyrtiotusen")
                + ": column C (Pris per deltagare (kr)): 'fyrtiotusen' is not a number; write digits such as 40000 or 0.5.",
                error);
    }

    @Test
    void aPriceWrittenWithSpacesIsReadButAnAmbiguousOneSaysHowToWriteIt() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = priceList(folder);
        ContractCopy.edit(table, "arbete_6_man,40000", "arbete_6_man,40 000");
        Cli ok = Cli.run("validate", folder.toString());
        assertEquals(0, ok.exitCode(), "a cell reads 40 000 as a contract writes it: " + ok.err());
        ContractCopy.edit(table, "arbete_6_man,40 000", "arbete_6_man,\"40,000\"");
        assertTrue(invalid(folder).errLines()[0].endsWith("'40,000' is an amount with three decimals, which an amount"
                + " never has (öre are two); write 40 000 for thousands, or 40 kronor."), invalid(folder).err());
    }

    @Test
    void aFormulaOrAnExponentIsNotANumberAndIsNeverEvaluated() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = priceList(folder);
        ContractCopy.edit(table, "arbete_6_man,40000", "arbete_6_man,=4E4");
        ContractCopy.edit(table, "studier_termin,25000", "studier_termin,25e3");
        Cli cli = invalid(folder);
        assertEquals(2, cli.errLines().length, cli.err());
        assertTrue(cli.errLines()[0].contains("'=4E4' is a formula without a saved value; Utfall never evaluates"),
                cli.err());
        assertTrue(cli.errLines()[1].contains("'25e3' is not a number"), cli.err());
    }

    @Test
    void aPriceOutsideTheFamilysRangeIsRefusedAtItsCell() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = priceList(folder);
        ContractCopy.edit(table, "studier_termin,25000", "studier_termin,-25000");
        assertEquals(Locations.display(table) + ":" + ContractCopy.lineOf(table, "-25000") + ": column C (Pris per"
                + " deltagare (kr)): -25000 SEK is outside the allowed range 0..10000000; choose a value within it.",
                invalid(folder).errLines()[0]);
    }

    @Test
    void aMisspeltMeasureIsNamedWithTheRightWord() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = priceList(folder);
        ContractCopy.edit(table, ",studier_termin,", ",studier_termn,");
        String error = invalid(folder).errLines()[0];
        assertTrue(error.startsWith(Locations.display(table) + ":" + ContractCopy.lineOf(table, "studier_termn")
                + ": column B (Mått i avtalet): 'studier_termn' is not a measure the contract defines"), error);
        assertTrue(error.contains("studier_termin"), error);
    }

    @Test
    void aHeadingTheContractDoesNotMapIsNamedWithTheHeadingsItMaps() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = priceList(folder);
        ContractCopy.edit(table, "Mått i avtalet,Pris per deltagare (kr)", "Mått i avtalet,Pris (kr)");
        String error = invalid(folder).errLines()[0];
        assertEquals(Locations.display(table) + ":" + ContractCopy.lineOf(table, "Pris (kr)") + ": has no column headed"
                + " 'Pris per deltagare (kr)' (column 'price' of table 'prices'); add it.", error);
    }

    @Test
    void withoutAColumnMappingEveryHeadingMustBeAColumnOfTheTable() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        ContractCopy.edit(folder.resolve("contract.yaml"),
                "        columns: { measure: \"Mått i avtalet\", price: \"Pris per deltagare (kr)\" }\n", "");
        Path table = priceList(folder);
        ContractCopy.edit(table, "Utfall i prislistan,Mått i avtalet,Pris per deltagare (kr)", "measure,prise");
        ContractCopy.edit(table, "Anställning i minst sex månader,", "");
        ContractCopy.edit(table, "Fullföljd termin av studier,", "");
        ContractCopy.edit(table, "Egen försörjning i tolv månader,", "");
        Cli cli = invalid(folder);
        int line = ContractCopy.lineOf(table, "measure,prise");
        assertEquals(List.of(
                Locations.display(table) + ":" + line + ": column B: 'prise' is not a column of table 'prices'; the"
                        + " headings are 'measure', 'price' (or map your own headings with 'columns:' in contract.yaml)."
                        + " Did you mean 'price'?",
                Locations.display(table) + ":" + line + ": has no column headed 'price' (column 'price' of table"
                        + " 'prices'); add it."), List.of(cli.errLines()));
    }

    @Test
    void aCsvSavedBySwedishExcelWithAByteOrderMarkAndSemicolonsIsRead() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Files.writeString(priceList(folder), "\uFEFFUtfall i prislistan;Mått i avtalet;Pris per deltagare (kr)\r\n"
                + "Anställning;arbete_6_man;40000\r\nStudier;studier_termin;25000\r\n"
                + "Egen försörjning;egen_forsorjning_12_man;60000\r\n", java.nio.charset.StandardCharsets.UTF_8);
        Cli test = Cli.run("test", folder.toString());
        assertEquals(0, test.exitCode(), test.out() + test.err());
        assertTrue(test.out().contains("3 passed, 0 failed"), test.out());
    }

    @Test
    void aDataFileOutsideTheContractFolderOrALinkIsRefused() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "file: prislista.csv", "file: ../prislista.csv");
        String error = invalid(folder).errLines()[0];
        assertTrue(error.startsWith(Locations.display(file) + ":" + ContractCopy.lineOf(file, "file: ../") + ": file"
                + " '../prislista.csv' must be the name of a file in the contract folder"), error);

        ContractCopy.edit(file, "file: ../prislista.csv", "file: zero.csv");
        Files.createSymbolicLink(folder.resolve("zero.csv"), Path.of("/dev/zero"));
        assertTrue(invalid(folder).errLines()[0].contains("file 'zero.csv' is not a regular file"));
    }

    @Test
    void aPriceListInAWorkbookIsReadFromItsSheetAndPaysTheSameAsTheCsv() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Files.delete(priceList(folder));
        writeBook(folder.resolve("prislista.xlsx"), false);
        ContractCopy.edit(folder.resolve("contract.yaml"), "file: prislista.csv", "file: prislista.xlsx\n        sheet: Priser");
        Cli test = Cli.run("test", folder.toString());
        assertEquals(0, test.exitCode(), test.out() + test.err());
        assertTrue(test.out().contains("3 passed, 0 failed"), test.out());
    }

    @Test
    void aWorkbookCellErrorNamesTheSheetRowAndColumn() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Files.delete(priceList(folder));
        Path book = folder.resolve("prislista.xlsx");
        writeBook(book, true);
        ContractCopy.edit(folder.resolve("contract.yaml"), "file: prislista.csv", "file: prislista.xlsx\n        sheet: Priser");
        assertEquals(Locations.display(book) + ": sheet 'Priser', row 4, column C (Pris per deltagare (kr)): 'tjugofemtusen'"
                + " is not a number; write digits such as 40000 or 0.5.", invalid(folder).errLines()[0]);

        ContractCopy.edit(folder.resolve("contract.yaml"), "sheet: Priser", "sheet: Prise");
        assertTrue(invalid(folder).errLines()[0].contains("prislista.xlsx has no sheet 'Prise'; its sheets: Läs mig,"
                + " Priser."), "names the sheets there are");
    }

    /**
     * The price list as a workbook: a sheet of notes first, then "Priser". The 60 000 kr price is a
     * formula (=2*30000) saved with its value, as a spreadsheet program saves it: Utfall reads the
     * saved value and evaluates nothing.
     */
    private static void writeBook(Path file, boolean badCell) throws IOException {
        writeBook(file, badCell, true);
    }

    @Test
    void aFormulaSavedWithoutItsValueIsRefusedNotReadAsZero() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Files.delete(priceList(folder));
        Path book = folder.resolve("prislista.xlsx");
        writeBook(book, false, false);
        ContractCopy.edit(folder.resolve("contract.yaml"), "file: prislista.csv", "file: prislista.xlsx\n        sheet: Priser");
        assertEquals(Locations.display(book) + ": sheet 'Priser', row 5, column C (Pris per deltagare (kr)): '=2*30000' is"
                + " a formula without a saved value; Utfall never evaluates a formula: save the file in the spreadsheet"
                + " program (which stores the value), or type the value.", invalid(folder).errLines()[0]);
    }

    private static void writeBook(Path file, boolean badCell, boolean saveFormulaValues) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Läs mig").createRow(0).createCell(0).setCellValue("Bilaga 1: prislistan står på bladet Priser.");
            Sheet sheet = wb.createSheet("Priser");
            Object[][] rows = {
                {"Utfall i prislistan", "Mått i avtalet", "Pris per deltagare (kr)"},
                {"Anställning i minst sex månader", "arbete_6_man", 40000},
                {},
                {"Fullföljd termin av studier", "studier_termin", badCell ? "tjugofemtusen" : 25000},
                {"Egen försörjning i tolv månader", "egen_forsorjning_12_man", "=2*30000"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Cell cell = row.createCell(c);
                    Object v = rows[r][c];
                    if (v instanceof Integer i) {
                        cell.setCellValue(i);
                    } else if (v.toString().startsWith("=")) {
                        cell.setCellFormula(v.toString().substring(1));
                        if (saveFormulaValues) {
                            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                        }
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @Test
    void aChangedPriceListIsRefusedUntilAmendedAndEarlierYearsKeepTheSignedPrices() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        String ledger = tmp.resolve("ledger.db").toString();
        Cli sign = Cli.run("sign", "--ledger", ledger, folder.toString());
        assertEquals(0, sign.exitCode(), sign.err());
        assertTrue(sign.out().contains("contract/prislista.csv"), "the price list is pinned: " + sign.out());
        Cli first = Cli.run("settle", "--ledger", ledger, folder.toString(), "--year", "2026");
        assertEquals(0, first.exitCode(), first.err());

        ContractCopy.edit(priceList(folder), "egen_forsorjning_12_man,60000", "egen_forsorjning_12_man,90000");
        Cli refused = Cli.run("settle", "--ledger", ledger, folder.toString(), "--year", "2027");
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("prislista.csv has changed"), refused.err());
        assertTrue(refused.err().contains("./utfall amend"), refused.err());

        Cli amend = Cli.run("amend", "--ledger", ledger, folder.toString(), "--effective", "2027", "--reason",
                "Nämndbeslut: nytt pris för egen försörjning");
        assertEquals(0, amend.exitCode(), amend.err());
        Cli settled = Cli.run("settle", "--ledger", ledger, folder.toString(), "--year", "2027", "--format", "json");
        assertEquals(0, settled.exitCode(), settled.err());
        // 2026 keeps the signed 60 000 kr (3 × 60 000 is in what was paid; nothing new for 2026);
        // 2027 pays 14 × 40 000 + 9 × 25 000 + 10 × 90 000 = 1 685 000 by the amended list.
        assertTrue(settled.out().replace(" ", "").contains("\"1685000\""), settled.out());
        // The 2026 run is recomputed from the stored copy of the signed price list, not the changed file.
        for (String run : List.of("1", "2")) {
            Cli replay = Cli.run("replay", "--ledger", ledger, run);
            assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        }
    }

    @Test
    void showRulesPrintsEachSentenceWithItsLineAndExpansionTheSameEveryTime() {
        Cli first = Cli.run("show-rules", "contracts/osteraker-halsocoach");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("== contracts/osteraker-halsocoach/validation.dslr (vocabulary rules/dsl/utfall-sv.dsl)\n"),
                first.out());
        assertTrue(first.out().contains(" 9 | För varje år som avräknas enligt §6.2\n"
                + "   → SettlementYear( $year : year ) $t : ClauseTerms( clause == \"§6.2\" )\n"), first.out());
        assertTrue(first.out().contains("11 | och verified_participants för enheten i år inte är validerat av RISE\n"
                + "   → not Measurement( measure == \"verified_participants\", year == $year, subject == $subject,"
                + " verifiedBy == \"RISE\" )\n"), first.out());
        assertEquals(first.out(), Cli.run("show-rules", "contracts/osteraker-halsocoach").out());
    }

    @Test
    void describeShowsThePriceListRowsInWords() {
        Cli cli = Cli.run("describe", "contracts/unga-vuxna-arbete");
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("40 000 kr per utfall räknat som deltagare som haft en anställning i minst sex"
                + " sammanhängande månader, 25 000 kr per utfall"), cli.out());
        assertTrue(out.contains("60 000 kr per utfall räknat som deltagare som haft egen försörjning"), cli.out());
    }

    @Test
    void explainListsThePriceListRowsReadFromTheSheet() {
        Cli cli = Cli.run("explain", "contracts/unga-vuxna-arbete", "--year", "2026", "--clause", "§5");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("rad 3: measure egen_forsorjning_12_man  price 60 000"), cli.out());
    }
}
