package nl.wijkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
            "+31612345678|'+31612345678",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "fatima|fatima",
            "GET /api/v1/cases|GET /api/v1/cases"})
    void neutralisesCellsThatASpreadsheetWouldRunAsAFormula(String value, String expected) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(expected);
    }
}
