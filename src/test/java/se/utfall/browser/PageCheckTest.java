package se.utfall.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/**
 * The harness itself: a healthy page passes, and each kind of broken page is rejected (an empty body,
 * a script that throws, an error on the console, a chart missing). Without these a harness that
 * accepted everything would look the same as one that works.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PageCheckTest {
    static final Path FIXTURES = Path.of("src/test/resources/browser");

    @RegisterExtension
    static final SharedChromium chromium = new SharedChromium();

    private static List<String> problems(String fixture, int charts) {
        BrowserPage page = chromium.newPage().load(FIXTURES.resolve(fixture));
        return PageCheck.problems(page, charts, 1);
    }

    @Test
    void aHealthyPagePasses() {
        assertEquals(List.of(), problems("healthy.html", 1));
    }

    @Test
    void anEmptyBodyIsRejected() {
        assertEquals(List.of("the body has no text"), problems("empty-body.html", 1));
    }

    @Test
    void aScriptErrorIsRejected() {
        List<String> problems = problems("script-error.html", 1);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("uncaught exception: TypeError"), problems.toString());
    }

    @Test
    void aConsoleErrorIsRejected() {
        assertEquals(List.of("console.error: chart data missing for Hemtjänst Norr"), problems("console-error.html", 1));
    }

    @Test
    void aMissingChartIsRejected() {
        assertEquals(List.of("expected 2 chart(s) (an svg with a non-zero size), found 1 (2 svg in all)"),
                problems("missing-chart.html", 2));
    }

    @Test
    void tooFewRowsAreRejected() {
        BrowserPage page = chromium.newPage().load(FIXTURES.resolve("healthy.html"));
        assertEquals(List.of("expected at least 3 table row(s), found 1"), PageCheck.problems(page, 1, 3));
    }

    @Test
    void assertHealthyFailsOnABrokenPageAndStillLeavesAScreenshot() throws Exception {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> PageCheck.assertHealthy(FIXTURES.resolve("script-error.html"), 1));
        assertTrue(e.getMessage().contains("uncaught exception: TypeError"), e.getMessage());
        Path shot = PageCheck.SCREENSHOTS.resolve("script-error.png");
        assertTrue(Files.size(shot) > 1000, "a PNG was written");
        byte[] head = Files.readAllBytes(shot);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
    }

    @Test
    void assertHealthyPassesAHealthyPage() {
        Path shot = PageCheck.assertHealthy(FIXTURES.resolve("healthy.html"), 1, 1);
        assertTrue(Files.exists(shot));
    }
}
