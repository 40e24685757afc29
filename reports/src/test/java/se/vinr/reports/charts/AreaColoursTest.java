package se.vinr.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AreaColoursTest {

    @Test
    void everyComparisonAreaOfAChartHasItsOwnColourWithRiketInBlack() {
        List<String> areas = List.of("riket", "22", "kolada:G36529", "kolada:G150416");

        var colours = ChartContext.areaColors(areas);

        assertThat(colours).hasSize(4).doesNotHaveDuplicates();
        assertThat(colours.get(0)).isEqualTo(Palette.BLACK);
        assertThat(colours).doesNotContain(Palette.BLUE);
    }
}
