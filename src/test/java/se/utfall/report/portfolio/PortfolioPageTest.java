package se.utfall.report.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.contract.Language;

class PortfolioPageTest {
    @TempDir
    static Path dir;
    static Path root;
    static String html;

    @BeforeAll
    static void build() {
        root = PortfolioFixture.write(dir.resolve("portfolj"));
        html = PortfolioFixture.page(root, 2027, Language.SV, 2).html();
    }

    @Test
    void theSameFilesGiveTheSameBytesWhateverTheThreads() throws Exception {
        assertEquals(html, PortfolioFixture.page(root, 2027, Language.SV, 1).html());
        Path out = dir.resolve("out");
        Path written = PortfolioFixture.page(root, 2027, Language.SV, 3).write(out);
        assertEquals(out.resolve("portfolio-2027.html"), written);
        assertEquals(html, Files.readString(written));
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "no temp file is left beside the page");
        }
    }

    @Test
    void hostileTitlesAndUnitNamesAreTextNotMarkup() {
        assertFalse(html.contains("<script>window.pwned"), "a script tag from a contract reached the page as markup");
        assertFalse(html.contains("<b>fet</b>"));
        assertTrue(html.contains("&lt;script&gt;window.pwned = 1&lt;/script&gt; Hemtjänst &amp; &lt;b&gt;fet&lt;/b&gt;"),
                "the title is shown escaped");
        assertTrue(html.contains("&lt;script&gt;window.pwned = 2&lt;/script&gt;Norr"), "the unit is shown escaped");
        // The page's own script is the only one.
        assertEquals(1, html.split("<script>", -1).length - 1);
    }

    @Test
    void aContractThatDoesNotLoadIsListedWithItsProblemAndTheOthersAreShown() {
        assertTrue(html.contains("Avtal som inte kunde läsas (1)"), html);
        assertTrue(html.contains("<td>trasigt</td>"));
        assertTrue(html.contains("contract.yaml"), "the problem names the file");
        assertTrue(html.contains("<b>peterborough</b>"));
        assertTrue(html.contains("<b>hemtjanst-kundnojdhet</b>"));
    }

    @Test
    void amountsAreWrittenTheContractsWayAndSortByTheirExactValue() {
        // Hemtjänst Norr, 2027: §5.1 and §5.2 pay 84 000 kr in all (the contract's statement says the same).
        assertTrue(html.contains("data-sort=\"84000\">84 000 kr</td>"), html);
        // Peterborough is in English and in GBP: 2 decimals? its own rounding, its own separators.
        assertTrue(html.matches("(?s).*data-sort=\"-?[0-9.]+\">[0-9,.−+]+ GBP</td>.*"));
        // Measures keep their exact figure; the change shows its sign.
        assertTrue(html.contains("<td class=\"num\" data-sort=\"2027\">2027</td>"));
    }

    @Test
    void theSortingScriptOnlyAddsToAPageThatReadsWithoutIt() {
        // Headings are plain text in the HTML; the script turns them into buttons. The hint is hidden until it runs.
        assertTrue(html.contains("<th scope=\"col\" class=\"num\" data-type=\"num\">2027</th>"));
        assertTrue(html.contains("<p class=\"hint\" hidden>"));
        assertFalse(html.contains("<button"));
    }

    @Test
    void englishOnRequest() {
        String en = PortfolioFixture.page(root, 2027, Language.EN, 2).html();
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains("Portfolio 2027: providers and units side by side"));
        assertTrue(en.contains("Contracts that could not be read (1)"));
    }
}
