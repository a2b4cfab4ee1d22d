package nl.wijkregie.waitinglist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.waitinglist.DashboardFigures;
import nl.wijkregie.waitinglist.WaitingDashboard;
import nl.wijkregie.waitinglist.WaitingDashboard.CaseRow;
import nl.wijkregie.waitinglist.WaitingDashboard.CaseloadRow;
import nl.wijkregie.waitinglist.WaitingDashboard.FlowRow;
import nl.wijkregie.waitinglist.WaitingDashboard.PercentileRow;
import nl.wijkregie.waitinglist.WaitingDashboard.WaitingRow;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.DashboardDto;
import nl.wijkregie.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class DashboardJsonTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final UUID PROVIDER = UUID.fromString("0190a3b4-0000-7000-8000-000000000001");
    private static final UUID CASE = UUID.fromString("0190a3b4-0000-7000-8000-000000000002");
    private static final UUID REFERRAL = UUID.fromString("0190a3b4-0000-7000-8000-000000000003");
    private static final Instant COMPUTED = Instant.parse("2026-11-30T10:15:30.123456Z");

    private final DashboardJson json = new DashboardJson();

    {
        json.mapper = Mappers.getMapper(WaitingListMapper.class);
    }

    @Test
    void theJoinedJsonIsTheWholeDashboardAsTheContractDescribesIt() {
        DashboardFigures.Dated figures = figures(12);
        WaitingDashboard.Dashboard dashboard = dashboard(figures, "Familie Yilmaz, Dorpsstraat 1");

        DashboardDto read = JSON.fromJson(json.of(dashboard), DashboardDto.class);

        assertThat(read.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(read.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(read.figuresAt()).isEqualTo(COMPUTED);
        assertThat(read.caseload()).extracting(WaitingListDtos.CaseloadDto::professionalName)
                .containsExactly("Fatima el Amrani");
        assertThat(read.unassignedCount()).isEqualTo(19);
        assertThat(read.unassigned()).extracting(WaitingListDtos.CaseRowDto::householdLabel)
                .containsExactly("Familie Yilmaz, Dorpsstraat 1");
        assertThat(read.overdue()).extracting(WaitingListDtos.OverdueDto::count).containsExactly(3L);
        assertThat(read.waiting()).extracting(WaitingListDtos.WaitingDto::providerName).containsExactly("De Brug");
        assertThat(read.waitingCount()).isEqualTo(7);
        assertThat(read.intakeNormDays()).isEqualTo(14);
        assertThat(read.awaitingIntake()).extracting(WaitingListDtos.CaseRowDto::daysLeft).containsExactly(4L);
        assertThat(read.awaitingIntakeCount()).isEqualTo(2);
        assertThat(read.waitingTimes()).extracting(WaitingListDtos.PercentileDto::count).containsExactly(12L, 4L);
        assertThat(read.waitingTimes().get(1).p50()).isNull();
        assertThat(read.flow()).extracting(WaitingListDtos.FlowDto::inflow).containsExactly(5L);
    }

    @Test
    void theFiguresAreWrittenOncePerCopyAndTheListsForEveryRequest() {
        DashboardFigures.Dated copy = figures(12);

        String first = json.of(dashboard(copy, "Familie Yilmaz, Dorpsstraat 1"));
        String second = json.of(dashboard(copy, "Familie de Vries, Kerkweg 3"));
        String recomputed = json.of(dashboard(figures(40), "Familie de Vries, Kerkweg 3"));

        assertThat(first).contains("Familie Yilmaz").doesNotContain("Familie de Vries");
        assertThat(second).contains("Familie de Vries").doesNotContain("Familie Yilmaz");
        assertThat(JSON.fromJson(second, DashboardDto.class).waitingTimes().get(0).count()).isEqualTo(12);
        assertThat(JSON.fromJson(recomputed, DashboardDto.class).waitingTimes().get(0).count()).isEqualTo(40);
    }

    private static DashboardFigures.Dated figures(long count) {
        return new DashboardFigures.Dated(new DashboardFigures.Figures(
                List.of(new CaseloadRow("fatima", "Fatima el Amrani", 23, 4)), 19, 2, 7,
                List.of(new Workflow.OverdueCount("verwijzing", "teamLeadNormBreached", "Wachtnorm overschreden", 3)),
                List.of(new PercentileRow("45A48", "Jeugd-GGZ", "WK047901", "Centrum", PROVIDER, "De Brug", count, 30L,
                                61L),
                        new PercentileRow("45A48", "Jeugd-GGZ", null, null, null, null, 4, null, null)),
                List.of(new FlowRow(LocalDate.of(2026, 11, 23), 5, 2))), COMPUTED);
    }

    private static WaitingDashboard.Dashboard dashboard(DashboardFigures.Dated figures, String label) {
        return new WaitingDashboard.Dashboard(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), figures,
                List.of(new CaseRow(CASE, label, LocalDate.of(2026, 11, 2), null)),
                List.of(new WaitingRow(REFERRAL, CASE, "Ayla Yilmaz", "45A48", "Jeugd-GGZ", "De Brug", "REGULAR",
                        LocalDate.of(2026, 10, 1), 42, 60, -18, false)),
                14, List.of(new CaseRow(CASE, label, LocalDate.of(2026, 11, 20), 4L)));
    }
}
