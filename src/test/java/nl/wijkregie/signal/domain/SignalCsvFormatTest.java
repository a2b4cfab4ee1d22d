package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The monthly list: every row on its own, every problem named, the file refused only when unreadable. */
class SignalCsvFormatTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String HEADER = String.join(";", SignalCsvFormat.COLUMNS);
    static final String GOOD = "Huur;Woonzaam;R-1;A.;;van;Dijk;1984-03-12;Poelenburg;12;A;1503 ab;Zaandam;06-1234;"
            + "a@b.nl;84500;2026-08-01;2026-11-03;ja;nee;afsluiting";

    static List<SignalCsvFormat.Row> rows(String csv) {
        return SignalCsvFormat.rows(csv.getBytes(StandardCharsets.UTF_8), Optional.empty(), TODAY).toList();
    }

    @Test
    void readsAGoodRowIntoAReport() {
        SignalCsvFormat.Row row = rows(HEADER + "\n" + GOOD + "\n").get(0);

        assertThat(row.isValid()).as(row.problems().toString()).isTrue();
        assertThat(row.rowNumber()).isEqualTo(2);
        SignalReport report = row.report();
        assertThat(report.partnerType()).isEqualTo(PartnerType.HUUR);
        assertThat(report.postcode()).isEqualTo("1503AB");
        assertThat(report.amountCents()).isEqualTo(84_500);
        assertThat(report.crisis()).isTrue();
        assertThat(report.threat()).isEqualTo(Threat.AFSLUITING);
        assertThat(report.addressKey()).isEqualTo("1503AB-12-A");
    }

    @Test
    void acceptsCommasDutchDatesABomAndAnotherColumnOrder() {
        String csv = "\uFEFFachternaam,referentie,signaalpartner,signaalpartner_type,voornaam,geboortedatum,straat,"
                + "huisnummer,postcode,plaats,bedrag_centen,ontstaansdatum,signaaldatum\n"
                + "Öztürk,ZS-1,ZaanStroom,Energie,Fatma,12-07-1979,Peldersveld,4,1502CD,Zaandam,32000,15-09-2026,04-11-2026\n";

        SignalCsvFormat.Row row = rows(csv).get(0);

        assertThat(row.isValid()).as(row.problems().toString()).isTrue();
        assertThat(row.report().dateOfBirth()).isEqualTo(LocalDate.of(1979, 7, 12));
        assertThat(row.report().threat()).isEqualTo(Threat.GEEN);
    }

    @Test
    void aPartnerAccountNeedsNoPartnerColumnsAndItsOwnNameWins() {
        String csv = "referentie;voorletters;achternaam;geboortedatum;straat;huisnummer;postcode;plaats;bedrag_centen;"
                + "ontstaansdatum;signaaldatum\nX-1;K.;Kok;1970-03-03;Weg;1;1502AB;Zaandam;9900;2026-07-01;2026-11-02\n";
        SignalCsvFormat.Partner partner = new SignalCsvFormat.Partner(PartnerType.HUUR, "Woonzaam");

        List<SignalCsvFormat.Row> rows = SignalCsvFormat.rows(csv.getBytes(StandardCharsets.UTF_8),
                Optional.of(partner), TODAY).toList();

        assertThat(rows.get(0).report().partnerOrganisation()).isEqualTo("Woonzaam");
        assertThatThrownBy(() -> SignalCsvFormat.readHeader(csv.getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isInstanceOf(SignalCsvFormat.FileProblem.class)
                .hasMessageContaining("signaalpartner_type, signaalpartner");
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "signaalpartner_type | Gas         | soort signaalpartner 'Gas' is onbekend",
            "signaalpartner      |             | signaalpartner ontbreekt",
            "referentie          |             | referentie ontbreekt",
            "achternaam          |             | achternaam ontbreekt",
            "geboortedatum       | 31-02-1980  | geboortedatum '31-02-1980' is geen geldige datum",
            "geboortedatum       | 1980-02-30  | geboortedatum '1980-02-30' is geen geldige datum",
            "geboortedatum       | 1980-13-01  | geboortedatum '1980-13-01' is geen geldige datum",
            "geboortedatum       | 1850-01-01  | ligt niet tussen 1900 en vandaag",
            "huisnummer          | 12a         | huisnummer '12a' is geen positief geheel getal",
            "huisnummer          | 0           | huisnummer '0' is geen positief geheel getal",
            "postcode            | 0123AB      | postcode '0123AB' is ongeldig",
            "postcode            | 15O3AB      | postcode '15O3AB' is ongeldig",
            "plaats              |             | plaats ontbreekt",
            "telefoon            | bel me      | telefoon 'bel me' bevat ongeldige tekens",
            "email               | geen-mail   | email 'geen-mail' is geen geldig e-mailadres",
            "bedrag_centen       | 12,50       | bedrag (in centen) '12,50' is geen positief bedrag in hele centen",
            "bedrag_centen       | 0           | bedrag (in centen) '0' is geen positief bedrag",
            "signaaldatum        | 2027-01-01  | signaaldatum ligt in de toekomst",
            "signaaldatum        | 2026-07-01  | signaaldatum ligt vóór de ontstaansdatum",
            "crisis              | misschien   | crisis 'misschien' is geen ja of nee",
            "dreiging            | brand       | dreiging 'brand' is onbekend",
            "toevoeging          | ABCDEFGHIJKL | toevoeging is langer dan 10 tekens"})
    void namesEveryProblemOfABadRow(String column, String value, String problem) {
        assertThat(problem).doesNotContain("_");
        String[] cells = GOOD.split(";", -1);
        cells[SignalCsvFormat.COLUMNS.indexOf(column)] = value == null ? "" : value;

        SignalCsvFormat.Row row = rows(HEADER + "\n" + String.join(";", cells) + "\n").get(0);

        assertThat(row.isValid()).isFalse();
        assertThat(row.report()).isNull();
        assertThat(String.join("; ", row.problems())).contains(problem);
        assertThat(row.raw()).contains("Poelenburg");
    }

    @Test
    void aRowWithoutAnyNameOrWithTooFewColumnsIsRefusedWithAllItsProblems() {
        String noName = GOOD.replace(";A.;;van;Dijk;", ";;;van;;");
        List<SignalCsvFormat.Row> rows = rows(HEADER + "\n" + noName + "\nHuur;Woonzaam;R-9\n\n" + GOOD + "\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).problems()).contains("voorletters of voornaam ontbreekt", "achternaam ontbreekt");
        assertThat(rows.get(1).problems()).anyMatch(p -> p.contains("kolommen in plaats van 21"));
        assertThat(rows.get(2).isValid()).isTrue();
        assertThat(rows).extracting(SignalCsvFormat.Row::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void validatesOnlyTheRowsItIsGivenAndKeepsTheirRowNumbers() {
        String csv = HEADER + "\n" + GOOD + "\n" + GOOD.replace("R-1", "R-2").replace("1984-03-12", "gisteren") + "\n"
                + GOOD.replace("R-1", "R-3") + "\n";
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        SignalCsvFormat.Header header = SignalCsvFormat.headerOf(content, Optional.empty());

        List<SignalCsvFormat.Row> rows = SignalCsvFormat.rawRows(content, header).filter(raw -> raw.position() != 1)
                .map(raw -> SignalCsvFormat.validate(raw, header, Optional.empty(), TODAY)).toList();

        assertThat(rows).extracting(SignalCsvFormat.Row::reference).containsExactly("R-1", "R-3");
        assertThat(rows).extracting(SignalCsvFormat.Row::rowNumber).containsExactly(2, 4);
    }

    @Test
    void refusesFilesThatCannotBeReadAtAll() {
        assertThatThrownBy(() -> SignalCsvFormat.readHeader(new byte[0], Optional.empty()))
                .isInstanceOf(SignalCsvFormat.FileProblem.class).hasMessageContaining("leeg");
        byte[] latin1 = (HEADER + "\n" + GOOD.replace("Dijk", "Dïjk")).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SignalCsvFormat.readHeader(latin1, Optional.empty()))
                .isInstanceOf(SignalCsvFormat.FileProblem.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> SignalCsvFormat.readHeader("naam;adres\n".getBytes(StandardCharsets.UTF_8),
                Optional.empty())).isInstanceOf(SignalCsvFormat.FileProblem.class)
                .hasMessageContaining("Verplichte kolommen ontbreken");
    }

    @Test
    void theDocumentedExampleHasEightGoodAndTwoBadRows() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("docs/examples/signalen-voorbeeld.csv"));

        List<SignalCsvFormat.Row> rows = SignalCsvFormat.rows(example, Optional.empty(), TODAY).toList();

        assertThat(SignalCsvFormat.countRows(example)).isEqualTo(10);
        assertThat(rows.stream().filter(SignalCsvFormat.Row::isValid)).hasSize(8);
        assertThat(rows.stream().filter(r -> !r.isValid()).map(SignalCsvFormat.Row::rowNumber)).containsExactly(10, 11);
    }

    @Test
    void refusesAFileWithAnUnterminatedQuoteNamingItsLine() {
        byte[] csv = (HEADER + "\n" + GOOD + "\n" + GOOD.replace("Dijk", "\"Pietersen") + "\n" + GOOD + "\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SignalCsvFormat.countRows(csv)).isInstanceOf(SignalCsvFormat.FileProblem.class)
                .hasMessageStartingWith("Regel 3 ").hasMessageContaining("aanhalingsteken");
    }

    @Test
    void refusesARowWithAControlCharacterAndKeepsItReadable() {
        List<SignalCsvFormat.Row> rows = rows(HEADER + "\n" + GOOD.replace("Dijk", "Di\u0000jk") + "\n"
                + GOOD.replace("R-1", "R-\u00072") + "\n" + GOOD + "\n");

        assertThat(rows.get(0).isValid()).isFalse();
        assertThat(rows.get(0).problems()).containsExactly("achternaam bevat een ongeldig teken (stuurteken)");
        assertThat(rows.get(0).raw()).contains("Di\uFFFDjk").doesNotContain("\u0000");
        assertThat(rows.get(1).problems()).containsExactly("referentie bevat een ongeldig teken (stuurteken)");
        assertThat(rows.get(1).reference()).isEqualTo("R-\uFFFD2");
        assertThat(rows.get(2).isValid()).isTrue();
    }
}
