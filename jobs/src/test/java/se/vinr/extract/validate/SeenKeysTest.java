package se.vinr.extract.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void remembersAMillionKeysInThirtyTwoMegabytes() {
        SeenKeys keys = new SeenKeys();
        SplittableRandom random = new SplittableRandom(2280);
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(keys.add(random.nextLong(), random.nextLong())).isTrue();
        }
        SplittableRandom again = new SplittableRandom(2280);
        for (int i = 0; i < 1_000; i++) {
            assertThat(keys.add(again.nextLong(), again.nextLong())).isFalse();
        }

        assertThat(keys.size()).isEqualTo(1_000_000);
        assertThat(keys.capacity() * 2L * Long.BYTES).isLessThanOrEqualTo(32L * 1024 * 1024);
    }

    @Test
    void tellsKeysApartThatShareOneHalf() {
        SeenKeys keys = new SeenKeys();

        assertThat(keys.add(7, 1)).isTrue();
        assertThat(keys.add(7, 2)).isTrue();
        assertThat(keys.add(8, 1)).isTrue();
        assertThat(keys.add(7, 2)).isFalse();
    }

    @Test
    void storesTheAllZeroHashThoughZeroMarksAnEmptySlot() {
        SeenKeys keys = new SeenKeys();

        assertThat(keys.add(0, 0)).isTrue();
        assertThat(keys.add(0, 0)).isFalse();
    }
}
