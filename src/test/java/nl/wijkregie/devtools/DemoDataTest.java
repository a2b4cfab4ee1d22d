package nl.wijkregie.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wijkregie.devtools.DemoPlan.HouseholdPlan;
import nl.wijkregie.devtools.DemoPlan.Member;
import nl.wijkregie.household.domain.Bsn;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<DemoPlan.Area> AREAS = DemoPlan.readAreas();
    private static final List<HouseholdPlan> PLANS = plans(2000);

    private static List<HouseholdPlan> plans(int count) {
        Random random = new Random(42);
        DemoPlan planner = new DemoPlan(AREAS);
        return IntStream.range(0, count).mapToObj(i -> planner.household(random, TODAY)).toList();
    }

    @Test
    void generatesBsnsThatPassTheElevenTestFromTheTestRange() {
        Random random = new Random(7);
        IntStream.range(0, 1000).mapToObj(i -> DemoPlan.testBsn(random)).forEach(bsn -> {
            assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
            assertThat(bsn).startsWith("9").hasSize(9);
        });
        PLANS.stream().flatMap(h -> h.members().stream()).map(Member::bsn).filter(b -> b != null)
                .forEach(bsn -> assertThat(Bsn.isValid(bsn)).isTrue());
    }

    @Test
    void choosesOnlyWijkenAndBuurtenOfTheAreasFileWeightedToTheVulnerableAreas() {
        Set<String> buurten = AREAS.stream().map(DemoPlan.Area::buurtCode).collect(Collectors.toSet());
        assertThat(PLANS).allSatisfy(h -> assertThat(buurten).contains(h.area().buurtCode()));
        long poelenburg = PLANS.stream().filter(h -> h.area().wijkCode().equals("WK047901")).count();
        long westzaan = PLANS.stream().filter(h -> h.area().wijkCode().equals("WK047913")).count();
        assertThat(poelenburg).isGreaterThan(3 * westzaan);
        assertThat(PLANS).allSatisfy(h -> assertThat(DemoData.TEAMS).containsKey(h.team()));
    }

    @Test
    void childrenAreYoungerThanTheirParentsAndDatesAreConsistent() {
        for (HouseholdPlan household : PLANS) {
            List<Member> parents = household.members().stream().filter(m -> m.role().equals("PARENT")).toList();
            household.members().stream().filter(m -> m.role().equals("CHILD")).forEach(child -> parents.forEach(
                    parent -> assertThat(child.dateOfBirth()).isAfter(parent.dateOfBirth())));
            for (Member member : household.members()) {
                assertThat(member.joinedOn()).isAfterOrEqualTo(member.dateOfBirth()).isBeforeOrEqualTo(TODAY);
                if (member.leftOn() != null) {
                    assertThat(member.leftOn()).isAfterOrEqualTo(member.joinedOn()).isBeforeOrEqualTo(TODAY);
                }
            }
            assertThat(household.members().stream().filter(m -> m.leftOn() == null)).isNotEmpty();
        }
    }

    @Test
    void casesComeInEveryStatusAndClosedOnesHaveAReason() {
        Set<String> statuses = PLANS.stream().map(h -> h.caseFile().status()).collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrder("AANGEMELD", "INTAKE", "PLAN", "UITVOERING", "EVALUATIE",
                "AFGESLOTEN");
        for (HouseholdPlan household : PLANS) {
            DemoPlan.CasePlan caseFile = household.caseFile();
            if (caseFile.status().equals("AFGESLOTEN")) {
                assertThat(caseFile.closingReason()).isNotNull();
                assertThat(caseFile.outcomeSummary()).isNotBlank();
                assertThat(caseFile.dueOn()).isNull();
            } else {
                assertThat(caseFile.dueOn()).isNotNull();
                assertThat(caseFile.closedAt()).isNull();
            }
            assertThat(caseFile.domains()).isNotEmpty();
            caseFile.domains().stream().filter(d -> d.domain().equals("JEUGD")).forEach(d -> assertThat(
                    household.members().stream().filter(m -> m.id().equals(d.memberId())).findFirst().orElseThrow()
                            .role()).isEqualTo("CHILD"));
            if (caseFile.regisseur() != null) {
                assertThat(DemoPlan.PROFESSIONALS.get(household.team())).contains(caseFile.regisseur());
            }
        }
        assertThat(PLANS.stream().filter(h -> h.caseFile().dueOn() != null
                && h.caseFile().dueOn().isBefore(TODAY))).isNotEmpty();
        assertThat(PLANS.stream().flatMap(h -> h.caseFile().notes().stream()).filter(DemoPlan.Note::confidential))
                .isNotEmpty();
    }

    @Test
    void deadlinesSpreadOverPastAndComingWeeksWithTeLaatTheException() {
        List<LocalDate> due = PLANS.stream().map(h -> h.caseFile().dueOn()).filter(java.util.Objects::nonNull).toList();
        long late = due.stream().filter(d -> d.isBefore(TODAY)).count();

        assertThat(late).isPositive();
        assertThat((double) late / due.size()).as("share of open cases past their deadline").isLessThan(0.2);
        assertThat(due).anySatisfy(d -> assertThat(d).isBetween(TODAY, TODAY.plusDays(7)));
        assertThat(due).anySatisfy(d -> assertThat(d).isAfter(TODAY.plusDays(28)));
    }

    @Test
    void everyDemoProfessionalHasAFullName() {
        DemoPlan.PROFESSIONALS.values().stream().flatMap(List::stream).forEach(user ->
                assertThat(DemoPlan.DISPLAY_NAMES.get(user)).as(user).isNotBlank().contains(" "));
    }
}
