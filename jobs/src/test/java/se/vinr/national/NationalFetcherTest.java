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
    private final List<String> queries = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/kolada/kpi/U30750,N07402", exchange -> reply(exchange, 200, fixtureText("fetch-kolada-v3-kpis.json")));
        serve("/kolada/data/kpi/U30750/year/2023,2024", exchange -> reply(exchange, 200, fixtureText(
                exchange.getRequestURI().getQuery() == null ? "fetch-kolada-v3-U30750-page1.json"
                        : "fetch-kolada-v3-U30750-page2.json")));
        serve("/kolada/data/kpi/N07402/year/2023,2024", exchange -> reply(exchange, 200, fixtureText("fetch-kolada-page1.json")));
        serve("/kolada/page2", exchange -> reply(exchange, 200, fixtureText("fetch-kolada-page2.json")));
        serve("/kolada/municipality_groups", exchange -> reply(exchange, 200, fixtureText(
                exchange.getRequestURI().getQuery() == null ? "fetch-kolada-v3-groups-page1.json"
                        : "fetch-kolada-v3-groups-page2.json")));
        serve("/scb/tables/TAB638/data", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            if (requests.get("/scb/tables/TAB638/data").get() == 1) {
                reply(exchange, 503, "busy");
            } else {
                reply(exchange, 200, fixtureText("pxweb-TAB638.json"));
            }
        });
        serve("/scb/tables/BUSY/data", exchange -> reply(exchange, 503, "busy"));
        serve("/scb/tables/MISSING/data", exchange -> reply(exchange, 404, "{\"error\": \"no such table\"}"));
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

    private FetchConfig config(List<String> kpis, boolean groups, Map<String, String> tables, int retries) {
        return FetchConfig.of(URI.create(base + "/kolada"), kpis, List.of(2023, 2024), groups, URI.create(base + "/scb"),
                tables, Duration.ofSeconds(5), retries).withRetryDelay(Duration.ofMillis(10));
    }

    @Test
    void fetchesKoladaV3AndScbV2PageByPageRetriesAFailedRequestAndImportsThem() throws Exception {
        FetchResult result = new NationalFetcher(config(List.of("U30750", "N07402"), true,
                Map.of("TAB638", "valueCodes[Region]=00,2280&valueCodes[Tid]=2024"), 2)).fetch(out);

        assertThat(requests.get("/scb/tables/TAB638/data")).hasValue(2);
        assertThat(queries).containsOnly("lang=sv&outputFormat=json-stat2&valueCodes[Region]=00,2280&valueCodes[Tid]=2024");
        assertThat(requests.get("/kolada/data/kpi/U30750/year/2023,2024")).hasValue(2);
        assertThat(requests.get("/kolada/municipality_groups")).hasValue(2);
        Path national = out.resolve("national");
        assertThat(result.toImport()).containsExactly(national.resolve("kolada-groups.json"),
                national.resolve("kolada.json"), national.resolve("scb-TAB638.json"));
        assertThat(result.raw()).contains(national.resolve("raw/kolada-U30750-page2.json"),
                national.resolve("raw/scb-TAB638.json"));

        try (Warehouse warehouse = NationalTestSupport.warehouse(out)) {
            NationalImports imports = new NationalImports(NationalTestSupport.store());
            List<ImportResult> results = new java.util.ArrayList<>();
            for (Path file : result.toImport()) {
                results.add(imports.importFile(warehouse, file));
            }
            assertThat(results.get(1).summary()).isEqualTo("kolada.json [kolada]: read 6, stored 6, none skipped,"
                    + " replaced no stored value");
            assertThat(rows(warehouse, "SELECT indicator, area, year, value, unit, source FROM ref.national_figures"
                    + " WHERE indicator = 'U30750' AND value IS NOT NULL ORDER BY area"))
                    .containsExactly("U30750|0192|2023|39.4|per_10000|Källa: Kolada (RKA), U30750 Vuxna (18+) som"
                                    + " aktualiserats i individ- och familjeomsorgen p.g.a. utsatthet för våld i nära"
                                    + " relation/hedersrelaterat våld, antal/10 000 vuxna invånare,"
                                    + " https://www.kolada.se/verktyg/fri-sokning/?kpis=U30750",
                            "U30750|2183|2024|25.3|per_10000|Källa: Kolada (RKA), U30750 Vuxna (18+) som"
                                    + " aktualiserats i individ- och familjeomsorgen p.g.a. utsatthet för våld i nära"
                                    + " relation/hedersrelaterat våld, antal/10 000 vuxna invånare,"
                                    + " https://www.kolada.se/verktyg/fri-sokning/?kpis=U30750");
            assertThat(rows(warehouse, "SELECT DISTINCT unit FROM ref.national_figures WHERE indicator = 'N07402'"))
                    .containsExactly("per_100000");
            assertThat(rows(warehouse, "SELECT group_id, count(*) FROM ref.peer_groups GROUP BY group_id ORDER BY 1"))
                    .containsExactly("G36529|7", "G92788|1");
            assertThat(rows(warehouse, "SELECT population FROM ref.population WHERE municipality_code = '2280'"
                    + " AND sex = 'M' AND age_group = 'total'")).containsExactly("10550");
        }
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfRetries() {
        NationalFetcher fetcher = new NationalFetcher(config(List.of(), false, Map.of("BUSY", ""), 2));

        assertThatThrownBy(() -> fetcher.fetch(out))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("SCB answered 503 for " + base + "/scb/tables/BUSY/data?lang=sv&outputFormat=json-stat2"
                        + " on all 3 tries: try again later");
        assertThat(requests.get("/scb/tables/BUSY/data")).hasValue(3);
    }

    @Test
    void reportsARefusedRequestInOneSentenceWithoutTryingAgain() {
        NationalFetcher fetcher = new NationalFetcher(config(List.of(), false, Map.of("MISSING", ""), 3));

        assertThatThrownBy(() -> fetcher.fetch(out))
                .hasMessage("SCB answered 404 for " + base + "/scb/tables/MISSING/data?lang=sv&outputFormat=json-stat2:"
                        + " check vinr.national (KPI ids, years, table ids and selections, addresses)");
        assertThat(requests.get("/scb/tables/MISSING/data")).hasValue(1);
    }

    @Test
    void saysWhenNothingAnswers() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        NationalFetcher fetcher = new NationalFetcher(FetchConfig.of(URI.create("http://127.0.0.1:" + port + "/kolada"),
                List.of("N07402"), List.of(2024), false, URI.create(base), Map.of(), Duration.ofSeconds(1), 1)
                .withRetryDelay(Duration.ofMillis(5)));

        assertThatThrownBy(() -> fetcher.fetch(out)).hasMessageContaining("Kolada could not be reached")
                .hasMessageContaining("on all 2 tries");
    }

    @Test
    void refusesAKpiIdThatIsNotOne() {
        assertThatThrownBy(() -> FetchConfig.of(FetchConfig.KOLADA, List.of("antal brott"), List.of(2024), false,
                FetchConfig.SCB, Map.of(), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Kolada KPI id");
    }

    @Test
    void needsYearsForKoladaKpis() {
        assertThatThrownBy(() -> FetchConfig.of(FetchConfig.KOLADA, List.of("U30750"), List.of(), false,
                FetchConfig.SCB, Map.of(), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Kolada KPIs need at least one year");
    }
}
