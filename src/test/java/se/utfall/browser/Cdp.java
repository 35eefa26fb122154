package se.utfall.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The Chrome DevTools Protocol over java.net.http.WebSocket: commands with ids answered by result or
 * error, and events kept in arrival order. Every wait has a hard timeout.
 */
public final class Cdp implements AutoCloseable {
    static final Duration COMMAND = Duration.ofSeconds(30);
    static final Duration CONNECT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private Cdp(WebSocket socket) {
        this.socket = socket;
    }

    static Cdp connect(String url) {
        Listener listener = new Listener();
        WebSocket ws;
        try {
            ws = within(HttpClient.newBuilder().connectTimeout(CONNECT).build().newWebSocketBuilder()
                    .connectTimeout(CONNECT).buildAsync(URI.create(url), listener), CONNECT.plusSeconds(5),
                    "connecting to Chromium's DevTools at " + url);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to Chromium's DevTools at " + url + ": " + e, e);
        }
        Cdp cdp = new Cdp(ws);
        listener.cdp = cdp;
        return cdp;
    }

    /**
     * What {@code future} gives, waited for at most {@code limit}: a timeout, an interrupt (kept set)
     * or a failure becomes an IllegalStateException that says {@code what} was being waited for.
     */
    static <T> T within(CompletableFuture<T> future, Duration limit, String what) {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + ": no answer from Chromium within " + limit.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + ": interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + ": " + e.getCause(), e.getCause());
        }
    }

    /** Sends a command (to a page's session, or the browser when sessionId is null) and waits for its result. */
    public JsonNode send(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            within(socket.sendText(message.toString(), true), COMMAND, method);
            JsonNode reply = within(answer, COMMAND, method);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } finally {
            pending.remove(id);
        }
    }

    /** The events received so far that match. */
    public List<JsonNode> events(Predicate<JsonNode> which) {
        synchronized (events) {
            return events.stream().filter(which).toList();
        }
    }

    /** Waits (at most {@code timeout}) until {@code count} events that match have come. */
    public void await(Predicate<JsonNode> which, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (events.stream().filter(which).count() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no " + what + " within " + timeout.toSeconds() + " s");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(events, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for " + what, e);
                }
            }
        }
    }

    private void received(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (Exception e) {
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> f = pending.get(message.get("id").asInt());
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        synchronized (events) {
            events.add(message);
            events.notifyAll();
        }
    }

    @Override
    public void close() {
        try {
            within(socket.sendClose(WebSocket.NORMAL_CLOSURE, ""), Duration.ofSeconds(2), "closing");
        } catch (RuntimeException e) {
            // The browser is killed next anyway.
        }
        socket.abort();
    }

    /** Puts frames together into messages (a screenshot arrives in many). */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final List<String> early = new ArrayList<>();
        volatile Cdp cdp;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                Cdp c = cdp;
                if (c == null) {
                    early.add(text);
                } else {
                    early.forEach(c::received);
                    early.clear();
                    c.received(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
