package se.utfall.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium shared by the tests of a class: started before the first (skipped or failed
 * as {@link Chromium#require()} says when there is none), killed after the last, and checked gone.
 * <pre>
 * &#64;RegisterExtension
 * static final SharedChromium chromium = new SharedChromium();
 * ... chromium.newPage().load(html) ...
 * </pre>
 * Pair it with a class-level {@code @Timeout}: every wait inside Chromium and Cdp is bounded too.
 */
public final class SharedChromium implements BeforeAllCallback, AfterAllCallback {
    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            Chromium closed = chromium;
            chromium = null;
            closed.close();
            assertFalse(closed.alive(), "Chromium is killed when the tests are done");
        }
    }

    /** A new tab of the size {@link PageCheck} checks pages at. */
    public BrowserPage newPage() {
        return newPage(PageCheck.WIDTH, PageCheck.HEIGHT);
    }

    /** A new tab of the given size. */
    public BrowserPage newPage(int width, int height) {
        if (chromium == null) {
            throw new IllegalStateException("SharedChromium is used outside its class's tests");
        }
        return chromium.newPage(width, height);
    }
}
