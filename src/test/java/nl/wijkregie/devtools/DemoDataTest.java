package nl.wijkregie.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import nl.wijkregie.household.domain.Bsn;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void generatesBsnsThatPassTheElevenTestFromTheTestRange() {
        Random random = new Random(7);
        IntStream.range(0, 1000).mapToObj(i -> DemoData.testBsn(random)).forEach(bsn -> {
            assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
            assertThat(bsn).startsWith("9").hasSize(9);
        });
    }
}
