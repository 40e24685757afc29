package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.fixture;
import static se.vinr.national.NationalTestSupport.rows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import se.vinr.load.Warehouse;

/** Fetches from a local server on 127.0.0.1 that answers with the recorded fixtures. */
class NationalFetcherTest {

    @TempDir
    Path out;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/kolada/data/kpi/N07402/year/2023,2024", exchange -> reply(exchange, 200, fixtureText("fetch-kolada-page1.json")));
        serve("/kolada/page2", exchange -> reply(exchange, 200, fixtureText("fetch-kolada-page2.json")));
        serve("/scb/TAB638", exchange -> {
            if (requests.get("/scb/TAB638").get() == 1) {
                reply(exchange, 503, "busy");
            } else {
                reply(exchange, 200, fixtureText("pxweb-TAB638.json"));
            }
        });
        serve("/scb/busy", exchange -> reply(exchange, 503, "busy"));
        serve("/scb/missing", exchange -> reply(exchange, 404, "no such table"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void serve(String path, Handler handler) {
        requests.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            requests.get(path).incrementAndGet();
            handler.handle(exchange);
        });
    }

    private String fixtureText(String name) throws IOException {
        return Files.readString(fixture(name)).replace("{{base}}", base);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private FetchConfig config(List<String> kpis, String scbPath, int attempts) {
        return new FetchConfig(URI.create(base + "/kolada"), kpis, List.of(2023, 2024),
                scbPath == null ? null : URI.create(base + scbPath), Duration.ofSeconds(2), Duration.ofSeconds(5), attempts,
                Duration.ofMillis(10), 5);
    }

    @Test
    void followsKoladaPagesRetriesScbOnceAndKeepsEveryRawResponse() throws Exception {
        FetchResult result = new NationalFetcher(config(List.of("N07402"), "/scb/TAB638", 3)).fetch(out);

        assertThat(requests.get("/scb/TAB638")).hasValue(2);
        assertThat(requests.get("/kolada/page2")).hasValue(1);
        Path national = out.resolve("national");
        assertThat(result.raw()).containsExactly(national.resolve("raw/kolada-N07402-page1.json"),
                national.resolve("raw/kolada-N07402-page2.json"), national.resolve("raw/scb-population.json"));
        assertThat(Files.readString(national.resolve("raw/kolada-N07402-page1.json"))).contains(base + "/kolada/page2");
        assertThat(result.toImport()).containsExactly(national.resolve("kolada.json"), national.resolve("scb-population.json"));

        try (Warehouse warehouse = NationalTestSupport.warehouse(out)) {
            NationalImports imports = new NationalImports(NationalTestSupport.store());
            for (Path file : result.toImport()) {
                imports.importFile(warehouse, file);
            }
            assertThat(rows(warehouse, "SELECT area, year, value FROM ref.national_figures ORDER BY year, area"))
                    .containsExactly("2280|2023|10.2", "riket|2023|8.8", "riket|2024|9.0");
            assertThat(rows(warehouse, "SELECT population FROM ref.population WHERE municipality_code = '2280'"
                    + " AND sex = 'M' AND age_group = 'total'")).containsExactly("10550");
        }
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfTries() {
        NationalFetcher fetcher = new NationalFetcher(config(List.of(), "/scb/busy", 3));

        assertThatThrownBy(() -> fetcher.fetch(out))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("SCB answered 503 for " + base + "/scb/busy on all 3 tries: try again later");
        assertThat(requests.get("/scb/busy")).hasValue(3);
    }

    @Test
    void doesNotRetryAnAddressThatDoesNotExist() {
        NationalFetcher fetcher = new NationalFetcher(config(List.of(), "/scb/missing", 3));

        assertThatThrownBy(() -> fetcher.fetch(out))
                .hasMessageStartingWith("SCB answered 404 for " + base + "/scb/missing");
        assertThat(requests.get("/scb/missing")).hasValue(1);
    }

    @Test
    void saysWhenNothingAnswers() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        NationalFetcher fetcher = new NationalFetcher(new FetchConfig(URI.create("http://127.0.0.1:" + port + "/kolada"),
                List.of("N07402"), List.of(2024), null, Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Duration.ofMillis(5), 5));

        assertThatThrownBy(() -> fetcher.fetch(out)).hasMessageContaining("Kolada could not be reached")
                .hasMessageContaining("on all 2 tries");
    }

    @Test
    void refusesAKpiIdThatIsNotOne() {
        assertThatThrownBy(() -> FetchConfig.of(List.of("antal brott"), List.of(2024), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Kolada KPI id");
    }
}
