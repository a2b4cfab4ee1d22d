package nl.wijkregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void postcodeIsNormalisedAndWrittenBothWays() {
        Postcode postcode = Postcode.of(" 1502 ab ");
        assertEquals("1502AB", postcode.toString());
        assertEquals("1502 AB", postcode.display());
        assertEquals(Postcode.of("1502AB"), postcode);
        assertEquals(Postcode.of("1502Ab").hashCode(), postcode.hashCode());
        assertNotEquals(Postcode.of("1502AC"), postcode);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0123AB", "123AB", "12345A", "1502 A", "1502  AB", "1502-AB", "ABCD12", "1502ÄB"})
    void somethingElseIsNoPostcode(String written) {
        assertFalse(Postcode.isValid(written));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> Postcode.of(written));
        assertEquals("postcode", refused.rule());
    }

    @Test
    void postcodesPostNlDoesNotIssueAreStillAccepted() {
        assertTrue(Postcode.isValid("1000 SS"));
        assertEquals("1000SA", Postcode.of("1000sa").toString());
    }

    @Test
    void normaliseTakesAnyTextForSearching() {
        assertEquals("1502AB", Postcode.normalise("1502 ab"));
        assertEquals("X", Postcode.normalise(" x "));
        assertNull(Postcode.normalise(null));
    }

    @Test
    void personNameIsWrittenOutAndSorted() {
        PersonName name = new PersonName(" Noor ", "van der ", "Berg");
        assertEquals("Noor van der Berg", name.display());
        assertEquals("van der Berg", name.fullSurname());
        assertEquals("berg, noor van der", name.sortKey());
        assertEquals(new PersonName("Noor", "van der", "Berg"), name);

        PersonName without = new PersonName("Sem", " ", "Kaya");
        assertNull(without.surnamePrefix());
        assertEquals("Sem Kaya", without.display());
        assertEquals("Kaya", without.fullSurname());
    }

    @Test
    void personNameNeedsFirstNameAndSurname() {
        assertEquals("first-name", assertThrows(RuleViolationException.class,
                () -> new PersonName(" ", null, "Kaya")).rule());
        assertEquals("surname", assertThrows(RuleViolationException.class,
                () -> new PersonName("Sem", "de", null)).rule());
    }

    @Test
    void postalAddressIsWrittenOut() {
        PostalAddress address = new PostalAddress(" Dorpsstraat ", 12, " a ", "1502 ab", "Zaandam");
        assertEquals("12A", address.number());
        assertEquals("Dorpsstraat 12A", address.streetLine());
        assertEquals("Dorpsstraat 12A, 1502AB", address.shortLabel());
        assertEquals("Dorpsstraat 12A, 1502 AB Zaandam", address.display());
        assertEquals(new PostalAddress("Dorpsstraat", 12, "A", Postcode.of("1502AB"), "Zaandam"), address);
        assertEquals("Dorpsstraat 7", new PostalAddress("Dorpsstraat", 7, "", "1502AB", "Zaandam").streetLine());
    }

    @Test
    void postalAddressRefusesWhatIsNoAddress() {
        assertEquals("postcode", assertThrows(RuleViolationException.class,
                () -> new PostalAddress("Dorpsstraat", 1, null, "15O2AB", "Zaandam")).rule());
        assertEquals("house-number", assertThrows(RuleViolationException.class,
                () -> new PostalAddress("Dorpsstraat", 0, null, "1502AB", "Zaandam")).rule());
        assertEquals("straat", assertThrows(RuleViolationException.class,
                () -> new PostalAddress(" ", 1, null, "1502AB", "Zaandam")).rule());
        assertEquals("plaats", assertThrows(RuleViolationException.class,
                () -> new PostalAddress("Dorpsstraat", 1, null, "1502AB", null)).rule());
    }
}
