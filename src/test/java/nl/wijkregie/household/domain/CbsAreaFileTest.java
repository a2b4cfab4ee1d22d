package nl.wijkregie.household.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.wijkregie.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The CBS "Kerncijfers wijken en buurten" CSV in both layouts, one municipality kept, wrong rows reported. */
class CbsAreaFileTest {

    private final List<CbsAreaFile.Area> areas = new ArrayList<>();
    private final List<CbsAreaFile.Rejection> rejected = new ArrayList<>();

    @Test
    void readsTheKwbLayoutKeepingOneMunicipality() {
        String file = """
                \uFEFFgwb_code_10;gwb_code_8;regio;gm_naam;recs;gwb_code;ind_wbi
                GM0479;0479;Zaanstad;Zaanstad;Gemeente;GM0479;.
                WK047901;047901;Poelenburg;Zaanstad;Wijk;WK047901;1
                BU04790101;04790101;Poelenburg-Noord;Zaanstad;Buurt;BU04790101;1
                WK036301;036301;Burgwallen-Oude Zijde;Amsterdam;Wijk;WK036301;1
                BU0479XX01;;Kapot;Zaanstad;Buurt;BU0479XX01;1
                BU04790102;04790102;;Zaanstad;Buurt;BU04790102;1
                """;

        long others = CbsAreaFile.read(new StringReader(file), "GM0479", areas::add, rejected::add);

        assertThat(areas).containsExactly(new CbsAreaFile.Area("WK047901", "Poelenburg", null),
                new CbsAreaFile.Area("BU04790101", "Poelenburg-Noord", "WK047901"));
        assertThat(others).isEqualTo(1);
        assertThat(rejected).extracting(CbsAreaFile.Rejection::line).containsExactly(6L, 7L);
        assertThat(rejected).extracting(CbsAreaFile.Rejection::reason)
                .containsExactly("Geen CBS-code van een wijk of buurt", "Naam ontbreekt");
    }

    @Test
    void readsTheStatLineLayoutWithCommas() {
        String file = """
                ID,WijkenEnBuurten,Gemeentenaam_1,SoortRegio_2,Codering_3
                1,Zaanstad,Zaanstad,Gemeente,GM0479
                2,Kogerveld,Zaanstad,Wijk,"WK047905  "
                """;

        CbsAreaFile.read(new StringReader(file), "GM0479", areas::add, rejected::add);

        assertThat(areas).containsExactly(new CbsAreaFile.Area("WK047905", "Kogerveld", null));
        assertThat(rejected).isEmpty();
    }

    @Test
    void aFileWithoutCodesIsRefusedWhole() {
        assertThatThrownBy(() -> CbsAreaFile.read(new StringReader("achternaam\nJansen\n"), "GM0479", areas::add,
                rejected::add)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("geen CBS-bestand");
        assertThat(areas).isEmpty();
    }
}
