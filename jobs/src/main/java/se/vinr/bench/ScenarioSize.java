package se.vinr.bench;

import java.util.Map;
import java.util.TreeMap;

/** How big a scenario's input came out: municipalities, half-years, population, rows and bytes. */
public record ScenarioSize(int municipalities, int periods, long population, long inputRows, long inputBytes,
                           Map<String, Long> rowsByFile) {

    public ScenarioSize {
        rowsByFile = new TreeMap<>(rowsByFile);
    }
}
