package se.utfall.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.contract.Contract;
import se.utfall.contract.ContractLoader;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;

/**
 * Measurement files as Excel on a Swedish Windows machine saves them, built byte by byte: the
 * semicolon separator and decimal commas of "CSV (semikolonavgränsad)", the byte order mark and CRLF
 * of "CSV UTF-8", and the Windows-1252 bytes of a plain "CSV" save.
 */
class SwedishExcelCsvTest {
    private static final Contract CONTRACT = ContractLoader.load(Path.of("contracts/hemtjanst-kundnojdhet"),
            ClauseLibrary.load(Path.of("rules")));
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path tmp;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            bytes.write(p);
        }
        Path f = tmp.resolve("measurements.csv");
        Files.write(f, bytes.toByteArray());
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String refused(Path f) {
        BadInput bad = assertThrows(BadInput.class, () -> MeasurementReader.read(f, CONTRACT));
        assertEquals(1, bad.problems().size(), bad.getMessage());
        return bad.getMessage().replace(f.toString(), "measurements.csv");
    }

    @Test
    void aSemicolonFileWithDecimalCommasByteOrderMarkAndCrlfIsRead() throws IOException {
        Path f = file(BOM, utf8("subject;measure;year;value;respondents;response_rate;source;verified_by\r\n"
                + "Hemtjänst Norr;nojdhet;2025;82,5;118;64,8;Vad tycker de äldre om äldreomsorgen 2025;Socialstyrelsen\r\n"
                + "Hemtjänst Söder;nojdhet;2025;78;1\u00a0096;61.2;\"Enkät; del 2\";Socialstyrelsen\r\n"));
        List<Measurement> m = MeasurementReader.read(f, CONTRACT);
        assertEquals(2, m.size());
        Measurement norr = m.get(0);
        assertEquals("Hemtjänst Norr", norr.subject());
        assertEquals(new BigDecimal("82.5"), norr.value());
        assertEquals(new BigDecimal("64.8"), norr.responseRate());
        assertEquals(1096, m.get(1).respondents(), "Excel's thousands separator is a no-break space");
        assertEquals("Enkät; del 2", m.get(1).source());
    }

    @Test
    void theSameFiguresReadTheSameWhicheverWayExcelSavedThem() throws IOException {
        List<Measurement> swedish = MeasurementReader.read(file(BOM, utf8(
                "subject;measure;year;value;response_rate\r\nNorr;nojdhet;2025;82,5;64,8\r\n")), CONTRACT);
        List<Measurement> english = MeasurementReader.read(file(utf8(
                "subject,measure,year,value,response_rate\nNorr,nojdhet,2025,82.5,64.8\n")), CONTRACT);
        assertEquals(english, swedish);
    }

    @Test
    void decimalCommasInACommaSeparatedFileAreNamedAtTheirLine() throws IOException {
        Path f = file(utf8("subject,measure,year,value,respondents,response_rate,source,verified_by\r\n"
                + "Norr,nojdhet,2025,82,118,64.8,x,y\r\n"
                + "Söder,nojdhet,2025,78,5,96,61,2,x,y\r\n"));
        assertEquals("measurements.csv:3: has 10 fields but the header has 8: the file is separated by commas, so the"
                + " decimal commas in value 78,5 and response_rate 61,2 split a figure in two. Save it from Excel as"
                + " 'CSV (semikolonavgränsad)' (fields separated by ';'), or write decimals with a point (80.5), or put"
                + " the figure in double quotes (\"80,5\").", refused(f));
    }

    @Test
    void aRowWithAnUnquotedCommaInItsTextIsNotMistakenForDecimalCommas() throws IOException {
        Path f = file(utf8("subject,measure,year,value,source\nNorr,nojdhet,2025,82,Enkät, del 2\n"));
        assertEquals("measurements.csv:2: has 6 fields but the header has 5; put values containing a comma in double"
                + " quotes.", refused(f));
    }

    @Test
    void aQuotedDecimalCommaInACommaFileIsReadButAGroupOfThreeIsAmbiguous() throws IOException {
        assertEquals(new BigDecimal("82.5"), MeasurementReader.read(file(utf8(
                "subject,measure,year,value\nNorr,nojdhet,2025,\"82,5\"\n")), CONTRACT).get(0).value());
        assertEquals("measurements.csv:2: value '1,500' can be read both as 1 and as 1 500; write 1 500 for thousands,"
                + " or 1.500 for the decimal.", refused(file(utf8(
                "subject,measure,year,value\nNorr,nojdhet,2025,\"1,500\"\n"))));
    }

    @Test
    void inASemicolonFileTheCommaIsTheDecimalSignAndAPointBeforeThreeDigitsIsAmbiguous() throws IOException {
        assertEquals(new BigDecimal("1.500"), MeasurementReader.read(file(utf8(
                "subject;measure;year;value\nNorr;nojdhet;2025;1,500\n")), CONTRACT).get(0).value());
        assertEquals("measurements.csv:2: value '1.500' can be read both as 1 and as 1 500; write 1 500 for thousands,"
                + " or 1,500 for the decimal.", refused(file(utf8("subject;measure;year;value\nNorr;nojdhet;2025;1.500\n"))));
    }

    @Test
    void aHeaderWithBothSeparatorsIsNamed() throws IOException {
        assertTrue(refused(file(utf8("# anteckning, med komma\nsubject;measure,year;value\n")))
                .startsWith("measurements.csv:2: the header holds both ',' and ';'"));
    }

    @Test
    void windows1252IsRefusedAtTheLineOfTheFirstLetterThatIsNotUtf8() throws IOException {
        // "Hemtjänst Söder" as Windows-1252 saves it: ä is 0xE4, ö is 0xF6, each a single byte.
        Path f = file(utf8("subject;measure;year;value\r\nNorr;nojdhet;2025;82\r\nHemtj"), new byte[] {(byte) 0xE4},
                utf8("nst S"), new byte[] {(byte) 0xF6}, utf8("der;nojdhet;2025;78\r\n"));
        assertEquals("measurements.csv:3: is not UTF-8 text: byte 0xE4 ('ä' in Windows-1252) on this line is not UTF-8."
                + " The file is probably saved as Windows-1252 (ANSI); save it as UTF-8 ('CSV UTF-8 (kommaavgränsad)'"
                + " in Excel's Save as).", refused(f));
    }
}
