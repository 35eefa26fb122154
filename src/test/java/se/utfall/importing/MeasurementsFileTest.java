package se.utfall.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utfall.facts.Measurement;

/** Merging into a file as a person keeps it: its comments, order, separator, decimal sign and line ends. */
class MeasurementsFileTest {

    @Test
    void aSwedishExcelFileStaysSemicolonsDecimalCommasAndCrlf() {
        String file = "\uFEFF# Brukarundersökningen\r\nsubject;measure;year;value;respondents;response_rate\r\n"
                + "Hemtjänst Söder;nojdhet;2027;83;102;62,4\r\nHemtjänst Norr;nojdhet;2027;88;117;65,5\r\n";
        List<Measurement> rows = List.of(
                new Measurement("Hemtjänst Söder", "nojdhet", 2027, new BigDecimal("81.5"), 102, new BigDecimal("62.4"),
                        "Kolada U21468 ou V21E016000102 2027", ""),
                new Measurement("Hemtjänst Norr", "nojdhet", 2028, new BigDecimal("89"), 120, new BigDecimal("66"),
                        "Vad tycker de äldre; 2028", "Socialstyrelsen"),
                new Measurement("Hemtjänst Axel", "nojdhet", 2028, new BigDecimal("90.25"), null, null, "s", ""));
        assertEquals("\uFEFF# Brukarundersökningen\r\n"
                + "subject;measure;year;value;respondents;response_rate;source;verified_by\r\n"
                + "Hemtjänst Söder;nojdhet;2027;81,5;102;62,4;Kolada U21468 ou V21E016000102 2027;\r\n"
                + "Hemtjänst Norr;nojdhet;2027;88;117;65,5;;\r\n"
                + "Hemtjänst Axel;nojdhet;2028;90,25;;;s;\r\n"
                + "Hemtjänst Norr;nojdhet;2028;89;120;66;\"Vad tycker de äldre; 2028\";Socialstyrelsen\r\n",
                MeasurementsFile.merged(file, rows));
    }

    @Test
    void aMissingFileStartsWithTheFullHeader() {
        assertEquals("subject,measure,year,value,respondents,response_rate,source,verified_by\n"
                        + "Enhet,nojdhet,2026,80,,,Kolada,\n",
                MeasurementsFile.merged(null, List.of(new Measurement("Enhet", "nojdhet", 2026, new BigDecimal("80"),
                        null, null, "Kolada", ""))));
    }
}
