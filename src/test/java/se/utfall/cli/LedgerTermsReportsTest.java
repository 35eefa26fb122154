package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ledger says about the home-care contract (hemtjanst-kundnojdhet) once it is settled and
 * its §5.4 threshold is lowered from 90 to 85 %: the amendment can be previewed without writing a
 * byte, explain shows each year under the terms the ledger decided it with, and a rerun with
 * nothing new says which years are paid and which are pending.
 */
class LedgerTermsReportsTest {
    @TempDir
    Path tmp;

    Path contract;
    Path dslr;

    @BeforeEach
    void settledHomeCare() {
        contract = ContractCopy.of("hemtjanst-kundnojdhet", tmp);
        dslr = contract.resolve("hog-nojdhet.dslr");
    }

    private Path ledgerFile() {
        return tmp.resolve("ledger.db");
    }

    private Cli utfall(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--ledger";
        all[args.length + 1] = ledgerFile().toString();
        return Cli.run(all);
    }

    private void lowerTheThresholdOf54() {
        // Each edit replaces the first occurrence: the two "minst" rules, then the "under" rule.
        ContractCopy.edit(dslr, "är minst 90 procent", "är minst 85 procent");
        ContractCopy.edit(dslr, "är minst 90 procent", "är minst 85 procent");
        ContractCopy.edit(dslr, "är under 90 procent", "är under 85 procent");
    }

    private long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledgerFile()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private byte[] bytes(String suffix) throws Exception {
        Path p = Path.of(ledgerFile() + suffix);
        return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
    }

    /** The block of one year of one clause in explain's output, up to the next year or total. */
    private static String yearBlock(String explain, String year) {
        var m = Pattern.compile("(?s)\\n  " + year + "\\n(.*?)(?=\\n  \\d{4}\\n|\\n  Summa för )").matcher(explain);
        assertTrue(m.find(), "no " + year + " in:\n" + explain);
        return m.group(1);
    }

    @Test
    void anAmendmentIsPreviewedPerYearAndPayeeWithoutWritingAByte() throws Exception {
        assertEquals(0, utfall("settle", contract.toString(), "--year", "2027").exitCode());
        lowerTheThresholdOf54();
        Cli refused = utfall("settle", contract.toString(), "--year", "2027", "--dry-run");
        assertEquals(2, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("--effective YEAR --reason TEXT --dry-run"), "points to the what-if: "
                + refused.err());

        byte[] db = bytes("");
        byte[] wal = bytes("-wal");
        Cli whatIf = utfall("amend", contract.toString(), "--effective", "2027", "--reason", "Nämndbeslut §12: 85 %",
                "--dry-run");
        assertEquals(0, whatIf.exitCode(), whatIf.out() + whatIf.err());
        assertArrayEquals(db, bytes(""), "the ledger file is byte for byte the same");
        assertArrayEquals(wal, bytes("-wal"), "its write-ahead log too");
        assertEquals(1, count("SELECT COUNT(*) FROM signatures"), "no amendment recorded");
        String out = whatIf.out();
        assertTrue(out.contains("nothing was written"), out);
        assertTrue(out.matches("(?s).*Adjustments the amendment would cause, per year and payee\\n  2027 +utforaren"
                + " +50 000\\n.*"), out);
        assertTrue(out.contains("Ändrade villkor från 2027 (Nämndbeslut §12: 85 %)"), out);

        // Recorded for real, the settle pays exactly what the what-if showed.
        assertEquals(0, utfall("amend", contract.toString(), "--effective", "2027", "--reason",
                "Nämndbeslut §12: 85 %").exitCode());
        Cli settled = utfall("settle", contract.toString(), "--year", "2027");
        assertTrue(settled.out().matches("(?s).*\\n  2027 namnden → utforaren +50 000\\n.*\\n      justering §5.4 · Hemtjänst"
                + " Norr 50 000: Ändrade villkor från 2027.*"), settled.out());
    }

    @Test
    void aWhatIfNeedsAChangeASigningAndNoStrayOptions() throws Exception {
        Cli unsigned = utfall("amend", contract.toString(), "--effective", "2027", "--reason", "r", "--dry-run");
        assertEquals(2, unsigned.exitCode());
        assertTrue(unsigned.err().contains("is not signed yet"), unsigned.err());
        assertEquals(0, utfall("sign", contract.toString()).exitCode());
        Cli unchanged = utfall("amend", contract.toString(), "--effective", "2027", "--reason", "r", "--dry-run");
        assertEquals(2, unchanged.exitCode());
        assertTrue(unchanged.err().contains("none of the signed files"), unchanged.err());
        Cli stray = utfall("amend", contract.toString(), "--effective", "2027", "--reason", "r", "--year", "2027");
        assertEquals(2, stray.exitCode());
        assertTrue(stray.err().contains("--year and --measurements belong to a what-if"), stray.err());
        Cli help = Cli.run("amend", "--help");
        assertTrue(help.out().contains("--dry-run") && help.out().contains("what-if"), help.out());
    }

    @Test
    void explainAfterAnAmendmentShowsEarlierYearsAsTheLedgerDecidedThem() throws Exception {
        assertEquals(0, utfall("settle", contract.toString(), "--year", "2027").exitCode());
        lowerTheThresholdOf54();
        assertEquals(0, utfall("amend", contract.toString(), "--effective", "2027", "--reason",
                "Nämndbeslut §12: 85 %").exitCode());
        assertEquals(0, utfall("settle", contract.toString(), "--year", "2027").exitCode());

        Cli explain = utfall("explain", contract.toString(), "--year", "2027", "--clause", "§5.4");
        assertEquals(0, explain.exitCode(), explain.err());
        String out = explain.out();
        String earlier = out.substring(0, out.indexOf("=== 2027"));
        assertTrue(earlier.startsWith("=== 2025–2026: beslutat enligt villkoren signerade "), out);
        String norr2026 = yearBlock(earlier, "2026");
        assertTrue(norr2026.matches("(?s)\\s*ej uppnått +0 +namnden → utforaren · Hemtjänst Norr\\n.*"), norr2026);
        assertFalse(norr2026.lines().anyMatch(l -> l.strip().startsWith("betalas ")), norr2026);
        String later = out.substring(out.indexOf("=== 2027"));
        assertTrue(later.startsWith("=== 2027: beslutat enligt ändring 1, registrerad "), later);
        assertTrue(yearBlock(later, "2027").matches("(?s)\\s*betalas +50 000 +namnden → utforaren · Hemtjänst Norr\\n.*"),
                later);
        // Earlier terms are never named by the throw-away folder they were rebuilt in (in a fresh
        // process: "signing 1: contract/hog-nojdhet.dslr:17"), so the same question gives the same answer.
        assertFalse(out.contains("utfall-terms-"), out);
        assertEquals(out, utfall("explain", contract.toString(), "--year", "2027", "--clause", "§5.4").out());

        // Today's files alone (a ledger that never saw the contract) would say 2026 paid 50 000.
        Cli fromFiles = Cli.run("explain", contract.toString(), "--year", "2027", "--clause", "§5.4", "--ledger",
                tmp.resolve("other.db").toString());
        assertTrue(yearBlock(fromFiles.out(), "2026").matches("(?s)\\s*betalas +50 000 +namnden → utforaren"
                + " · Hemtjänst Norr\\n.*"), fromFiles.out());
        assertFalse(Files.exists(tmp.resolve("other.db")), "explain creates no ledger");
    }

    @Test
    void aRerunWithNothingNewNamesThePaidYearsAndThePendingOnesWithWhy() throws Exception {
        // Hemtjänst Norr reaches 91 % in 2027, not yet verified by Socialstyrelsen: §5.4 withholds it.
        ContractCopy.edit(contract.resolve("measurements.csv"),
                "Hemtjänst Norr,nojdhet,2027,88,117,65.5,Vad tycker de äldre om äldreomsorgen 2027,Socialstyrelsen",
                "Hemtjänst Norr,nojdhet,2027,91,117,65.5,Vad tycker de äldre om äldreomsorgen 2027,");
        assertEquals(0, utfall("settle", contract.toString(), "--year", "2028").exitCode());
        Cli again = utfall("settle", contract.toString(), "--year", "2028");
        assertEquals(0, again.exitCode(), again.err());
        String out = again.out();
        // The statement speaks the contract's language (Swedish).
        assertFalse(out.contains("varje år till och med 2028 är betalt"), out);
        assertTrue(out.contains("Inget nytt att betala nu. Betalt som beslutat: 2025, 2026.\n"), out);
        assertTrue(out.contains("\n  2027: 50 000 innehållet enligt §5.4 · Hemtjänst Norr\n"), out);
        assertTrue(out.contains("\n  2028: underlag saknas enligt §5.1"), out);
    }
}
