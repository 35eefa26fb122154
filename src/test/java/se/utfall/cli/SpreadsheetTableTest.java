package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;

/**
 * Price lists and tier tables written as spreadsheets: a wrong cell is named by sheet, row and
 * column (Drools itself gives neither), and errors Drools finds in a row's rule point at that row.
 */
class SpreadsheetTableTest {
    private static final String CONTRACT = "unga-vuxna-arbete";

    @TempDir
    Path tmp;

    private Cli invalid(Path folder) {
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), () -> "exit code; stderr was:\n" + cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        return cli;
    }

    @Test
    void aPriceThatIsNotANumberNamesRowAndColumnWithItsHeading() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = folder.resolve("prislista.drl.csv");
        ContractCopy.edit(table, "egen_forsorjning_12_man,60000", "egen_forsorjning_12_man,6OOOO");
        Cli cli = invalid(folder);
        assertEquals(1, cli.errLines().length, cli.err());
        assertEquals(Locations.display(table) + ":12: row 12, column E (Pris per deltagare (kr)): '6OOOO' is not a number;"
                + " write digits such as 40000 or 0.5.", cli.errLines()[0]);
    }

    @Test
    void aPriceWrittenWithSpacesSaysHowToWriteIt() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = folder.resolve("prislista.drl.csv");
        ContractCopy.edit(table, "arbete_6_man,40000", "arbete_6_man,40 000");
        String error = invalid(folder).errLines()[0];
        assertTrue(error.endsWith("row 10, column E (Pris per deltagare (kr)): '40 000' is not a number; write it as 40000"
                + " (digits, a point for decimals, no spaces)."), error);
    }

    @Test
    void aMisspeltPhaseAndMeasureAreEachNamedWithTheRightWord() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = folder.resolve("prislista.drl.csv");
        ContractCopy.edit(table, "Fullföljd termin av studier,entitle,§5,studier_termin", "Fullföljd termin av studier,entitel,§5,studie_termin");
        Cli cli = invalid(folder);
        assertEquals(List.of(
                Locations.display(table) + ":11: row 11, column B (Fas): 'entitel' is not a phase; write one of derive,"
                        + " entitle, safeguard, limit, finalize (did you mean 'entitle'?).",
                Locations.display(table) + ":11: row 11, column D (Mått i avtalet): 'studie_termin' is not a measure of the"
                        + " contract. Did you mean 'studier_termin'?"), List.of(cli.errLines()));
    }

    @Test
    void aTableCannotImportAnythingButTheContractsFacts() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = folder.resolve("prislista.drl.csv");
        ContractCopy.edit(table, "Import,\"java.math.BigDecimal,", "Import,\"java.io.File, java.math.BigDecimal,");
        String error = invalid(folder).errLines()[0];
        assertTrue(error.startsWith(Locations.display(table) + ":2: row 2, column B: 'java.io.File' cannot be imported by a rule"
                + " table"), error);
    }

    @Test
    void aTableCannotDefineFunctionsOrGlobals() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = folder.resolve("prislista.drl.csv");
        ContractCopy.edit(table, "Notes,", "Functions,\"function void run() { System.exit(0); }\"\nNotes,");
        String error = invalid(folder).errLines()[0];
        assertEquals(Locations.display(table) + ":3: row 3, column A: a rule table cannot define 'Functions' (functions,"
                + " globals, queries or types): a table's rules use the contract's facts only; remove this row.", error);
    }

    @Test
    void anErrorDroolsFindsInTheGeneratedRulesPointsAtEachRow() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = folder.resolve("prislista.drl.csv");
        // A type error the rule checker allows (pay exists; its arguments are wrong): only Drools finds it.
        ContractCopy.edit(table, "insert( $t.pay( $year, $m.subject(),", "insert( $t.pay( $year, $m.value(),");
        Cli cli = invalid(folder);
        String all = cli.err();
        for (int row : new int[] {10, 11, 12}) {
            assertTrue(Stream.of(cli.errLines()).anyMatch(l -> l.startsWith(Locations.display(table) + ":" + row + ": ")
                    && l.contains("The method pay(")), all);
        }
        assertEquals(3, cli.errLines().length, all);
    }

    @Test
    void aRefusedCallInTheCodeRowIsNamedAtEachRowAndColumnNotAtTheGeneratedDrl() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path table = folder.resolve("prislista.drl.csv");
        ContractCopy.edit(table, "insert( $t.pay(", "insert( $t.payy(");
        Cli cli = invalid(folder);
        assertEquals(3, cli.errLines().length, cli.err());
        for (int i = 0; i < 3; i++) {
            int row = 10 + i;
            assertTrue(cli.errLines()[i].startsWith(Locations.display(table) + ":" + row + ": row " + row
                    + ", column E (Pris per deltagare (kr)): calling .payy() is not allowed in rule files"), cli.err());
        }
    }

    @Test
    void aRefusedCallInACellNamesTheSheetRowAndColumn() throws IOException {
        Path folder = tmp.resolve("english");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("rules/dsl/tests/english"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName().toString()));
            }
        }
        Path book = folder.resolve("tiers.drl.xlsx");
        Workbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = WorkbookFactory.create(in);
        }
        // The "From (%)" code takes the cell as written (no quotes), so a cell can hold code; row 12 holds a call.
        wb.getSheet("Steg").getRow(7).getCell(4).setCellValue("this == $m, value >= $param");
        wb.getSheet("Steg").getRow(11).getCell(4).setCellValue("java.lang.System.currentTimeMillis()");  // row 12, column E
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertTrue(cli.errLines().length >= 1, cli.err());
        for (String error : cli.errLines()) {
            assertTrue(error.startsWith(Locations.display(book) + ": sheet 'Steg', row 12, column E (From (%)): "), cli.err());
            assertTrue(error.contains("System") && error.contains("is not allowed in rule files"), cli.err());
        }
    }

    @Test
    void aSpreadsheetNamedWithoutDrlIsAnErrorNotASilentlyIgnoredPriceList() throws IOException {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Files.move(folder.resolve("prislista.drl.csv"), folder.resolve("prislista.csv"));
        String error = invalid(folder).errLines()[0];
        assertEquals(Locations.display(folder.resolve("prislista.csv")) + ":1: this is a decision table, which must be named"
                + " *.drl.csv or Drools ignores it; rename it to prislista.drl.csv.", error);
    }

    @Test
    void aWorkbookCellErrorNamesTheSheetRowAndColumn() throws IOException {
        Path folder = tmp.resolve("english");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("rules/dsl/tests/english"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName().toString()));
            }
        }
        Path book = folder.resolve("tiers.drl.xlsx");
        Workbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = WorkbookFactory.create(in);
        }
        wb.getSheet("Steg").getRow(11).getCell(6).setCellValue("fyrtiotusen");  // row 12, column G
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(Locations.display(book) + ": sheet 'Steg', row 12, column G (Amount (SEK)): 'fyrtiotusen' is not a number;"
                + " write digits such as 40000 or 0.5.", cli.errLines()[0]);
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
    void showRulesPrintsEachTableRuleWithItsRow() {
        Cli cli = Cli.run("show-rules", "contracts/unga-vuxna-arbete");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("== contracts/unga-vuxna-arbete/prislista.drl.csv (decision table; each rule shows its row)\n"),
                cli.out());
        assertTrue(cli.out().contains("row 12  | rule \"Egen försörjning i tolv månader\"\n"), cli.out());
        assertTrue(cli.out().indexOf("prislista.drl.csv") < cli.out().indexOf("saknade-utfall.dslr"), "files in name order");
    }
}
