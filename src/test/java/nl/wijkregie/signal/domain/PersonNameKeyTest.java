package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling variants of surnames as creditors send them, against the name in the municipal register. */
class PersonNameKeyTest {

    @ParameterizedTest(name = "{0} {1} ≈ {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '"', value = {
            "-       | Öztürk            | -       | Ozturk",
            "van der | Berg              | -       | Berg",
            "-       | Van Der Berg      | -       | berg",
            "-       | van der Berg      | van der | Berg",
            "-       | Janssen           | -       | Jansen",
            "-       | Bijl              | -       | Byl",
            "-       | Jansen-de Vries   | de      | Vries",
            "-       | de Vries-Jansen   | -       | Jansen",
            "de      | Vries-Jansen      | -       | Vries",
            "'t      | Hart              | -       | Hart",
            "-       | 't Hart           | -       | Hart",
            "-       | Müller            | -       | Muller",
            "-       | Groß              | -       | Gross",
            "-       | Gross             | -       | Gros",
            "-       | El Amrani         | -       | Amrani",
            "-       | Çelik             | -       | Celik",
            "-       | Nguyễn            | -       | Nguyen",
            "-       | \"  van   DIJK  \" | -       | Dijk",
            "-       | Sørensen          | -       | Sorensen",
            "-       | D'Souza           | -       | Souza",
            "-       | Jansen - de Vries | -       | de Vries",
            "ten     | Brink             | -       | Brink",
            "-       | van 't Hof        | -       | Hof",
            "in 't   | Veld              | -       | Veld",
            "-       | Ruiz-Şahin        | -       | Sahin",
            "-       | \"Vries, de\"       | -       | de Vries",
            "-       | \"Vries, de\"       | de      | Vries",
            "-       | \"Berg, van der\"   | van der | Berg",
            "-       | \"Berg,van der\"    | -       | Berg",
            "van den | Berg              | -       | Berg"})
    void variantsOfOneNameMatch(String prefixA, String surnameA, String prefixB, String surnameB) {
        assertThat(PersonNameKey.surnamesMatch(prefixA, surnameA, prefixB, surnameB)).isTrue();
        assertThat(PersonNameKey.surnamesMatch(prefixB, surnameB, prefixA, surnameA)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "de Vries   | de Vos",
            "Bakker     | Backer",
            "Jansen     | Janssens",
            "Smit       | Smid",
            "van Dijk   | van Dam",
            "Mulder     | Molder",
            "El Amrani  | El Idrissi",
            "Jansen-de Vries | Pietersen"})
    void differentNamesDoNotMatch(String a, String b) {
        assertThat(PersonNameKey.surnamesMatch(null, a, null, b)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} and {2} {3}: another prefix")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '"', value = {
            "van den | Berg         | van der | Berg",
            "-       | van den Berg | -       | van der Berg",
            "-       | van den Berg | van der | Berg",
            "de      | Vries        | van     | Vries",
            "-       | \"Berg, van den\" | van der | Berg"})
    void anotherPrefixIsAnotherNameToConfirm(String prefixA, String surnameA, String prefixB, String surnameB) {
        assertThat(PersonNameKey.surnamesMatch(prefixA, surnameA, prefixB, surnameB)).isFalse();
        assertThat(PersonNameKey.compare(prefixA, surnameA, prefixB, surnameB))
                .isEqualTo(PersonNameKey.Agreement.PREFIX_DIFFERS);
        assertThat(PersonNameKey.compare(prefixB, surnameB, prefixA, surnameA))
                .isEqualTo(PersonNameKey.Agreement.PREFIX_DIFFERS);
    }

    @Test
    void aCommaWithoutAPrefixBehindItIsLeftAlone() {
        assertThat(PersonNameKey.surnamesMatch(null, "Jansen, Piet", null, "Jansen")).isFalse();
        assertThat(PersonNameKey.compare(null, "de Vos", null, "de Vries")).isEqualTo(PersonNameKey.Agreement.DIFFERENT);
    }

    @Test
    void initialsAreCompatibleWhenUnknownOrEqual() {
        assertThat(PersonNameKey.initialsCompatible("A.", "Anna")).isTrue();
        assertThat(PersonNameKey.initialsCompatible("Ánna", "a")).isTrue();
        assertThat(PersonNameKey.initialsCompatible(null, "Piet")).isTrue();
        assertThat(PersonNameKey.initialsCompatible(" ", "Piet")).isTrue();
        assertThat(PersonNameKey.initialsCompatible("P.J.", "Jan")).isFalse();
        assertThat(PersonNameKey.initial("Éva")).isEqualTo("e");
    }

    @Test
    void blankOrMissingNamesHaveNoKeysAndMatchNothing() {
        assertThat(PersonNameKey.surnameKeys(null, null)).isEmpty();
        assertThat(PersonNameKey.surnameKeys("van", " ")).isEmpty();
        assertThat(PersonNameKey.surnamesMatch(null, null, null, null)).isFalse();
    }

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Van der Berg|van der berg", "JANSEN|jansen", "de  Vries|de vries", "\" Bakker\"|bakker", "\"Bakker \"|bakker",
        "Öztürk|ozturk", "Jansen - de Vries|jansen-de vries", "O'Neill|o neill", "St. Jago|st jago", "Ægidius|aegidius"})
    void foldsPlainAndDecoratedNamesAlike(String name, String folded) {
        assertThat(PersonNameKey.fold(name)).isEqualTo(folded);
    }
}
