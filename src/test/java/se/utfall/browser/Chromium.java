package se.utfall.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium started for one test: a fresh profile in a temp folder, the DevTools port
 * chosen by Chromium itself (port 0) and read from {@code DevToolsActivePort}. {@link #close()}
 * kills it and everything it started, whatever happened before; a shutdown hook does the same if the
 * JVM is stopped first. No network is used but the loopback DevTools socket.
 */
public final class Chromium implements AutoCloseable {
    /** How long Chromium may take to start and say its port. */
    static final Duration START = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final Thread killer;
    private final Cdp cdp;

    private Chromium(Process process, Path profile, Thread killer, Cdp cdp) {
        this.process = process;
        this.profile = profile;
        this.killer = killer;
        this.cdp = cdp;
    }

    /**
     * The browser to use: $UTFALL_CHROMIUM, else chromium (or chromium-browser, google-chrome) on the
     * PATH or in /usr/bin. Without one the test is skipped on a developer's machine and fails under CI
     * (env CI set), where .ci/run installs it.
     */
    public static Path require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String message = "no Chromium found (looked for $UTFALL_CHROMIUM, chromium, chromium-browser, google-chrome):"
                    + " the HTML pages are checked in a real headless browser; install it with"
                    + " `apt-get install chromium` (Debian's package).";
            if (System.getenv("CI") != null) {
                Assertions.fail("CI: " + message + " .ci/run installs it; a CI run without it must not pass.");
            }
            Assumptions.abort("skipped: " + message);
        }
        return found.get();
    }

    static Optional<Path> find() {
        String env = System.getenv("UTFALL_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(Files::isExecutable);
        }
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        candidates.add(Path.of("/usr/bin/chromium"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Starts the browser and attaches to a new blank page. */
    public static Chromium start() {
        Path binary = require();
        Path profile;
        try {
            profile = Files.createTempDirectory("utfall-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path log = profile.resolve("chromium.log");
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--remote-debugging-address=127.0.0.1", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            deleteQuietly(profile);
            throw new IllegalStateException("cannot start " + binary + ": " + e.getMessage(), e);
        }
        Thread killer = new Thread(() -> kill(process), "kill chromium " + process.pid());
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            String[] port = activePort(process, profile.resolve("DevToolsActivePort"), log);
            Cdp cdp = Cdp.connect("ws://127.0.0.1:" + port[0] + port[1]);
            return new Chromium(process, profile, killer, cdp);
        } catch (RuntimeException | Error e) {
            stop(process, killer, profile);
            throw e;
        }
    }

    /** Chromium writes its port and the browser's socket path here once it listens. */
    private static String[] activePort(Process process, Path file, Path log) {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited (" + process.exitValue() + ") before it listened:\n"
                        + tail(log));
            }
            try {
                if (Files.exists(file)) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                        return new String[] {lines.get(0).strip(), lines.get(1).strip()};
                    }
                }
                Thread.sleep(50);
            } catch (IOException e) {
                // Half written: read again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Chromium started", e);
            }
        }
        throw new IllegalStateException("Chromium did not say its DevTools port within " + START.toSeconds() + " s:\n"
                + tail(log));
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log)";
        }
    }

    public Cdp cdp() {
        return cdp;
    }

    /** A new tab, attached (flat session over the browser's socket). */
    public BrowserPage newPage(int width, int height) {
        return BrowserPage.open(cdp, width, height);
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        try {
            cdp.close();
        } finally {
            stop(process, killer, profile);
        }
    }

    /** Kills the browser, drops its shutdown hook (it has done its work) and deletes its profile. */
    private static void stop(Process process, Thread killer, Path profile) {
        kill(process);
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
        deleteQuietly(profile);
    }

    /** The browser and every process it started (renderers, GPU, zygote), forcibly, then waited for. */
    private static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle c : children) {
                c.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Gone or unkillable: nothing more to do here.
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A temp folder left behind is harmless.
        }
    }
}
