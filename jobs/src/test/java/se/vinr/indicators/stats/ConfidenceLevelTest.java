package se.vinr.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {

    @Test
    void givesTheTabulatedNormalQuantiles() {
        // Standard normal table: z(0.975) = 1.959964, z(0.999) = 3.090232.
        assertThat(ConfidenceLevel.NINETY_FIVE.z()).isCloseTo(1.959964, within(1e-6));
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232, within(1e-6));
        assertThat(ConfidenceLevel.DEFAULT).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    }

    @Test
    void rejectsALevelOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> new ConfidenceLevel(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceLevel(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceLevel(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
