package nl.wijkregie.casefile.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.casefile.CaseFileDetails;
import nl.wijkregie.casefile.CaseSummary;
import nl.wijkregie.casefile.domain.CaseStatus;
import nl.wijkregie.casefile.domain.Consent;
import nl.wijkregie.casefile.domain.DomainAssignment;
import nl.wijkregie.casefile.domain.JournalEntry;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.casefile.rest.CaseDtos.CaseDto;
import nl.wijkregie.casefile.rest.CaseDtos.CaseHouseholdDto;
import nl.wijkregie.casefile.rest.CaseDtos.CaseMemberDto;
import nl.wijkregie.casefile.rest.CaseDtos.CaseSummaryDto;
import nl.wijkregie.casefile.rest.CaseDtos.ConsentDto;
import nl.wijkregie.casefile.rest.CaseDtos.DomainDto;
import nl.wijkregie.casefile.rest.CaseDtos.JournalEntryDto;
import nl.wijkregie.casefile.rest.CaseDtos.PersonDto;
import nl.wijkregie.casefile.rest.CaseDtos.SignalCaseLinkDto;
import nl.wijkregie.casefile.rest.CaseDtos.TransitionOptionDto;
import nl.wijkregie.casefile.rest.CaseDtos.TimelineEventDto;
import nl.wijkregie.household.HouseholdView;
import java.util.LinkedHashSet;
import nl.wijkregie.casefile.domain.CareDomain;
import nl.wijkregie.casefile.domain.CaseFile;
import nl.wijkregie.casefile.domain.ClosingReason;
import nl.wijkregie.casefile.domain.DomainInvolvement;
import org.mapstruct.Context;
import org.mapstruct.IterableMapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueMappingStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Domain ↔ JSON for case files, both ways. Team names come from the caller, who knows the user's teams; rules (overdue,
 * a consent's standing) stay in the domain and are only called here by name.
 */
@Mapper
public interface CaseMapper {

    @Mapping(target = "id", source = "details.caseFile.id")
    @Mapping(target = "version", source = "details.caseFile.version")
    @Mapping(target = "householdId", source = "details.caseFile.householdId")
    @Mapping(target = "teamId", source = "details.caseFile.teamId")
    @Mapping(target = "teamName", source = "details.caseFile.teamId", qualifiedByName = "teamName")
    @Mapping(target = "status", source = "details.caseFile.status")
    @Mapping(target = "allowedTransitions", source = "details.caseFile.allowedTransitions")
    @Mapping(target = "regisseurId", source = "details.caseFile.regisseurId")
    @Mapping(target = "involvedProfessionals", source = "details.caseFile.involvedProfessionals")
    @Mapping(target = "domains", source = "details.caseFile.domains")
    @Mapping(target = "openedAt", source = "details.caseFile.openedAt")
    @Mapping(target = "openedBy", source = "details.caseFile.openedBy")
    @Mapping(target = "statusChangedAt", source = "details.caseFile.statusChangedAt")
    @Mapping(target = "dueOn", source = "details.caseFile.dueOn")
    @Mapping(target = "closedAt", source = "details.caseFile.closedAt")
    @Mapping(target = "closingReason", source = "details.caseFile.closingReason")
    @Mapping(target = "outcomeSummary", source = "details.caseFile.outcomeSummary")
    @Mapping(target = "caseNumber", source = "details.caseFile.caseNumber")
    @Mapping(target = "statusReason", source = "details.caseFile.statusReason")
    @Mapping(target = "transitions", source = "details.transitions")
    @Mapping(target = "signalCases", source = "details.signalCases")
    @Mapping(target = "regisseur", source = "details", qualifiedByName = "regisseur")
    @Mapping(target = "involved", source = "details", qualifiedByName = "involved")
    CaseDto toDto(CaseFileDetails details, @Context Map<UUID, String> teamNames);

    @Named("regisseur")
    default PersonDto regisseur(CaseFileDetails details) {
        return person(details.caseFile().getRegisseurId(), details.names());
    }

    @Named("involved")
    default List<PersonDto> involved(CaseFileDetails details) {
        return people(details.caseFile().getInvolvedProfessionals(), details.names());
    }

    TransitionOptionDto toDto(CaseFileDetails.TransitionOption option);

    SignalCaseLinkDto toDto(CaseFileDetails.SignalCaseLink link);

    /** A professional by display name; the login name only as a key. */
    default PersonDto person(String userId, Map<String, String> names) {
        return userId == null ? null : new PersonDto(userId, names.get(userId));
    }

    default List<PersonDto> people(java.util.Collection<String> userIds, Map<String, String> names) {
        return userIds.stream().sorted().map(id -> person(id, names)).toList();
    }

    CaseHouseholdDto toDto(HouseholdView household);

    CaseMemberDto toDto(HouseholdView.MemberView member);

    DomainDto toDto(DomainAssignment assignment);

    @Mapping(target = "teamName", source = "teamId", qualifiedByName = "teamName")
    CaseSummaryDto toDto(CaseSummary summary, @Context Map<UUID, String> teamNames);

    @Mapping(target = "authorName", source = "authorId", qualifiedByName = "displayName")
    JournalEntryDto toDto(JournalEntry entry, @Context Map<String, String> names);

    @Mapping(target = "actorName", source = "actorId", qualifiedByName = "displayName")
    TimelineEventDto toDto(TimelineEvent event, @Context Map<String, String> names);

    /** A login name → the display name the caller looked up ({@code names}); screens never show login names. */
    @Named("displayName")
    default String displayName(String userId, @Context Map<String, String> names) {
        return userId == null ? null : names.get(userId);
    }

    @Mapping(target = "standing", source = "consent", qualifiedByName = "standingToday")
    ConsentDto toDto(Consent consent, @Context LocalDate today);

    /** The consent's standing on the caller's today: the rule is Consent's, the Dutch value the API's. */
    @Named("standingToday")
    default String standingToday(Consent consent, @Context LocalDate today) {
        return standing(consent.standingOn(today));
    }

    @Named("teamName")
    default String teamName(UUID teamId, @Context Map<UUID, String> teamNames) {
        return teamNames.get(teamId);
    }

    /** The API's (Dutch) values of a consent's standing, unchanged since the enum was named in English. */
    default String standing(Consent.Standing standing) {
        return switch (standing) {
            case VALID -> "GELDIG";
            case EXPIRED -> "VERLOPEN";
            case WITHDRAWN -> "INGETROKKEN";
            case OBJECTED -> "BEZWAAR";
        };
    }

    /** A case as the reassignment answers it: its summary without household details, never counted overdue. */
    @Mapping(target = "householdName", ignore = true)
    @Mapping(target = "wijkCode", ignore = true)
    @Mapping(target = "overdue", constant = "false")
    @Mapping(target = "teamName", source = "teamId", qualifiedByName = "teamName")
    @Mapping(target = "domains", source = "domains", qualifiedByName = "distinctDomains")
    @Mapping(target = "regisseurName", ignore = true)
    CaseSummaryDto toSummaryDto(CaseFile caseFile, @Context Map<UUID, String> teamNames);

    @Named("distinctDomains")
    default List<String> distinctDomains(List<DomainAssignment> assignments) {
        return assignments.stream().map(d -> d.getDomain().name()).distinct().toList();
    }

    // Requests → domain inputs. The services take their inputs one by one; these turn the validated JSON into them.

    List<DomainInvolvement> toInvolvements(List<DomainDto> domains);

    DomainInvolvement toInvolvement(DomainDto domain);

    CaseStatus toStatus(String status);

    ClosingReason toClosingReason(String reason);

    CareDomain toCareDomain(String domain);

    Consent.Decision toDecision(String decision);

    Consent.RecipientKind toRecipientKind(String kind);

    default UUID toId(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    List<UUID> toIds(List<String> ids);

    /** The members a note is about, in the order given; none when left out. */
    @IterableMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    LinkedHashSet<UUID> toMemberIds(List<String> ids);

    /** The professionals named besides the regisseur; none when left out. */
    @IterableMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    List<String> toUserIds(List<String> userIds);

    /** Confidential, interpreter needed and the like hold only when the request says so. */
    default boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    default List<String> sortedStatuses(java.util.Set<CaseStatus> statuses) {
        return statuses.stream().sorted().map(Enum::name).toList();
    }

    default List<String> sortedTexts(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }

    default List<String> sortedIds(java.util.Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }

    default String toText(UUID id) {
        return id == null ? null : id.toString();
    }
}
