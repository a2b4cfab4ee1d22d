package nl.wijkregie.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dated reference file of bijstandsnormen and the household type a composition gets. */
class IncomeNormsTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 30);
    private final IncomeNorms norms = IncomeNorms.fromClasspath();

    @Test
    void aNormAppliesFromItsEffectiveDateUntilTheNextOne() {
        assertThat(norms.normOn(HouseholdType.SINGLE, LocalDate.of(2025, 6, 30)).orElseThrow()
                .netMonthlyCents()).isEqualTo(134545);
        assertThat(norms.normOn(HouseholdType.SINGLE, LocalDate.of(2025, 7, 1)).orElseThrow()
                .netMonthlyCents()).isEqualTo(136906);
        assertThat(norms.normOn(HouseholdType.COUPLE, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(norms.all()).allSatisfy(norm -> assertThat(norm.source()).contains("Rijksoverheid"));
    }

    @Test
    void theHouseholdTypeFollowsWhoLivesThere() {
        IncomeNorms.Member parent = new IncomeNorms.Member("PARENT", LocalDate.of(1985, 3, 1));
        IncomeNorms.Member partner = new IncomeNorms.Member("PARTNER", LocalDate.of(1987, 5, 1));
        IncomeNorms.Member child = new IncomeNorms.Member("CHILD", LocalDate.of(2015, 1, 1));
        IncomeNorms.Member pensioner = new IncomeNorms.Member("PARENT", LocalDate.of(1950, 1, 1));

        assertThat(IncomeNorms.householdType(List.of(parent), ON)).isEqualTo(HouseholdType.SINGLE);
        assertThat(IncomeNorms.householdType(List.of(parent, child), ON))
                .isEqualTo(HouseholdType.SINGLE_PARENT);
        assertThat(IncomeNorms.householdType(List.of(parent, partner, child), ON)).isEqualTo(HouseholdType.COUPLE);
        assertThat(IncomeNorms.householdType(List.of(pensioner), ON)).isEqualTo(HouseholdType.SINGLE_PENSIONER);
        assertThat(IncomeNorms.householdType(List.of(pensioner, partner), ON))
                .isEqualTo(HouseholdType.COUPLE_PENSIONER);
        assertThat(IncomeNorms.householdType(List.of(child), ON)).isEqualTo(HouseholdType.UNKNOWN);
        assertThat(IncomeNorms.householdType(List.of(), ON)).isEqualTo(HouseholdType.UNKNOWN);
    }
}
