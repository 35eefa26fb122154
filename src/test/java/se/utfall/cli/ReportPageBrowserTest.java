package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.browser.Chromium;
import se.utfall.browser.PageCheck;

/**
 * The decision document of the README's example, opened in a real headless Chromium: text in the
 * body, every chart the page draws shown with a size, no console error or exception, and a
 * screenshot in target/screenshots/.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ReportPageBrowserTest {
    @TempDir
    Path out;

    @Test
    void theHomeCareDecisionDocumentIsHealthyInChromium() throws Exception {
        Chromium.require();
        Cli cli = Cli.run("report", "contracts/hemtjanst-kundnojdhet", "--year", "2027", "--no-analysis", "--no-pdf",
                "--out", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        Path html = out.resolve("hemtjanst-kundnojdhet-2027.html");
        String text = Files.readString(html);
        int charts = text.split("<svg", -1).length - 1;
        // A measure chart for satisfaction and the payouts chart at least: a page without them is broken.
        assertTrue(text.contains("data-chart=\"measure nojdhet\"><svg"), "the satisfaction chart is on the page");
        assertTrue(charts >= 2, "charts on the page: " + charts);
        Path shot = PageCheck.assertHealthy(html, charts, 1);
        assertTrue(Files.size(shot) > 0);
    }
}
