package nl.wijkregie.household.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BsnTest {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
            "111222333, true",
            "123456782, true",
            "12345672, true",      // 8 digits: read with a leading zero
            "123456789, false",    // fails the eleven-test
            "000000000, false",
            "12345678a, false",
            "1234567, false",
            "1234567820, false",
            "'', false"})
    void appliesTheElevenTest(String candidate, boolean valid) {
        assertThat(Bsn.isValid(candidate)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"12345672, 012345672", "111222333, 111222333"})
    void normalisesToNineDigits(String candidate, String normalised) {
        assertThat(Bsn.normalise(candidate)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({"123456789", "abc"})
    void refusesToNormaliseAnInvalidNumber(String candidate) {
        assertThatThrownBy(() -> Bsn.normalise(candidate)).isInstanceOf(IllegalArgumentException.class);
    }
}
