package se.vinr.extract.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0-17", "17, 0-17",
            "18, 18-24", "24, 18-24",
            "25, 25-44", "44, 25-44",
            "45, 45-64", "64, 45-64",
            "65, 65-79", "79, 65-79",
            "80, 80+", "112, 80+",
    })
    void placesEachAgeInTheContractsBand(int age, String label) {
        assertThat(AgeBand.of(age).label()).isEqualTo(label);
    }

    @Test
    void refusesANegativeAge() {
        assertThatThrownBy(() -> AgeBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
