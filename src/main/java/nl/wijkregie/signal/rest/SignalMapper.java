package nl.wijkregie.signal.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.shared.rest.DecisionInputsJson;
import nl.wijkregie.shared.Postcode;
import nl.wijkregie.signal.PartnerSignalStatus;
import nl.wijkregie.signal.batch.SignalBatches;
import nl.wijkregie.signal.SignalCaseDetails;
import nl.wijkregie.signal.SignalInboxItem;
import nl.wijkregie.signal.SignalInboxPage;
import nl.wijkregie.signal.domain.SignalCaseNote;
import nl.wijkregie.signal.rest.SignalDtos.InboxPageDto;
import nl.wijkregie.signal.rest.SignalDtos.NoteDto;
import nl.wijkregie.signal.domain.ContactAttempt;
import nl.wijkregie.signal.domain.ContactKind;
import nl.wijkregie.signal.domain.EndResult;
import nl.wijkregie.signal.domain.PartOfDay;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.Signal;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.domain.TriageDecision;
import nl.wijkregie.signal.rest.SignalDtos.ContactAttemptDto;
import nl.wijkregie.signal.rest.SignalDtos.EndResultOptionDto;
import nl.wijkregie.signal.rest.SignalDtos.InboxItemDto;
import nl.wijkregie.signal.rest.SignalDtos.MatchCandidateDto;
import nl.wijkregie.signal.rest.SignalDtos.PartnerSignalStatusDto;
import nl.wijkregie.signal.rest.SignalDtos.RejectionDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalBatchDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalCaseDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalRequest;
import nl.wijkregie.signal.rest.SignalDtos.TriageDecisionDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Domain ↔ JSON for early signalling, both ways. Rules (overdue, creditors, triage) stay in the domain and the service's
 * read model; this only calls them by name and converts formats.
 */
@Mapper
public interface SignalMapper {

    @Mapping(target = "id", source = "signalCase.id")
    @Mapping(target = "version", source = "signalCase.version")
    @Mapping(target = "status", source = "signalCase.status")
    @Mapping(target = "priority", source = "signalCase.priority")
    @Mapping(target = "deadlineKind", source = "signalCase.deadlineKind")
    @Mapping(target = "contactDeadline", source = "signalCase.contactDeadline")
    @Mapping(target = "overdue", source = "overdue")
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
    @Mapping(target = "endResultLabel", source = "signalCase.endResult", qualifiedByName = "endResultLabel")
    @Mapping(target = "helpAccepted", source = "signalCase.helpAccepted")
    @Mapping(target = "closedAt", source = "signalCase.closedAt")
    @Mapping(target = "closedBy", source = "signalCase.closedBy")
    @Mapping(target = "creditors", source = "signalCase", qualifiedByName = "creditors")
    @Mapping(target = "signals", source = "signalCase.signals")
    @Mapping(target = "decisions", source = "signalCase.decisions")
    @Mapping(target = "attempts", source = "signalCase.attempts")
    @Mapping(target = "candidates", source = "details", qualifiedByName = "candidates")
    @Mapping(target = "assignedTo", source = "signalCase.assignedTo")
    @Mapping(target = "notes", source = "signalCase.notes")
    SignalCaseDto toDto(SignalCaseDetails details);

    NoteDto toDto(SignalCaseNote note);

    InboxPageDto toDto(SignalInboxPage page);

    @Mapping(target = "partnerTypeLabel", source = "partnerType", qualifiedByName = "partnerTypeLabel")
    SignalDto toDto(Signal signal);

    @Mapping(target = "inputs", source = "inputs", qualifiedByName = "triageInputs")
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

    @Mapping(target = "code", source = "result")
    @Mapping(target = "label", source = "result", qualifiedByName = "endResultLabel")
    @Mapping(target = "helpAccepted", source = "result", qualifiedByName = "helpAccepted")
    EndResultOptionDto toOption(EndResult result);

    List<EndResultOptionDto> toOptions(List<EndResult> results);

    // Requests → domain inputs: the report as intake takes it, with blanks as absent and the postcode compact.

    @Mapping(target = "partnerOrganisation", qualifiedByName = "blankToNull")
    @Mapping(target = "partnerReference", qualifiedByName = "trimmed")
    @Mapping(target = "initials", qualifiedByName = "blankToNull")
    @Mapping(target = "firstName", qualifiedByName = "blankToNull")
    @Mapping(target = "surnamePrefix", qualifiedByName = "blankToNull")
    @Mapping(target = "surname", qualifiedByName = "trimmed")
    @Mapping(target = "street", qualifiedByName = "trimmed")
    @Mapping(target = "houseNumberAddition", qualifiedByName = "blankToNull")
    @Mapping(target = "postcode", qualifiedByName = "compactPostcode")
    @Mapping(target = "town", qualifiedByName = "trimmed")
    @Mapping(target = "phone", qualifiedByName = "blankToNull")
    @Mapping(target = "email", qualifiedByName = "blankToNull")
    @Mapping(target = "threat", defaultValue = "GEEN")
    SignalReport toReport(SignalRequest request);

    ContactKind toContactKind(String kind);

    PartOfDay toPartOfDay(String partOfDay);

    EndResult toEndResult(String result);

    default UUID toId(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    @Named("blankToNull")
    default String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Named("trimmed")
    default String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** "1502 ab" → "1502AB", the form addresses are keyed on. */
    @Named("compactPostcode")
    default String compactPostcode(String postcode) {
        return Postcode.normalise(postcode);
    }

    @Named("helpAccepted")
    default boolean helpAccepted(EndResult result) {
        return result.helpAccepted();
    }

    @Named("endResultLabel")
    default String endResultLabel(EndResult result) {
        return result == null ? null : result.ddas();
    }

    @Named("partnerTypeLabel")
    default String partnerTypeLabel(PartnerType type) {
        return type == null ? null : type.ddas();
    }

    @Named("creditors")
    default List<String> creditors(SignalCase signalCase) {
        return signalCase.creditors();
    }

    @Named("candidates")
    default List<MatchCandidateDto> candidates(SignalCaseDetails details) {
        return details.candidates().stream()
                .map(c -> new MatchCandidateDto(c.householdId().toString(),
                        details.candidateLabels().get(c.householdId()), c.reason()))
                .toList();
    }

    /** The stored inputs of the decision, as plain values (shared with every "waarom"). */
    @Named("triageInputs")
    default Map<String, Object> triageInputs(String json) {
        return DecisionInputsJson.asPlainValues(json);
    }

    default String map(UUID id) {
        return id == null ? null : id.toString();
    }
}
