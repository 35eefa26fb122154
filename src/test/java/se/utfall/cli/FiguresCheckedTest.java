package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Locations;
import se.utfall.report.TextReport;
import se.utfall.testing.Folders;

/**
 * Issue 9, item 4: a figure that could pay by mistake is refused at its CSV line, exit 2, nothing
 * settled. Each test first shows the attack working where the defence is not (the settlement
 * engine given the figure directly, or the library the old reader relied on accepting it), then
 * the command line refusing it.
 */
class FiguresCheckedTest {
    private static final Path ATTACKS = Path.of("src/test/resources/attacks/folders");
    private static final ClauseLibrary LIBRARY = ClauseLibrary.load(Path.of("rules"));

    @TempDir
    Path tmp;

    private Path attack(String name) {
        return Folders.copy(ATTACKS.resolve(name), tmp.resolve(name));
    }

    /** settle --dry-run: exit 2, one message at file:line holding the fragment, no stack trace. */
    private String refused(Path folder, String file, int line, String fragment, String... command) {
        Cli cli = Cli.run(command.length > 0 ? command : new String[] {"settle", folder.toString(), "--dry-run",
                "--ledger", tmp.resolve("ledger.db").toString()});
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().startsWith(Locations.display(folder.resolve(file)) + ":" + line + ": "), cli.err());
        assertTrue(cli.err().contains(fragment), cli.err());
        assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception"), cli.err());
        assertEquals("", cli.out());
        return cli.err();
    }

    private static Measurement figure(String subject, String measure, int year, String value) {
        return new Measurement(subject, measure, year, new BigDecimal(value), null, null, "", "");
    }

    @Test
    void aTypo860PercentWouldHavePaidMillionsAndIsNowAnErrorAtItsLine() {
        Path folder = attack("typo-860-percent");
        PreparedContract contract = PreparedContract.prepare(folder, LIBRARY);
        BigDecimal paid = contract.settle(List.of(figure("Enhet Norr", "overall_satisfaction", 2026, "78"),
                figure("Enhet Norr", "overall_satisfaction", 2027, "860")), 2027).total();
        assertEquals(0, new BigDecimal("7820000").compareTo(paid), "the figure pays when it reaches the rules: " + paid);

        refused(folder, "measurements.csv", 4, "value 860 of overall_satisfaction (%) is not allowed: the measure is a"
                + " percentage, a number from 0 to 100");
    }

    @Test
    void aNegativeCountOfParticipantsWouldHavePaidThePurchaserBackAndIsNowAnErrorAtItsLine() {
        Path folder = attack("negative-participants");
        PreparedContract contract = PreparedContract.prepare(folder, LIBRARY);
        BigDecimal paid = contract.settle(List.of(figure("kohort 1", "in_work", 2026, "12"),
                figure("kohort 2", "in_work", 2027, "-5")), 2027).total(2027);
        assertTrue(paid.signum() < 0, "a negative count pays back: " + paid);

        refused(folder, "measurements.csv", 4, "value -5 of in_work (personer) is not allowed: the measure is a count"
                + " of personer, a whole number 0 or more");
    }

    @Test
    void anExponentInAFigureWasANumberToBigDecimalAndIsNowAnErrorAtItsLine() {
        // What the reader used to call: it takes the exponent, and the absurd figure travels on to a rule.
        assertEquals(-999999999, new BigDecimal("1e999999999").scale());
        Path folder = attack("exponent-in-csv");
        refused(folder, "measurements.csv", 3, "value '1e999999999' is written with an exponent; write the number out");
    }

    @Test
    void aLineBreakInAQuotedSubjectForgedAStatementLineAndIsNowAnErrorAtItsLine() throws IOException {
        Path folder = attack("subject-forges-statement-line");
        String text = Files.readString(folder.resolve("measurements.csv"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        String subject = rows.get(2).get(0);
        assertTrue(subject.lines().anyMatch(l -> l.strip().startsWith("PAYABLE")), "CSV hands the forged line over");

        // Printed raw, the subject would end the real line and print the forged one as a line of its own.
        PreparedContract contract = PreparedContract.prepare(folder, LIBRARY);
        String statement = TextReport.render(contract.settle(List.of(figure(subject, "in_work", 2026, "6")), 2026));
        assertFalse(statement.lines().anyMatch(l -> l.strip().startsWith("PAYABLE") && l.contains("9 999 999")),
                statement);
        assertTrue(statement.contains("kohort 2\\n      PAYABLE"), statement);

        refused(folder, "measurements.csv", 3, "a quoted field holds a line break");
    }

    @Test
    void anEscapeSequenceInASubjectIsAnErrorAtItsLine() {
        Path folder = attack("subject-with-terminal-escape");
        refused(folder, "measurements.csv", 3, "U+001B (ESC, a terminal escape)");
    }

    @Test
    void aNulInASubjectIsRefusedAtItsLineAndNothingReachesTheLedger() {
        Path folder = attack("subject-with-nul");
        Path ledger = tmp.resolve("nul.db");
        Cli cli = Cli.run("settle", folder.toString(), "--ledger", ledger.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().startsWith(Locations.display(folder.resolve("measurements.csv")) + ":3: "), cli.err());
        assertTrue(cli.err().contains("U+0000 (NUL)"), cli.err());
        assertFalse(cli.err().contains("\u0000"), "the message itself carries no NUL");
        if (Files.exists(ledger)) {
            Cli history = Cli.run("history", "exempel-pris-per-utfall", "--ledger", ledger.toString());
            assertTrue(history.out().contains("(inga körningar"), history.out() + history.err());
        }
    }

    @Test
    void aMeasurementsFileLinkedToDevZeroIsRefusedInsteadOfReadForever() throws IOException {
        Path zero = Path.of("/dev/zero");
        // A size limit alone would not do: /dev/zero says it is empty, and reading it never ends.
        assertTrue(Files.exists(zero) && !Files.isRegularFile(zero) && Files.size(zero) == 0);
        // Not committed as a link: Maven's resource copy and the tests' folder copies follow links.
        Path folder = Folders.copy(ATTACKS.resolve("negative-participants"), tmp.resolve("linked"));
        Files.delete(folder.resolve("measurements.csv"));
        Files.createSymbolicLink(folder.resolve("measurements.csv"), zero);
        for (List<String> command : List.of(List.of("validate"), List.of("settle", "--dry-run", "--ledger",
                tmp.resolve("z.db").toString()), List.of("analyze"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add(1, folder.toString());
            Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args.toArray(String[]::new)));
            assertEquals(2, cli.exitCode(), command + ": " + cli.err());
            assertTrue(cli.err().contains("measurements.csv: is not a regular file"), cli.err());
        }
    }

    @Test
    void aMeasurementsFolderOrMissingFileIsRefused() {
        Path folder = attack("negative-participants");
        Cli cli = Cli.run("settle", folder.toString(), "--dry-run", "--measurements", folder.toString(),
                "--ledger", tmp.resolve("l.db").toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("is a folder, not a measurement file"), cli.err());
    }

    @Test
    void aRecursiveYamlAliasIsAnErrorAtItsLine() {
        Path folder = attack("yaml-recursive-alias");
        refused(folder, "contract.yaml", 30, "refers to a list or mapping that contains it");
    }

    @Test
    void describeOfAParameterWithATinyExponentIsAnErrorAtItsLine() {
        // BigDecimal takes it; describe's toPlainString would need a billion characters.
        assertEquals(999999999, new BigDecimal("1e-999999999").scale());
        Path folder = attack("parameter-tiny-exponent");
        Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("describe", folder.toString()));
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().startsWith(Locations.display(folder.resolve("contract.yaml")) + ":27: parameter"
                + " 'pricePerOutcome': '1e-999999999' is written with an exponent"), cli.err());
        refused(folder, "contract.yaml", 27, "is written with an exponent");
    }

    @Test
    void threadsBelowOneIsAUsageError() {
        for (String n : List.of("0", "-3")) {
            Cli cli = Cli.run("settle-all", "contracts", "--threads", n, "--ledger", tmp.resolve("t.db").toString());
            assertEquals(2, cli.exitCode(), cli.err());
            assertTrue(cli.err().contains("--threads must be from 1 to 256"), cli.err());
            assertFalse(Files.exists(tmp.resolve("t.db")), "nothing is opened or written");
            // report --portfolio shares the option (PortfolioOptions): the same check, the same words.
            Cli report = Cli.run("report", "--portfolio", "contracts", "--year", "2027", "--threads", n, "--out",
                    tmp.resolve("r").toString());
            assertEquals(2, report.exitCode(), report.err());
            assertTrue(report.err().contains("--threads must be from 1 to 256"), report.err());
            assertFalse(Files.exists(tmp.resolve("r")), "nothing is written");
        }
    }

    @Test
    void anAmountWithAnExponentOnTheCommandLineIsAUsageErrorNotAGigabyteString() {
        Cli cli = Cli.run("analyze", "contracts/osteraker-halsocoach", "--budget", "1e999999999");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("--budget '1E+999999999' is written with an exponent"), cli.err());
        Cli range = Cli.run("analyze", "contracts/osteraker-halsocoach", "--range", "verified_participants=0..1e9");
        assertEquals(2, range.exitCode(), range.err());
    }

    @Test
    void aPercentageMeasureCanBeNarrowedByMinAndMaxInTheContract() {
        Path folder = attack("typo-860-percent");
        Path contract = folder.resolve("contract.yaml");
        Folders.edit(contract, "    unit: \"%\"\n", "    unit: \"%\"\n    min: 50\n    max: 80\n");
        Folders.edit(folder.resolve("measurements.csv"), ",860,", ",86,");
        refused(folder, "measurements.csv", 4, "a number from 50 to 80");
    }

    @Test
    void aUnitWithoutAKnownDomainNeedsMinOrMax() {
        Path folder = attack("negative-participants");
        Path contract = folder.resolve("contract.yaml");
        Folders.edit(contract, "unit: personer", "unit: poäng");
        refused(folder, "contract.yaml", Folders.lineOf(contract, "unit: poäng"), "whose values Utfall does not know",
                "validate", folder.toString());
        Folders.edit(contract, "unit: poäng", "unit: poäng\n    min: 0\n    max: 20");
        Folders.edit(folder.resolve("measurements.csv"), ",-5,", ",21,");
        refused(folder, "measurements.csv", 4, "a number from 0 to 20");
    }

    @Test
    void aScenarioFigureOutsideItsDomainIsAnErrorAtItsYamlLine() throws IOException {
        Path folder = attack("typo-860-percent");
        Path scenario = folder.resolve("tests/typo.yaml");
        Files.createDirectories(scenario.getParent());
        Files.writeString(scenario, """
                scenarios:
                  - name: A typo in a scenario is refused where it is written
                    year: 2027
                    measurements:
                      - { subject: Enhet Norr, measure: overall_satisfaction, year: 2026, value: 78 }
                      - { subject: Enhet Norr, measure: overall_satisfaction, year: 2027, value: 860 }
                    expect:
                      total: 0
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("test", scenario.toString());
        assertTrue(cli.out().contains("typo.yaml:6") || cli.err().contains("typo.yaml:6"), cli.out() + cli.err());
        assertTrue((cli.out() + cli.err()).contains("a number from 0 to 100"), cli.out() + cli.err());
    }

    @Test
    void aPortfolioFileRowOutsideItsDomainFailsThatContractAtTheSharedFilesLine() throws IOException {
        Path root = tmp.resolve("portfolio");
        Folders.copy(ATTACKS.resolve("negative-participants"), root.resolve("a"));
        Path shared = tmp.resolve("all.csv");
        Files.writeString(shared, """
                contract,subject,measure,year,value,source,verified_by
                exempel-pris-per-utfall,kohort 1,in_work,2026,12,x,y
                exempel-pris-per-utfall,kohort 2,in_work,2026,-5,x,y
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("settle-all", root.toString(), "--sign-new", "--measurements", shared.toString(), "--ledger",
                tmp.resolve("p.db").toString());
        assertEquals(1, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(Locations.display(shared) + ":3: value -5 of in_work"), cli.err());
    }
}
