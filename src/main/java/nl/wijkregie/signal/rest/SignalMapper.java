package nl.wijkregie.signal.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.signal.PartnerSignalStatus;
import nl.wijkregie.signal.SignalBatches;
import nl.wijkregie.signal.SignalCaseDetails;
import nl.wijkregie.signal.SignalInboxItem;
import nl.wijkregie.signal.domain.ContactAttempt;
import nl.wijkregie.signal.domain.Signal;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.domain.TriageDecision;
import nl.wijkregie.signal.rest.SignalDtos.ContactAttemptDto;
import nl.wijkregie.signal.rest.SignalDtos.InboxItemDto;
import nl.wijkregie.signal.rest.SignalDtos.MatchCandidateDto;
import nl.wijkregie.signal.rest.SignalDtos.PartnerSignalStatusDto;
import nl.wijkregie.signal.rest.SignalDtos.RejectionDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalBatchDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalCaseDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalDto;
import nl.wijkregie.signal.rest.SignalDtos.TriageDecisionDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain ↔ JSON for early signalling. */
@Mapper
public interface SignalMapper {

    Jsonb JSON = JsonbBuilder.create();

    @Mapping(target = "id", source = "signalCase.id")
    @Mapping(target = "version", source = "signalCase.version")
    @Mapping(target = "status", source = "signalCase.status")
    @Mapping(target = "priority", source = "signalCase.priority")
    @Mapping(target = "deadlineKind", source = "signalCase.deadlineKind")
    @Mapping(target = "contactDeadline", source = "signalCase.contactDeadline")
    @Mapping(target = "overdue", expression = "java(details.workingDaysLeft() != null && details.workingDaysLeft() < 0"
            + " && details.signalCase().getStatus() == nl.wijkregie.signal.domain.SignalCaseStatus.OPEN)")
    @Mapping(target = "escalatedAt", source = "signalCase.escalatedAt")
    @Mapping(target = "matchStatus", source = "matchStatus")
    @Mapping(target = "teamId", source = "signalCase.teamId")
    @Mapping(target = "wijkCode", source = "signalCase.wijkCode")
    @Mapping(target = "addressKey", source = "signalCase.addressKey")
    @Mapping(target = "householdId", source = "signalCase.householdId")
    @Mapping(target = "caseFileId", source = "signalCase.caseFileId")
    @Mapping(target = "regisseurId", source = "signalCase.regisseurId")
    @Mapping(target = "previousCaseId", source = "signalCase.previousCaseId")
    @Mapping(target = "openedAt", source = "signalCase.openedAt")
    @Mapping(target = "pickedUpOn", source = "signalCase.pickedUpOn")
    @Mapping(target = "endResult", source = "signalCase.endResult")
    @Mapping(target = "endResultLabel", expression = "java(details.signalCase().getEndResult() == null ? null"
            + " : details.signalCase().getEndResult().ddas())")
    @Mapping(target = "helpAccepted", source = "signalCase.helpAccepted")
    @Mapping(target = "closedAt", source = "signalCase.closedAt")
    @Mapping(target = "closedBy", source = "signalCase.closedBy")
    @Mapping(target = "creditors", expression = "java(details.signalCase().creditors())")
    @Mapping(target = "signals", source = "signalCase.signals")
    @Mapping(target = "decisions", source = "signalCase.decisions")
    @Mapping(target = "attempts", source = "signalCase.attempts")
    @Mapping(target = "candidates", expression = "java(candidates(details))")
    SignalCaseDto toDto(SignalCaseDetails details);

    @Mapping(target = "partnerTypeLabel", expression = "java(signal.getPartnerType().ddas())")
    SignalDto toDto(Signal signal);

    @Mapping(target = "inputs", expression = "java(inputs(decision.getInputs()))")
    TriageDecisionDto toDto(TriageDecision decision);

    ContactAttemptDto toDto(ContactAttempt attempt);

    InboxItemDto toDto(SignalInboxItem item);

    PartnerSignalStatusDto toDto(PartnerSignalStatus status);

    /** The API's (Dutch) values of a partner's status, unchanged since the enum was named in English. */
    default String partnerStatus(PartnerSignalStatus.Status status) {
        return switch (status) {
            case PICKED_UP -> "OPGEPAKT";
            case NOT_PICKED_UP -> "NIET_OPGEPAKT";
        };
    }

    SignalBatchDto toDto(SignalBatch batch);

    RejectionDto toDto(SignalBatches.Rejection rejection);

    List<InboxItemDto> toInboxDtos(List<SignalInboxItem> items);

    default List<MatchCandidateDto> candidates(SignalCaseDetails details) {
        return details.candidates().stream()
                .map(c -> new MatchCandidateDto(c.householdId().toString(),
                        details.candidateLabels().get(c.householdId()), c.reason()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    default Map<String, Object> inputs(String json) {
        return json == null ? Map.of() : JSON.fromJson(json, HashMap.class);
    }

    default String map(UUID id) {
        return id == null ? null : id.toString();
    }
}
