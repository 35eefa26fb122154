package se.utfall.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * What a healthy page of ours is, checked in a real browser: its body has text, it has exactly the
 * charts expected (an {@code svg} with a non-zero size each), at least the table rows expected, and
 * nothing went wrong while it loaded (no console error, uncaught exception or error log entry). A
 * full-page screenshot goes to target/screenshots/ either way, to look at.
 *
 * <p>For any page: {@code PageCheck.assertHealthy(html, charts)}, e.g. the single-contract report
 * with the number of charts it draws.
 */
public final class PageCheck {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private PageCheck() {
    }

    /** Loads {@code html} in a fresh headless Chromium and fails with every problem found; returns the screenshot. */
    public static Path assertHealthy(Path html, int expectedCharts) {
        return assertHealthy(html, expectedCharts, 0);
    }

    /** As {@link #assertHealthy(Path, int)}, also requiring at least {@code minRows} table body rows. */
    public static Path assertHealthy(Path html, int expectedCharts, int minRows) {
        try (Chromium chromium = Chromium.start()) {
            BrowserPage page = chromium.newPage(WIDTH, HEIGHT).load(html);
            List<String> problems = problems(page, expectedCharts, minRows);
            Path shot = page.screenshot(SCREENSHOTS.resolve(screenshotName(html)), true);
            if (!problems.isEmpty()) {
                Assertions.fail(html + " is broken in Chromium (screenshot " + shot + "):\n  "
                        + String.join("\n  ", problems));
            }
            return shot;
        }
    }

    /** Everything wrong with the loaded page; empty when it is healthy. */
    public static List<String> problems(BrowserPage page, int expectedCharts, int minRows) {
        List<String> problems = new ArrayList<>(page.errors());
        int text = page.evaluate("document.body ? document.body.innerText.trim().length : 0").asInt();
        if (text == 0) {
            problems.add("the body has no text");
        }
        JsonNode svgs = page.evaluate("Array.from(document.querySelectorAll('svg')).map(function (s) {"
                + " var r = s.getBoundingClientRect(); return r.width > 0 && r.height > 0; })");
        int sized = 0;
        for (JsonNode s : svgs) {
            sized += s.asBoolean() ? 1 : 0;
        }
        if (sized != expectedCharts) {
            problems.add("expected " + expectedCharts + " chart(s) (an svg with a non-zero size), found " + sized
                    + " (" + svgs.size() + " svg in all)");
        }
        int rows = page.evaluate("document.querySelectorAll('table tbody tr').length").asInt();
        if (rows < minRows) {
            problems.add("expected at least " + minRows + " table row(s), found " + rows);
        }
        return problems;
    }

    static String screenshotName(Path html) {
        String name = html.getFileName().toString();
        return (name.endsWith(".html") ? name.substring(0, name.length() - 5) : name) + ".png";
    }
}
