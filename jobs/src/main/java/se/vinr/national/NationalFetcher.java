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
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Downloads the configured Kolada KPIs and SCB's population table ({@code vinr national --fetch}).
 * Every response is stored as received under {@code <out>/national/raw/} beside the file that is
 * imported, so an import can always be traced to what the agency answered. Requests time out, and
 * a failed request is tried again a bounded number of times.
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
        Optional<Path> kolada = config.kpiIds().isEmpty() ? Optional.empty() : Optional.of(kolada(dir, raw, rawFiles));
        Optional<Path> population = Optional.ofNullable(config.scbPopulationUrl()).map(url -> {
            String body = get(url, "SCB");
            Path rawFile = write(raw.resolve("scb-population.json"), body);
            rawFiles.add(rawFile);
            return write(dir.resolve("scb-population.json"), body);
        });
        return new FetchResult(kolada, population, rawFiles);
    }

    private Path kolada(Path dir, Path raw, List<Path> rawFiles) {
        ObjectNode joined = JsonFiles.mapper().createObjectNode();
        ArrayNode values = joined.putArray("values");
        String years = config.years().stream().map(String::valueOf).collect(Collectors.joining(","));
        for (String kpi : config.kpiIds()) {
            URI next = URI.create(config.koladaBase() + "/data/kpi/" + kpi + "/year/" + years);
            for (int page = 1; next != null; page++) {
                if (page > config.maxPages()) {
                    throw new NationalImportException("Kolada gave more than " + config.maxPages() + " pages for " + kpi
                            + ": ask for fewer years, or raise the page limit");
                }
                String body = get(next, "Kolada");
                rawFiles.add(write(raw.resolve("kolada-" + kpi + "-page" + page + ".json"), body));
                JsonNode response = parse(body, next);
                values.addAll((ArrayNode) response.path("values"));
                next = nextPage(response);
            }
        }
        joined.put("count", values.size());
        return write(dir.resolve("kolada.json"), JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(joined));
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
                            + ": check the configured KPI ids, years and table address");
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
