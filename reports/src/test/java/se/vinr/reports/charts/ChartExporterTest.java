package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.vinr.reports.ModelFixtures;
import se.vinr.reports.facts.ReportFacts;
import se.vinr.reports.facts.SuppressionGuard;

class ChartExporterTest {

    private static final Pattern GEOMETRY = Pattern.compile("\\s(?:d|x|y|x1|y1|x2|y2|width|height)='([^']*)'");
    private static final Pattern LONG_DECIMAL = Pattern.compile("\\d\\.\\d{3,}");

    @Test
    void writesCoordinatesToTheHundredthOfAPixel() {
        assertThat(ChartExporter.hundredths(344.0480651855469)).isEqualTo("344.05");
        assertThat(ChartExporter.hundredths(272.9)).isEqualTo("272.9");
        assertThat(ChartExporter.hundredths(60.0)).isEqualTo("60");
        assertThat(ChartExporter.hundredths(-0.004)).isEqualTo("0");
        assertThat(ChartExporter.hundredths(-12.346)).isEqualTo("-12.35");
    }

    @Test
    void keepsLongDecimalsOutOfTheSvgGeometry() {
        ReportFonts fonts = new ReportFonts();
        ChartContext ctx = ChartContext.of(new ReportFacts(SuppressionGuard.protect(ModelFixtures.fullModel())),
                new ChartStyle(fonts));
        Chart chart = new DistributionCharts(ctx).victimsByAgeAndSex().orElseThrow();

        String svg = new ChartExporter(fonts, "").render(chart).svgDocument();

        Matcher geometry = GEOMETRY.matcher(svg);
        int attributes = 0;
        while (geometry.find()) {
            attributes++;
            assertThat(LONG_DECIMAL.matcher(geometry.group(1)).find()).as(geometry.group()).isFalse();
        }
        assertThat(attributes).isGreaterThan(20);
    }
}
