package se.vinr.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue #18's targets beside what a run measured, so that each section says plainly which are met.
 * A target whose measurement the run did not make (a scenario left out, {@code --in-process}) is
 * "not measured", never met.
 */
public final class Targets {

    /** One target: what it asks, what the run measured, and the verdict. */
    public record Check(String target, String measured, Verdict verdict) {
    }

    public enum Verdict {
        MET("met"), MISSED("**missed**"), NOT_MEASURED("not measured");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    /** N's per-row cost may be this much above L's and still count as growing linearly. */
    static final double LINEAR_SLACK = 1.5;

    private Targets() {
    }

    public static List<Check> of(BenchRun run) {
        List<Check> checks = new ArrayList<>();
        checks.add(seconds(run, ChildMeasurements.STATUS, "`vinr status` under 1 s", 1.0));
        checks.add(seconds(run, ChildMeasurements.EXTRACT_ONE_ROW,
                "first input row of `vinr extract` under 2 s (the whole one-row run, an upper bound)", 2.0));
        checks.add(seconds(run, "vinr --help", "`vinr --help` under 2 s", 2.0));
        checks.add(seconds(run, "vinr keygen", "`vinr keygen` under 2 s", 2.0));
        checks.add(run.demo() == null || !run.demo().succeeded()
                ? new Check("the demo (its default ten half-years) under 15 s", run.demo() == null ? "—" : "failed",
                        Verdict.NOT_MEASURED)
                : new Check("the demo (its default ten half-years) under 15 s", secondsText(run.demo().medianSeconds()),
                        Verdict.of(run.demo().medianSeconds() < 15)));
        Optional<ScenarioResult> s = scenario(run, "S");
        checks.add(s.map(r -> new Check("S end to end under 15 s", secondsText(r.stage(Stage.TOTAL).ours().seconds()),
                Verdict.of(r.stage(Stage.TOTAL).ours().seconds() < 15)))
                .orElse(new Check("S end to end under 15 s", "—", Verdict.NOT_MEASURED)));
        Optional<ScenarioResult> n = scenario(run, "N");
        checks.add(n.map(r -> ratioCheck("extract within 3× DuckDB alone at N", ratio(r, Stage.EXTRACT), 3.0))
                .orElse(new Check("extract within 3× DuckDB alone at N", "—", Verdict.NOT_MEASURED)));
        checks.add(n.map(r -> ratioCheck("load + publish within 1.5× DuckDB alone at N", ratio(r, Stage.LOAD,
                Stage.INDICATORS), 1.5)).orElse(new Check("load + publish within 1.5× DuckDB alone at N", "—",
                Verdict.NOT_MEASURED)));
        checks.add(n.map(r -> new Check("N within -Xmx1g", String.format(Locale.ROOT, "completed with -Xmx%dm, peak RSS "
                + "%.0f MB", r.heapMb(), r.stage(Stage.TOTAL).ours().peakRssMb()), Verdict.of(r.heapMb() <= 1024)))
                .orElse(new Check("N within -Xmx1g", run.failures().stream().anyMatch(f -> f.startsWith("N "))
                        ? "N failed" : "—", run.failures().stream().anyMatch(f -> f.startsWith("N "))
                        ? Verdict.MISSED : Verdict.NOT_MEASURED)));
        checks.add(growth(run));
        return checks;
    }

    private static Check seconds(BenchRun run, String command, String target, double limit) {
        return run.startupOf(command).filter(CommandRuns::succeeded)
                .map(c -> new Check(target, secondsText(c.medianSeconds()) + " (median of " + c.runs().size() + ")",
                        Verdict.of(c.medianSeconds() < limit)))
                .orElse(new Check(target, "—", Verdict.NOT_MEASURED));
    }

    private static Check ratioCheck(String target, Double ratio, double limit) {
        return ratio == null ? new Check(target, "—", Verdict.NOT_MEASURED)
                : new Check(target, String.format(Locale.ROOT, "%.1f×", ratio), Verdict.of(ratio <= limit));
    }

    /** Ours over the baseline, summed over the stages; null if a side was not measured. */
    static Double ratio(ScenarioResult result, Stage... stages) {
        double ours = 0;
        double baseline = 0;
        for (Stage stage : stages) {
            StageResult measured = result.stage(stage);
            if (measured.ours() == null || measured.baseline() == null || measured.baseline().seconds() <= 0) {
                return null;
            }
            ours += measured.ours().seconds();
            baseline += measured.baseline().seconds();
        }
        return ours / baseline;
    }

    /** Per-row cost of the whole run at S, L and N; linear when N's is within the slack of L's. */
    private static Check growth(BenchRun run) {
        String target = "growth S → L → N linear per row (N's cost per row within " + LINEAR_SLACK + "× L's)";
        List<String> parts = new ArrayList<>();
        for (String name : List.of("S", "L", "N")) {
            scenario(run, name).map(Targets::msPerThousandRows).ifPresent(ms -> parts.add(String.format(Locale.ROOT,
                    "%s %.2f", name, ms)));
        }
        Optional<Double> l = scenario(run, "L").map(Targets::msPerThousandRows);
        Optional<Double> n = scenario(run, "N").map(Targets::msPerThousandRows);
        String measured = parts.isEmpty() ? "—" : String.join(", ", parts) + " s per 1,000 rows";
        if (l.isEmpty() || n.isEmpty()) {
            return new Check(target, measured, Verdict.NOT_MEASURED);
        }
        return new Check(target, measured, Verdict.of(n.get() <= LINEAR_SLACK * l.get()));
    }

    private static double msPerThousandRows(ScenarioResult result) {
        StageResult total = result.stage(Stage.TOTAL);
        return total.ours().seconds() * 1000.0 / Math.max(1, total.rows());
    }

    private static String secondsText(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static Optional<ScenarioResult> scenario(BenchRun run, String name) {
        return run.scenarios().stream().filter(s -> s.scenario().equals(name)).findFirst();
    }
}
