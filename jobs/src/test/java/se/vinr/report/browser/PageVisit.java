package se.vinr.report.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file opened in its own tab, with everything the page did that a self-contained, script-free
 * report must not do: console errors, uncaught exceptions, browser error log entries, requests for
 * anything but {@code file:} and {@code data:} URLs, failed loads and dialogs (an {@code alert}).
 */
final class PageVisit {

    private final DevTools devTools;
    private final String sessionId;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<String> externalRequests = new CopyOnWriteArrayList<>();
    private final List<String> failedRequests = new CopyOnWriteArrayList<>();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    private PageVisit(DevTools devTools, String sessionId) {
        this.devTools = devTools;
        this.sessionId = sessionId;
    }

    static PageVisit open(DevTools devTools, Path file, int width, int height) throws InterruptedException {
        String targetId = devTools.call("Target.createTarget", devTools.params().put("url", "about:blank"))
                .get("targetId").asString();
        String sessionId = devTools.call("Target.attachToTarget",
                devTools.params().put("targetId", targetId).put("flatten", true)).get("sessionId").asString();
        PageVisit visit = new PageVisit(devTools, sessionId);
        String url = file.toAbsolutePath().toUri().toString();
        AtomicBoolean arrived = new AtomicBoolean();
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        devTools.onEvent(event -> {
            if (sessionId.equals(event.sessionId())) {
                JsonNode frame = event.params().path("frame");
                // The blank tab's own load event may come late; only the file's counts.
                if ("Page.frameNavigated".equals(event.method()) && !frame.has("parentId")
                        && url.equals(frame.path("url").asString(""))) {
                    arrived.set(true);
                }
                if ("Page.loadEventFired".equals(event.method()) && arrived.get()) {
                    loaded.complete(null);
                }
                visit.record(event.method(), event.params());
            }
        });
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            visit.call(domain + ".enable", devTools.params());
        }
        // A fixed viewport, so the screenshot looks the same on every machine.
        visit.call("Emulation.setDeviceMetricsOverride", devTools.params().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", width < 600));
        JsonNode navigation = visit.call("Page.navigate", devTools.params().put("url", url));
        if (navigation.has("errorText")) {
            throw new IllegalStateException("Chromium could not open " + file + ": " + navigation.get("errorText"));
        }
        try {
            loaded.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(file + " did not finish loading within 60 s", e);
        }
        // Web fonts and late resources would still be on their way after the load event.
        visit.evaluate("document.fonts.ready.then(() => true)");
        return visit;
    }

    private void record(String method, JsonNode params) {
        switch (method) {
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asString(""))) {
                    consoleErrors.add("console.error: " + params.path("args").toString());
                }
            }
            case "Runtime.exceptionThrown" -> consoleErrors.add("exception: " + params.path("exceptionDetails"));
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asString(""))) {
                    consoleErrors.add("log " + entry.path("source").asString("") + ": " + entry.path("text").asString("")
                            + " " + entry.path("url").asString(""));
                }
            }
            case "Network.requestWillBeSent" -> {
                String url = params.path("request").path("url").asString("");
                if (!url.startsWith("file:") && !url.startsWith("data:")) {
                    externalRequests.add(url);
                }
            }
            case "Network.loadingFailed" -> failedRequests.add(params.path("type").asString("") + " "
                    + params.path("errorText").asString("") + " (request " + params.path("requestId").asString("") + ")");
            case "Page.javascriptDialogOpening" -> {
                dialogs.add(params.path("type").asString("") + ": " + params.path("message").asString(""));
                // An open dialog blocks the page; dismiss it so the test fails on the finding, not on a timeout.
                devTools.post(sessionId, "Page.handleJavaScriptDialog", devTools.params().put("accept", false));
            }
            default -> {
            }
        }
    }

    private JsonNode call(String method, ObjectNode params) throws InterruptedException {
        return devTools.call(sessionId, method, params);
    }

    /** The value of a JavaScript expression in the page (a promise is awaited). */
    JsonNode evaluate(String expression) throws InterruptedException {
        JsonNode answer = call("Runtime.evaluate", devTools.params().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (answer.has("exceptionDetails")) {
            throw new IllegalStateException("evaluating " + expression + " threw " + answer.get("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /** Saves a PNG of the visible part of the page, or of all of it. */
    Path screenshot(Path png, boolean wholePage) throws InterruptedException, IOException {
        ObjectNode params = devTools.params().put("format", "png");
        if (wholePage) {
            JsonNode size = call("Page.getLayoutMetrics", devTools.params()).path("cssContentSize");
            params.put("captureBeyondViewport", true);
            params.putObject("clip").put("x", 0).put("y", 0).put("width", size.path("width").asDouble())
                    .put("height", size.path("height").asDouble()).put("scale", 1);
        }
        byte[] image = Base64.getDecoder().decode(call("Page.captureScreenshot", params).path("data").asString());
        Files.createDirectories(png.toAbsolutePath().getParent());
        return Files.write(png, image);
    }

    List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    List<String> externalRequests() {
        return List.copyOf(externalRequests);
    }

    List<String> failedRequests() {
        return List.copyOf(failedRequests);
    }

    List<String> dialogs() {
        return List.copyOf(dialogs);
    }
}
