package vn.hoso.ingest.cleanup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Median9Test {

    @Test
    void networkAgreesWithSortingOnRandomWindows() {
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            int[] window = random.ints(9, 0, i % 2 == 0 ? 256 : 4).toArray();

            int median = Median9.of(
                    window[0], window[1], window[2], window[3], window[4], window[5], window[6], window[7], window[8]);

            int[] sorted = window.clone();
            Arrays.sort(sorted);
            assertThat(median).as(Arrays.toString(window)).isEqualTo(sorted[4]);
        }
    }
}
