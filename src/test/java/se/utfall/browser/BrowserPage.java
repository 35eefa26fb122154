package se.utfall.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One tab of the headless browser, attached in flat mode: load a file, read what went wrong, evaluate, shoot. */
public final class BrowserPage {
    static final Duration LOAD = Duration.ofSeconds(30);

    private final Cdp cdp;
    private final String session;
    private final int width;
    private final int height;

    private BrowserPage(Cdp cdp, String session, int width, int height) {
        this.cdp = cdp;
        this.session = session;
        this.width = width;
        this.height = height;
    }

    static BrowserPage open(Cdp cdp, int width, int height) {
        String target = cdp.send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        String session = cdp.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asText();
        BrowserPage page = new BrowserPage(cdp, session, width, height);
        page.send("Runtime.enable", Map.of());
        page.send("Log.enable", Map.of());
        page.send("Page.enable", Map.of());
        page.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        return page;
    }

    JsonNode send(String method, Map<String, ?> params) {
        return cdp.send(session, method, params);
    }

    /** Turns script execution off (before {@link #load}): how the page reads without JavaScript. */
    public BrowserPage withoutScripts() {
        send("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        return this;
    }

    /** Navigates to the file and waits for its load event. */
    public BrowserPage load(Path html) {
        int before = cdp.events(this::isLoad).size();
        JsonNode nav = send("Page.navigate", Map.of("url", html.toAbsolutePath().toUri().toString()));
        if (nav.hasNonNull("errorText") && !nav.get("errorText").asText().isEmpty()) {
            throw new IllegalStateException("Chromium could not open " + html + ": " + nav.get("errorText").asText());
        }
        cdp.await(this::isLoad, before + 1, LOAD, "load event for " + html);
        return this;
    }

    private boolean isLoad(JsonNode e) {
        return e.path("method").asText().equals("Page.loadEventFired") && e.path("sessionId").asText().equals(session);
    }

    /** Console errors, uncaught exceptions and error log entries of this tab, in the order they came. */
    public List<String> errors() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : cdp.events(e -> e.path("sessionId").asText().equals(session))) {
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    if (p.path("type").asText().equals("error")) {
                        List<String> args = new ArrayList<>();
                        p.path("args").forEach(a -> args.add(a.has("value") ? a.get("value").asText()
                                : a.path("description").asText()));
                        out.add("console.error: " + String.join(" ", args));
                    }
                }
                case "Runtime.exceptionThrown" -> {
                    JsonNode d = p.path("exceptionDetails");
                    String text = d.path("exception").path("description").asText(d.path("text").asText());
                    out.add("uncaught exception: " + text.lines().findFirst().orElse(text));
                }
                case "Log.entryAdded" -> {
                    if (p.path("entry").path("level").asText().equals("error")) {
                        out.add("log error: " + p.path("entry").path("text").asText());
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** The value of a JavaScript expression (returned by value: numbers, strings, arrays, objects). */
    public JsonNode evaluate(String expression) {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("evaluating `" + expression + "` threw: "
                    + r.path("exceptionDetails").path("exception").path("description").asText());
        }
        return r.path("result").path("value");
    }

    /**
     * A PNG of the page: the whole document ({@code fullPage}) or the first screen (the viewport),
     * written to {@code file}.
     */
    public Path screenshot(Path file, boolean fullPage) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", "png");
        if (fullPage) {
            JsonNode size = evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
            int w = Math.max(width, size.get(0).asInt());
            // Bounded: a runaway page cannot ask for a picture of any size.
            int h = Math.min(Math.max(1, size.get(1).asInt()), 16_000);
            params.put("captureBeyondViewport", true);
            params.put("clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1));
        } else {
            params.put("clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1));
        }
        String data = send("Page.captureScreenshot", params).path("data").asText();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(data));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
