package se.utfall.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
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
import se.utfall.text.InputFiles;

/** Each figure is checked where it is written: one message per bad line, nothing used unless all are clean. */
class MeasurementReaderTest {
    private static final Contract CONTRACT = ContractLoader.load(Path.of("contracts/hemtjanst-kundnojdhet"),
            ClauseLibrary.load(Path.of("rules")));
    private static final Path FILE = Path.of("measurements.csv");
    private static final String HEADER = "subject,measure,year,value,respondents,response_rate,source,verified_by\n";

    @TempDir
    Path tmp;

    private static String refused(String rows) {
        BadInput bad = assertThrows(BadInput.class, () -> MeasurementReader.parse(FILE, HEADER + rows, CONTRACT));
        return bad.getMessage();
    }

    @Test
    void figuresInsideTheirDomainsAreRead() {
        List<Measurement> m = MeasurementReader.parse(FILE, HEADER
                + "Norr,nojdhet,2026,100,0,0,x,y\r\nSöder,nojdhet,2026,0.125,,,x,y\n"
                + "Utföraren,nyanstallda_langt_fran_arbetsmarknaden,2026,3,,,x,y\n", CONTRACT);
        assertEquals(3, m.size());
        assertEquals(new BigDecimal("0.125"), m.get(1).value());
    }

    @Test
    void valuesOutsideTheirDomainAreErrorsAtTheirLines() {
        String shown = refused("Norr,nojdhet,2026,100.5,,,x,y\n"
                + "Utföraren,nyanstallda_langt_fran_arbetsmarknaden,2026,2.5,,,x,y\n"
                + "Söder,nojdhet,2026,80,-1,101,x,y\n");
        assertTrue(shown.contains("measurements.csv:2: value 100.5 of nojdhet (%) is not allowed"), shown);
        assertTrue(shown.contains("measurements.csv:3: value 2.5 of nyanstallda_langt_fran_arbetsmarknaden (personer)"
                + " is not allowed: the measure is a count of personer, a whole number 0 or more; write a whole number"),
                shown);
        assertTrue(shown.contains("measurements.csv:4: respondents -1 is negative"), shown);
        assertTrue(shown.contains("measurements.csv:4: response_rate 101 must be a percentage 0–100"), shown);
    }

    @Test
    void aRowAfterCommentLinesIsNamedAtItsOwnLine() {
        // commons-csv places a record where its preceding comments begin; the message must not.
        String shown = refused("# 2026, after the survey\n\n# checked by the controller\nNorr,nojdhet,2026,860,,,x,y\n");
        assertTrue(shown.contains("measurements.csv:5: value 860 of nojdhet (%) is not allowed"), shown);
    }

    @Test
    void digitsAreBounded() {
        assertTrue(refused("Norr,nojdhet,2026,1234567890123,,,x,y\n").contains("13 digits before the point, more than"
                + " the 12 allowed"));
        assertTrue(refused("Norr,nojdhet,2026,80.1234567,,,x,y\n").contains("7 decimals, more than the 6 allowed"));
        assertTrue(refused("Norr,nojdhet,2026,8E1,,,x,y\n").contains("measurements.csv:2: value '8E1' is written with an"
                + " exponent"));
    }

    @Test
    void everyKindOfControlCharacterIsAnErrorAtItsLine() {
        String[] controls = {"\u0000", "\u001b", "\t", "\r", "\u0085", "\u009b", "\u202e", "\u2066", "\u007f"};
        for (String c : controls) {
            String shown = refused("Norr,nojdhet,2026,80,,,x,y\nSö" + c + "der,nojdhet,2026,80,,,x,y\n");
            assertTrue(shown.startsWith("measurements.csv:3: holds the control character U+"), shown);
            assertTrue(shown.lines().count() == 1, shown);
        }
        assertTrue(refused("Norr,nojdhet,2026,80,,,\"x\ny\",z\n").contains("measurements.csv:2: a quoted field holds a"
                + " line break"));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFiles.MEASUREMENTS_LIMIT + 1); // sparse: nothing is written
        }
        BadInput bad = assertThrows(BadInput.class, () -> MeasurementReader.read(big, CONTRACT));
        assertTrue(bad.getMessage().contains("is larger than 64 MiB"), bad.getMessage());
        assertTrue(assertThrows(BadInput.class, () -> MeasurementReader.read(tmp, CONTRACT)).getMessage()
                .contains("is a folder"));
    }
}
