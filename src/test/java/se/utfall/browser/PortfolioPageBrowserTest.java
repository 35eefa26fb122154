package se.utfall.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.contract.Language;
import se.utfall.report.portfolio.PortfolioFixture;
import se.utfall.report.portfolio.PortfolioPage;

/**
 * The portfolio page in a real Chromium: healthy (text, no chart, rows, no error), sorted by a click
 * and by the keyboard, readable with scripts off, and hostile contract text shown, never run. With
 * -Dutfall.docs.update=true it also writes docs/images/portfolio-2027.png from the shipped contracts/.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PortfolioPageBrowserTest {
    static final String DOCS_UPDATE = "utfall.docs.update";

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    @TempDir
    static Path dir;
    static Path html;

    @BeforeAll
    static void build() {
        Path root = PortfolioFixture.write(dir.resolve("portfolj"));
        html = PortfolioFixture.page(root, 2027, Language.SV, 2).write(dir.resolve("out"));
    }

    private static BrowserPage load() {
        return chromium.newPage().load(html);
    }

    @Test
    void thePageIsHealthy() {
        BrowserPage page = load();
        assertEquals(List.of(), PageCheck.problems(page, 0, 10));
        page.screenshot(PageCheck.SCREENSHOTS.resolve("portfolio-fixture-2027.png"), true);
        assertEquals(3, page.evaluate("document.querySelectorAll('table.sortable').length").asInt());
        assertEquals(false, page.evaluate("document.querySelector('p.hint').hidden").asBoolean());
    }

    @Test
    void hostileTextIsShownAndNeverRun() {
        BrowserPage page = load();
        assertEquals("undefined", page.evaluate("typeof window.pwned").asText(), "a contract's script ran");
        String text = page.evaluate("document.body.innerText").asText();
        assertTrue(text.contains(PortfolioFixture.HOSTILE_TITLE), "the hostile title is shown as text");
        assertTrue(text.contains(PortfolioFixture.HOSTILE_UNIT), "the hostile unit is shown as text");
        assertEquals(1, page.evaluate("document.scripts.length").asInt(), "only the page's own script");
        assertEquals(0, page.evaluate("document.querySelectorAll('td b b, td script').length").asInt());
    }

    @Test
    void clickingAHeadingSortsByTheExactAmountAndAgainTurnsTheOrder() {
        BrowserPage page = load();
        List<BigDecimal> before = column(page, "units", 4);
        page.evaluate("document.querySelector('#units thead th:nth-child(4) button').click()");
        List<BigDecimal> ascending = column(page, "units", 4);
        List<BigDecimal> expected = new ArrayList<>(before);
        expected.sort(null);
        assertEquals(expected, ascending);
        assertNotEquals(before, ascending, "the fixture's rows are not already in order, so the click changed it");
        assertEquals("ascending", page.evaluate("document.querySelector('#units thead th:nth-child(4)')"
                + ".getAttribute('aria-sort')").asText());
        page.evaluate("document.querySelector('#units thead th:nth-child(4) button').click()");
        List<BigDecimal> descending = column(page, "units", 4);
        expected.sort(java.util.Collections.reverseOrder());
        assertEquals(expected, descending);
        assertEquals(List.of(), page.errors());
    }

    @Test
    void aHeadingIsAButtonThatTheKeyboardReaches() {
        BrowserPage page = load();
        List<BigDecimal> before = column(page, "clauses", 7);
        // Focus with the keyboard's own key (Tab) until the change heading of the clause table has it.
        int tabs = 0;
        while (!page.evaluate("document.activeElement === document.querySelector('#clauses thead th:nth-child(7)"
                + " button')").asBoolean()) {
            key(page, "Tab", "Tab", 9, null);
            assertTrue(++tabs < 60, "Tab never reached the heading's button");
        }
        key(page, "Enter", "Enter", 13, "\r");
        List<BigDecimal> after = column(page, "clauses", 7);
        List<BigDecimal> expected = new ArrayList<>(before);
        expected.sort(null);
        assertEquals(expected, after);
        assertNotEquals(before, after);
    }

    @Test
    void withoutScriptsThePageReadsTheSame() {
        BrowserPage page = chromium.newPage().withoutScripts().load(html);
        assertEquals(List.of(), PageCheck.problems(page, 0, 10));
        assertEquals(0, page.evaluate("document.querySelectorAll('th button').length").asInt(),
                "no script ran, so no buttons");
        assertEquals(true, page.evaluate("document.querySelector('p.hint').hidden").asBoolean(),
                "the sorting hint stays hidden when sorting cannot work");
    }

    @Test
    void theShippedPortfolioMakesTheReadmePicture() throws Exception {
        if (!Boolean.getBoolean(DOCS_UPDATE)) {
            return;
        }
        Path contracts = Path.of("contracts");
        PortfolioPage page = PortfolioFixture.page(contracts, 2027, Language.SV, 2);
        Path written = page.write(dir.resolve("docs"));
        BrowserPage browser = chromium.newPage(1280, 800).load(written);
        assertEquals(List.of(), PageCheck.problems(browser, 0, 10));
        Path picture = Path.of("docs", "images", "portfolio-2027.png");
        browser.screenshot(picture, false);
        assertTrue(Files.size(picture) > 10_000);
    }

    private static void key(BrowserPage page, String key, String code, int keyCode, String text) {
        for (String type : List.of("keyDown", "keyUp")) {
            Map<String, Object> params = new java.util.LinkedHashMap<>();
            params.put("type", type);
            params.put("key", key);
            params.put("code", code);
            params.put("windowsVirtualKeyCode", keyCode);
            if (text != null && type.equals("keyDown")) {
                params.put("text", text);
            }
            page.send("Input.dispatchKeyEvent", params);
        }
    }

    /** A table column's exact values (data-sort), top to bottom. */
    private static List<BigDecimal> column(BrowserPage page, String table, int col) {
        JsonNode values = page.evaluate("Array.from(document.querySelectorAll('#" + table + " tbody tr')).map("
                + "function (r) { return r.cells[" + (col - 1) + "].getAttribute('data-sort'); })");
        List<BigDecimal> out = new ArrayList<>();
        values.forEach(v -> out.add(new BigDecimal(v.asText())));
        return out;
    }
}
