package nl.wijkregie.waitinglist.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wijkregie.waitinglist.WaitingDashboard;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of the referral, provider, norm, dashboard and message import endpoints. Codes are enum names. */
public final class WaitingListDtos {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String DOMAIN = "^(JEUGD|WMO|PARTICIPATIE|SCHULDEN)$";
    static final String STEP = "^(NEED_ESTABLISHED|REQUEST_SENT|ALLOCATED|START_OFFERED|CARE_STARTED|CARE_ENDED)$";
    static final String PAUSE_REASON = "^(RESIDENT_WISH|ADMISSION|DIAGNOSTICS_ELSEWHERE|OTHER)$";
    static final String WITHDRAWAL_REASON = "^(NO_LONGER_NEEDED|OTHER_SOLUTION|RESIDENT_DECLINED|MOVED|OTHER)$";

    private WaitingListDtos() {
    }

    @Schema(name = "NewReferralRequest")
    public record NewReferralRequest(
            @NotNull(message = "Kies het gezinslid") @Pattern(regexp = UUID, message = "Gezinslid is een id")
            String memberId,
            @NotNull(message = "Kies het domein") @Pattern(regexp = DOMAIN, message = "Onbekend domein") String domain,
            @NotBlank(message = "Kies de productcategorie") @Size(max = 10, message = "Onbekende productcategorie")
            String productCode,
            @NotNull(message = "Kies de aanbieder") @Pattern(regexp = UUID, message = "Aanbieder is een id")
            String providerId,
            @Pattern(regexp = "^(REGULAR|URGENT)$", message = "Urgentie is REGULAR of URGENT") String urgency,
            @Schema(description = "Default today") LocalDate needEstablishedOn,
            @Schema(description = "The request (315) was sent on; may follow later") LocalDate requestSentOn) {
    }

    @Schema(name = "ReferralStepRequest")
    public record StepRequest(
            @NotNull(message = "Kies de stap") @Pattern(regexp = STEP, message = "Onbekende stap") String step,
            @NotNull(message = "Vul de datum in") LocalDate on) {
    }

    @Schema(name = "ReferralPauseRequest")
    public record PauseRequest(
            @NotNull(message = "Kies de reden") @Pattern(regexp = PAUSE_REASON, message = "Onbekende reden") String reason,
            @Schema(description = "Default today") LocalDate from) {
    }

    @Schema(name = "ReferralResumeRequest")
    public record ResumeRequest(@Schema(description = "Default today") LocalDate on) {
    }

    @Schema(name = "ReferralWithdrawRequest")
    public record WithdrawRequest(
            @NotNull(message = "Kies de reden") @Pattern(regexp = WITHDRAWAL_REASON, message = "Onbekende reden")
            String reason,
            @Schema(description = "Default today") LocalDate on) {
    }

    @Schema(name = "ReferralStep")
    public record StepDto(String step, String message, LocalDate on, String source) {
    }

    @Schema(name = "ReferralPause")
    public record PauseDto(LocalDate from, LocalDate until, String reason) {
    }

    @Schema(name = "ReferralWaitingTime")
    public record WaitingTimeDto(long grossDays, long residentWishDays, long otherPauseDays, long countedDays,
                                 Long allocationToStartDays) {
    }

    @Schema(name = "Referral")
    public record ReferralDto(String id, String caseId, String memberId, String memberName, String domain,
                              String productCode, String productName, String providerId, String providerName,
                              String providerAgbCode, String urgency, String status, List<StepDto> steps,
                              List<PauseDto> pauses, WaitingTimeDto waitingTime, Integer normDays, Long daysLeft,
                              Instant breachedAt, LocalDate withdrawnOn, String withdrawalReason, long version,
                              List<CheckInDto> checkIns) {
    }

    @Schema(name = "Provider")
    public record ProviderDto(String id, String name, String agbCode, boolean active, long version) {
    }

    @Schema(name = "ProviderRequest")
    public record ProviderRequest(
            @NotBlank(message = "Vul de naam in") @Size(max = 200, message = "Hooguit 200 tekens") String name,
            @NotNull(message = "Vul de AGB-code in") @Pattern(regexp = "^[0-9]{8}$", message = "Een AGB-code heeft 8 cijfers")
            String agbCode,
            @Schema(description = "Default true") Boolean active) {
    }

    @Schema(name = "ReferralProduct")
    public record ProductDto(String code, String domain, String name) {
    }

    @Schema(name = "WaitingNorm")
    public record NormDto(String id, String appliesTo, String region, int normDays, int warningDays,
                          int checkInDays, String source, String changedByName, Instant changedAt) {
    }

    @Schema(name = "WaitingNormRequest")
    public record NormRequest(
            @Min(value = 1, message = "Minstens 1 dag") @Max(value = 730, message = "Hooguit 730 dagen") int normDays,
            @Min(value = 0, message = "Niet negatief") @Max(value = 729, message = "Vóór de norm") int warningDays,
            @Min(value = 1, message = "Minstens 1 dag") @Max(value = 365, message = "Hooguit 365 dagen") int checkInDays,
            @NotBlank(message = "Vermeld de bron") @Size(max = 300, message = "Hooguit 300 tekens") String source) {
    }

    @Schema(name = "DashboardCaseload")
    public record CaseloadDto(String professionalId, String professionalName, long openCases, long newThisMonth) {
    }

    @Schema(name = "DashboardCase")
    public record CaseRowDto(String caseId, String householdLabel, LocalDate since, Long daysLeft) {
    }

    @Schema(name = "DashboardOverdue")
    public record OverdueDto(String processKey, String taskKey, String taskName, long count) {
    }

    @Schema(name = "DashboardWaiting")
    public record WaitingDto(String referralId, String caseId, String memberName, String productCode,
                             String productName, String providerName, String urgency, LocalDate since, int normDays,
                             long waitedDays, long daysLeft, boolean paused) {
    }

    @Schema(name = "DashboardWaitingTime", description = "p50/p90 are absent when count < 10 (shown as \"<10\")")
    public record PercentileDto(String productCode, String productName, String wijkCode, String wijkName,
                                String providerId, String providerName, long count, Long p50, Long p90) {
    }

    @Schema(name = "DashboardFlow")
    public record FlowDto(LocalDate week, long inflow, long outflow) {
    }

    @Schema(name = "TeamLeadDashboard")
    public record DashboardDto(LocalDate from, LocalDate to,
                               @Schema(description = "When the counts, caseload, overdue, waitingTimes and flow "
                                       + "were computed: at most a minute ago, unless refresh=true") Instant figuresAt,
                               List<CaseloadDto> caseload, long unassignedCount,
                               @Schema(description = "The longest waiting unassigned cases (at most " + WaitingDashboard.LIST_LIMIT + ")")
                               List<CaseRowDto> unassigned, List<OverdueDto> overdue,
                               @Schema(description = "Urgent and longest waiting first (at most " + WaitingDashboard.LIST_LIMIT + ")")
                               List<WaitingDto> waiting,
                               @Schema(description = "All referrals waiting for care") long waitingCount,
                               int intakeNormDays,
                               @Schema(description = "The longest waiting for a first conversation (at most " + WaitingDashboard.LIST_LIMIT + ")")
                               List<CaseRowDto> awaitingIntake,
                               @Schema(description = "All cases waiting for a first conversation")
                               long awaitingIntakeCount,
                               List<PercentileDto> waitingTimes, List<FlowDto> flow) {
    }

    /** The part of {@link DashboardDto} written for every request: its lists name households (access-logged). */
    public record DashboardListsDto(LocalDate from, LocalDate to, List<CaseRowDto> unassigned, List<WaitingDto> waiting,
                                    int intakeNormDays, List<CaseRowDto> awaitingIntake) {
    }

    /** The part of {@link DashboardDto} written once per computed copy of the figures. */
    public record DashboardFiguresDto(Instant figuresAt, List<CaseloadDto> caseload, long unassignedCount,
                                      List<OverdueDto> overdue, long waitingCount, long awaitingIntakeCount,
                                      List<PercentileDto> waitingTimes, List<FlowDto> flow) {
    }

    @Schema(name = "DashboardWaitingTimeReferral", description = "A referral behind a cell of the waiting-time table")
    public record StartedDto(String referralId, String caseId, String householdLabel, String memberName,
                             String providerName, LocalDate requestSentOn, LocalDate careStartedOn, long waitingDays,
                             int normDays, boolean withinNorm) {
    }

    @Schema(name = "ReferralCheckInRequest")
    public record CheckInRequest(
            @NotNull(message = "Geef aan of de situatie veilig is") Boolean safe,
            @NotNull(message = "Geef aan of overbruggingszorg nodig is") Boolean interimSupportNeeded,
            @Schema(description = "Default today") LocalDate heldOn) {
    }

    @Schema(name = "ReferralCheckIn")
    public record CheckInDto(LocalDate heldOn, boolean safe, boolean interimSupportNeeded, String recordedByName,
                             Instant recordedAt) {
    }

    @Schema(name = "NewWaitingNormRequest")
    public record NewNormRequest(
            @NotBlank(message = "Kies waarvoor de norm geldt") @Size(max = 30, message = "Hooguit 30 tekens")
            String appliesTo,
            @Size(max = 30, message = "Hooguit 30 tekens") @Schema(description = "A wijk code; default \"*\" (every wijk)")
            String region,
            @Min(value = 1, message = "Minstens 1 dag") @Max(value = 730, message = "Hooguit 730 dagen") int normDays,
            @Min(value = 0, message = "Niet negatief") @Max(value = 729, message = "Vóór de norm") int warningDays,
            @Min(value = 1, message = "Minstens 1 dag") @Max(value = 365, message = "Hooguit 365 dagen") int checkInDays,
            @NotBlank(message = "Vermeld de bron") @Size(max = 300, message = "Hooguit 300 tekens") String source) {
    }

    @Schema(name = "ProviderBoardRow", description = "Percentiles absent when fewer than 10 referrals")
    public record BoardDto(String providerId, String providerName, String productCode, String productName,
                           long waiting, Long currentP50, Long startedP50, Long startedP90, long startedCount) {
    }

    @Schema(name = "ReferralMessageImport")
    public record ImportDto(String id, String fileName, Instant startedAt, Instant finishedAt, int rows, int applied,
                            int unchanged, int unmatched, int rejected, int duplicates, List<ImportRowDto> report,
                            @Schema(enumeration = {"RECEIVED", "RUNNING", "DONE", "FAILED"}) String status,
                            @Schema(description = "Data rows in the file; rows counts those done") int rowsTotal,
                            @Schema(description = "Why the import broke off (Dutch), when FAILED") String failure) {
    }

    @Schema(name = "ReferralMessageImportRow")
    public record ImportRowDto(int row, String outcome, String reason) {
    }

    @Schema(name = "ReferralMessage")
    public record MessageDto(String id, String importId, int row, String kind,
                             @Schema(description = "Masked: only the last three digits, e.g. ******789") String bsn,
                             String productCode, String productName, String agbCode, LocalDate on, String status,
                             String reason, Instant receivedAt) {
    }

    @Schema(name = "ReferralMessagePage")
    public record MessagePageDto(List<MessageDto> items, long total, int page, int size) {
    }
}
