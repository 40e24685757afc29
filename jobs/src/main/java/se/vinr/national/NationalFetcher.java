package se.vinr.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Downloads what {@code vinr.national.*} configures ({@code vinr national --fetch}): Kolada API v3 data for
 * the KPIs and years, with the KPIs' metadata (title, definition, whether divided by sex; the unit is in the
 * title), Kolada's municipality groups, and SCB PxWeb v2 tables by id in JSON-stat 2.0. Every answer is
 * stored as received under {@code <out>/national/raw/} beside the file that is imported, so an import can
 * always be traced to what the agency answered. Kolada's pages ({@code next_url}) are followed and joined.
 * Requests time out; a 5xx, 429, time-out or broken connection is tried again a bounded number of times;
 * any other refusal ends the fetch with one sentence naming the address.
 */
public final class NationalFetcher {

    private final FetchConfig config;
    private final HttpClient client;

    public NationalFetcher(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Fetches everything configured into {@code <outRoot>/national/}. */
    public FetchResult fetch(Path outRoot) {
        Path dir = outRoot.resolve("national");
        Path raw = dir.resolve("raw");
        try {
            Files.createDirectories(raw);
        } catch (IOException e) {
            throw new NationalImportException("cannot create " + raw + ": " + e.getMessage(), e);
        }
        List<Path> rawFiles = new ArrayList<>();
        List<Path> toImport = new ArrayList<>();
        if (config.koladaGroups()) {
            ObjectNode groups = JsonFiles.mapper().createObjectNode();
            groups.set("values", pages(URI.create(config.koladaBase() + "/municipality_groups"), "groups", raw, rawFiles));
            toImport.add(write(dir.resolve("kolada-groups.json"), pretty(groups)));
        }
        if (!config.kpiIds().isEmpty()) {
            ObjectNode joined = JsonFiles.mapper().createObjectNode();
            String ids = String.join(",", config.kpiIds());
            joined.set("kpis", pages(URI.create(config.koladaBase() + "/kpi/" + ids), "kpis", raw, rawFiles));
            ArrayNode values = joined.putArray("values");
            String years = config.years().stream().map(String::valueOf).collect(Collectors.joining(","));
            for (String kpi : config.kpiIds()) {
                values.addAll(pages(URI.create(config.koladaBase() + "/data/kpi/" + kpi + "/year/" + years), kpi, raw,
                        rawFiles));
            }
            joined.put("count", values.size());
            toImport.add(write(dir.resolve("kolada.json"), pretty(joined)));
        }
        for (Map.Entry<String, String> table : config.scbTables().entrySet()) {
            String query = "lang=sv&outputFormat=json-stat2" + (table.getValue().isBlank() ? "" : "&" + table.getValue());
            URI url = URI.create(config.scbBase() + "/tables/" + table.getKey() + "/data?" + query);
            String body = get(url, "SCB");
            rawFiles.add(write(raw.resolve("scb-" + table.getKey() + ".json"), body));
            toImport.add(write(dir.resolve("scb-" + table.getKey() + ".json"), body));
        }
        return new FetchResult(toImport, rawFiles);
    }

    /** Every page of a Kolada answer from {@code first} on, their {@code values} joined. */
    private ArrayNode pages(URI first, String what, Path raw, List<Path> rawFiles) {
        ArrayNode values = JsonFiles.mapper().createArrayNode();
        URI next = first;
        for (int page = 1; next != null; page++) {
            if (page > config.maxPages()) {
                throw new NationalImportException("Kolada gave more than " + config.maxPages() + " pages for " + first
                        + ": ask for fewer years or KPIs");
            }
            String body = get(next, "Kolada");
            rawFiles.add(write(raw.resolve("kolada-" + what + "-page" + page + ".json"), body));
            JsonNode response = parse(body, next);
            values.addAll((ArrayNode) response.path("values"));
            next = nextPage(response);
        }
        return values;
    }

    private static String pretty(JsonNode node) {
        return JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private static JsonNode parse(String body, URI url) {
        try {
            JsonNode response = JsonFiles.mapper().readTree(body);
            if (response == null || !response.path("values").isArray()) {
                throw new NationalImportException(url + " did not answer with a Kolada API response: no 'values' array");
            }
            return response;
        } catch (JacksonException e) {
            throw new NationalImportException(url + " did not answer with JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** v2 names the next page {@code next_page}, v3 {@code next_url}; both are absent or null on the last page. */
    private static URI nextPage(JsonNode response) {
        for (String field : List.of("next_page", "next_url")) {
            JsonNode link = response.path(field);
            if (link.isString() && !link.asString().isBlank()) {
                return URI.create(link.asString());
            }
        }
        return null;
    }

    private String get(URI url, String agency) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.requestTimeout())
                .header("Accept", "application/json").GET().build();
        Duration delay = config.retryDelay();
        String lastFailure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            if (attempt > 1) {
                pause(delay);
                delay = delay.multipliedBy(2);
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (status != 429 && status < 500) {
                    throw new NationalImportException(agency + " answered " + status + " for " + url
                            + ": check vinr.national (KPI ids, years, table ids and selections, addresses)");
                }
                lastFailure = "answered " + status;
            } catch (IOException e) {
                lastFailure = "could not be reached (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NationalImportException("the fetch from " + agency + " was interrupted", e);
            }
        }
        throw new NationalImportException(agency + " " + lastFailure + " for " + url + " on all " + config.maxAttempts()
                + " tries: try again later");
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NationalImportException("the fetch was interrupted", e);
        }
    }

    private static Path write(Path file, String body) {
        try {
            return Files.writeString(file, body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NationalImportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
