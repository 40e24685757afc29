package se.vinr.report.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One WebSocket connection to Chromium's DevTools protocol: commands (optionally addressed to an
 * attached page session) answered by id, and every event handed to the listeners.
 */
final class DevTools implements AutoCloseable {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private DevTools(URI endpoint) throws InterruptedException {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(endpoint, new Frames())
                    .get(20, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot connect to Chromium's DevTools at " + endpoint, e);
        }
    }

    static DevTools connect(URI endpoint) throws InterruptedException {
        return new DevTools(endpoint);
    }

    /** An event; {@code sessionId} is null for the browser's own. */
    record Event(String sessionId, String method, JsonNode params) {
    }

    /** Hands every event from now on to {@code listener}, on the connection's thread: it must not call back and wait. */
    void onEvent(Consumer<Event> listener) {
        listeners.add(listener);
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Sends a browser-level command and waits for its result. */
    JsonNode call(String method, ObjectNode params) throws InterruptedException {
        return call(null, method, params);
    }

    /** Sends a command to the page session {@code sessionId} (null: the browser) and waits for its result. */
    JsonNode call(String sessionId, String method, ObjectNode params) throws InterruptedException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            send(id, sessionId, method, params);
            return answer.get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(method + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(method + " got no answer within " + ANSWER_TIMEOUT.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Sends a command without waiting for its answer: what an event listener may do. */
    void post(String sessionId, String method, ObjectNode params) {
        send(ids.incrementAndGet(), sessionId, method, params);
    }

    /** One message at a time: the WebSocket refuses a send while another is still going out. */
    private synchronized void send(int id, String sessionId, String method, ObjectNode params) {
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        socket.sendText(json.writeValueAsString(message), true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    private void dispatch(String text) {
        JsonNode message = json.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
            if (answer == null) {
                return;
            }
            if (message.has("error")) {
                answer.completeExceptionally(new IllegalStateException(message.get("error").toString()));
            } else {
                answer.complete(message.get("result"));
            }
        } else if (message.has("method")) {
            String method = message.get("method").asString();
            JsonNode params = message.has("params") ? message.get("params") : json.createObjectNode();
            String sessionId = message.has("sessionId") ? message.get("sessionId").asString() : null;
            Event event = new Event(sessionId, method, params);
            listeners.forEach(listener -> listener.accept(event));
        }
    }

    @Override
    public void close() {
        socket.abort();
        pending.values().forEach(answer -> answer.completeExceptionally(new IllegalStateException("connection closed")));
    }

    /** Joins a message's fragments; a screenshot arrives in many. */
    private final class Frames implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            try {
                if (last) {
                    String text = partial.toString();
                    partial.setLength(0);
                    dispatch(text);
                }
            } finally {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pending.values().forEach(answer -> answer.completeExceptionally(
                    new IllegalStateException("Chromium closed the DevTools connection: " + statusCode + " " + reason)));
            return null;
        }
    }
}
