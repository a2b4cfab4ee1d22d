package nl.wijkregie.waitinglist.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.waitinglist.DashboardFigures;
import nl.wijkregie.waitinglist.ReferralView;
import nl.wijkregie.waitinglist.WaitingDashboard;
import nl.wijkregie.waitinglist.domain.ImportRowOutcome;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.NewReferral;
import nl.wijkregie.waitinglist.domain.ProductCatalogue;
import nl.wijkregie.waitinglist.domain.Provider;
import nl.wijkregie.waitinglist.domain.Referral;
import nl.wijkregie.waitinglist.domain.ReferralDomain;
import nl.wijkregie.waitinglist.domain.ReferralMessage;
import nl.wijkregie.waitinglist.domain.Step;
import nl.wijkregie.waitinglist.domain.Urgency;
import nl.wijkregie.waitinglist.domain.WaitingNorm;
import nl.wijkregie.waitinglist.domain.WaitingTime;
import nl.wijkregie.workflow.Workflow;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Referrals, providers, norms, the dashboard and imports ↔ JSON. */
@Mapper
public interface WaitingListMapper {

    default NewReferral toNewReferral(WaitingListDtos.NewReferralRequest request) {
        return new NewReferral(UUID.fromString(request.memberId()), ReferralDomain.valueOf(request.domain()),
                request.productCode().strip(), UUID.fromString(request.providerId()),
                request.urgency() == null ? Urgency.REGULAR : Urgency.valueOf(request.urgency()),
                request.needEstablishedOn(), request.requestSentOn());
    }

    default WaitingListDtos.ReferralDto toDto(ReferralView view) {
        Referral r = view.referral();
        List<WaitingListDtos.StepDto> steps = Arrays.stream(Step.values())
                .map(step -> new WaitingListDtos.StepDto(step.name(), step.message(), r.dateOf(step),
                        r.sourceOf(step) == null ? null : r.sourceOf(step).name())).toList();
        List<WaitingListDtos.PauseDto> pauses = r.getPauses().stream()
                .map(p -> new WaitingListDtos.PauseDto(p.getFrom(), p.getUntil(), p.getReason().name())).toList();
        Provider provider = view.provider();
        return new WaitingListDtos.ReferralDto(r.getId().toString(), r.getCaseId().toString(),
                r.getMemberId().toString(), view.memberName(), r.getDomain().name(), r.getProductCode(),
                view.productName(), r.getProviderId().toString(), provider == null ? null : provider.getName(),
                provider == null ? null : provider.getAgbCode(), r.getUrgency().name(), view.status().name(), steps,
                pauses, toDto(view.waitingTime()), r.getNormDays(), view.daysLeft(), r.getBreachedAt(),
                r.getWithdrawnOn(), r.getWithdrawalReason() == null ? null : r.getWithdrawalReason().name(),
                r.getVersion(), view.checkIns().stream().map(this::toDto).toList());
    }

    WaitingListDtos.CheckInDto toDto(ReferralView.CheckIn checkIn);

    WaitingListDtos.StartedDto toDto(WaitingDashboard.StartedRow row);

    WaitingListDtos.WaitingTimeDto toDto(WaitingTime waitingTime);

    default WaitingListDtos.ProviderDto toDto(Provider provider) {
        return new WaitingListDtos.ProviderDto(provider.getId().toString(), provider.getName(),
                provider.getAgbCode(), provider.isActive(), provider.getVersion());
    }

    WaitingListDtos.ProductDto toDto(ProductCatalogue.Product product);

    /** {@code editors}: login name → display name of who last changed a norm. */
    default WaitingListDtos.NormDto toDto(WaitingNorm norm, java.util.Map<String, String> editors) {
        return new WaitingListDtos.NormDto(norm.getId().toString(), norm.getAppliesTo(), norm.getRegion(),
                norm.getNormDays(), norm.getWarningDays(), norm.getCheckInDays(), norm.getSource(),
                norm.getChangedBy() == null ? null : editors.getOrDefault(norm.getChangedBy(), "Onbekend"),
                norm.getChangedAt());
    }

    WaitingListDtos.DashboardListsDto toListsDto(WaitingDashboard.Dashboard dashboard);

    @Mapping(target = "figuresAt", source = "figuresAt")
    WaitingListDtos.DashboardFiguresDto toDto(DashboardFigures.Figures figures, Instant figuresAt);

    WaitingListDtos.CaseloadDto toDto(WaitingDashboard.CaseloadRow row);

    WaitingListDtos.CaseRowDto toDto(WaitingDashboard.CaseRow row);

    WaitingListDtos.OverdueDto toDto(Workflow.OverdueCount row);

    WaitingListDtos.WaitingDto toDto(WaitingDashboard.WaitingRow row);

    WaitingListDtos.PercentileDto toDto(WaitingDashboard.PercentileRow row);

    WaitingListDtos.FlowDto toDto(WaitingDashboard.FlowRow row);

    WaitingListDtos.BoardDto toDto(WaitingDashboard.BoardRow row);

    default WaitingListDtos.ImportDto toDto(MessageImport run, List<ImportRowOutcome> report) {
        return new WaitingListDtos.ImportDto(run.getId().toString(), run.getFileName(), run.getStartedAt(),
                run.getFinishedAt(), run.getRows(), run.getApplied(), run.getUnchanged(), run.getUnmatched(),
                run.getRejected(), run.getDuplicates(), report.stream().map(this::toDto).toList(),
                run.getStatus().name(), run.getRowsTotal(), run.getFailure());
    }

    @Mapping(target = "row", source = "rowNumber")
    WaitingListDtos.ImportRowDto toDto(ImportRowOutcome row);

    @Mapping(target = "row", source = "rowNumber")
    @Mapping(target = "bsn", source = "maskedBsn")
    WaitingListDtos.MessageDto toDto(ReferralMessage message);

    default String map(UUID id) {
        return id == null ? null : id.toString();
    }
}
