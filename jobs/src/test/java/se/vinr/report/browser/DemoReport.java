package se.vinr.report.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The demo's report, made once per test run by the real command ({@code vinr demo}) and shared by
 * every test class that takes a {@link DemoReport.Output} parameter: the demo is the slow part.
 */
final class DemoReport implements ParameterResolver {

    static final String MUNICIPALITY = "2280";
    static final String FROM = "2024H1";
    static final String TO = "2025H2";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoReport.class);

    /** The report folder of the demo's last half-year. */
    record Output(Path folder) {
        Path html() {
            return folder.resolve("rapport.html");
        }

        Path pdf() {
            return folder.resolve("rapport.pdf");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Output.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Output.class, type -> run(), Output.class);
    }

    private static Output run() {
        try {
            Path out = VinrRun.freshFolder("demo");
            // Four half-years: enough for trends and control charts, and half the time of the default six.
            VinrRun.succeeds("demo", "--out", out.toString(), "--from", FROM, "--to", TO, "--quiet");
            return new Output(out.resolve("reports").resolve(MUNICIPALITY).resolve(TO));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
