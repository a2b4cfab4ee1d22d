package nl.wijkregie.plan.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.plan.PlanService;
import nl.wijkregie.plan.PlanView;
import nl.wijkregie.plan.domain.Action;
import nl.wijkregie.plan.domain.ActionStatus;
import nl.wijkregie.plan.domain.Agreement;
import nl.wijkregie.plan.domain.Goal;
import nl.wijkregie.plan.domain.GoalEvaluation;
import nl.wijkregie.plan.domain.PersonKind;
import nl.wijkregie.plan.domain.Plan;
import nl.wijkregie.plan.domain.PlanEvaluation;
import nl.wijkregie.plan.domain.PlanPerson;
import nl.wijkregie.plan.domain.PlanVersion;
import nl.wijkregie.plan.domain.VersionChange;
import nl.wijkregie.plan.rest.PlanDtos.ActionDto;
import nl.wijkregie.plan.rest.PlanDtos.ActionRequest;
import nl.wijkregie.plan.rest.PlanDtos.AgreementDto;
import nl.wijkregie.plan.rest.PlanDtos.ChangeDto;
import nl.wijkregie.plan.rest.PlanDtos.EvaluationDto;
import nl.wijkregie.plan.rest.PlanDtos.GoalDto;
import nl.wijkregie.plan.rest.PlanDtos.GoalRequest;
import nl.wijkregie.plan.rest.PlanDtos.GoalResultDto;
import nl.wijkregie.plan.rest.PlanDtos.PersonDto;
import nl.wijkregie.plan.rest.PlanDtos.PersonRequest;
import nl.wijkregie.plan.rest.PlanDtos.PlanDto;
import nl.wijkregie.plan.rest.PlanDtos.VersionDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Domain ↔ JSON for the plan. People are shown by name (members by their name, professionals by display name,
 * never a login name): the view carries the names, the mapper only looks them up.
 */
@Mapper
public interface PlanMapper {

    GoalDto toDto(Goal goal);

    ChangeDto toDto(VersionChange change);

    @Mapping(target = "key", source = "goalKey")
    GoalResultDto toDto(GoalEvaluation result);

    default PlanDto toDto(PlanView view, UUID caseId) {
        Plan plan = view.plan();
        Map<UUID, String> members = view.members().stream()
                .collect(Collectors.toMap(PlanView.Member::id, PlanView.Member::name));
        List<VersionDto> versions = new ArrayList<>();
        PlanVersion previous = null;
        for (PlanVersion version : plan == null ? List.<PlanVersion>of() : plan.getVersions()) {
            versions.add(toDto(version, previous, members, view.professionalNames()));
            previous = version;
        }
        List<EvaluationDto> evaluations = plan == null ? List.of() : plan.getEvaluations().stream()
                .map(e -> toDto(e, view.professionalNames())).toList();
        return new PlanDto(caseId.toString(), plan == null ? "NOT_STARTED" : plan.getPhase().name(),
                plan == null ? 0 : plan.getVersion(), view.offerRequired(),
                plan == null || plan.getFamilyGroupOffer() == null ? null : plan.getFamilyGroupOffer().name(),
                plan == null ? null : plan.getOfferRecordedAt(), plan == null ? null : plan.getNextEvaluationOn(),
                plan == null ? null : plan.getEscalatedAt(), view.today(), view.defaultNextEvaluationOn(),
                view.caseOpen(), plan == null ? null : plan.current().map(PlanVersion::getNumber).orElse(null),
                versions, evaluations,
                view.members().stream().map(m -> new PlanDtos.MemberDto(m.id().toString(), m.name(),
                        m.dateOfBirth(), m.asked())).toList(),
                view.teamMembers().stream().map(u -> new PlanDtos.ProfessionalDto(u,
                        view.professionalNames().getOrDefault(u, "Naam onbekend"))).toList());
    }

    default VersionDto toDto(PlanVersion version, PlanVersion previous, Map<UUID, String> members,
                             Map<String, String> names) {
        return new VersionDto(version.getNumber(), version.isEstablished(), version.getEstablishedAt(),
                names.get(version.getWrittenBy()), version.getWrittenAt(), version.getStrengths(),
                version.getConcerns(), toDto(version.getRegisseur(), members, names), version.getNextEvaluationOn(),
                version.getGoals().stream().map(this::toDto).toList(),
                version.getActions().stream().map(a -> toDto(a, members, names)).toList(),
                version.getAgreements().stream().map(a -> toDto(a, names)).toList(),
                version.changesSince(previous).stream().map(this::toDto).toList());
    }

    default ActionDto toDto(Action action, Map<UUID, String> members, Map<String, String> names) {
        return new ActionDto(action.getKey().toString(), action.getText(),
                toDto(action.getCarrier(), members, names), action.getDueOn(), action.getStatus().name());
    }

    default AgreementDto toDto(Agreement agreement, Map<String, String> names) {
        return new AgreementDto(agreement.getMemberId().toString(), agreement.isAgrees(), agreement.getAnsweredOn(),
                agreement.getChannel().name(), agreement.getStatement(), names.get(agreement.getRecordedBy()),
                agreement.getRecordedAt());
    }

    default EvaluationDto toDto(PlanEvaluation evaluation, Map<String, String> names) {
        return new EvaluationDto(evaluation.getCycle(), evaluation.getVersionNumber(), evaluation.getEvaluatedOn(),
                evaluation.isWithoutHelp(), evaluation.isProblemsReduced(), evaluation.isGoalsReached(),
                evaluation.getDecision().name(), evaluation.getNextEvaluationOn(),
                evaluation.getGoals().stream().map(this::toDto).toList(), names.get(evaluation.getRecordedBy()));
    }

    default PersonDto toDto(PlanPerson person, Map<UUID, String> members, Map<String, String> names) {
        if (person == null) {
            return null;
        }
        String label = switch (person.getKind()) {
            case MEMBER -> members.getOrDefault(person.getMemberId(), "Lid van het huishouden");
            case PROFESSIONAL -> names.getOrDefault(person.getUserId(), "Naam onbekend");
            case NETWORK -> person.getName() + " (" + person.getRelation() + ")";
            case PROVIDER -> person.getName();
        };
        return new PersonDto(person.getKind().name(), person.getMemberId() == null ? null
                : person.getMemberId().toString(), person.getUserId(), person.getName(), person.getRelation(), label);
    }

    // Requests → service inputs.

    default PlanService.PersonInput toInput(PersonRequest person) {
        return person == null ? null : new PlanService.PersonInput(PersonKind.valueOf(person.kind()),
                toId(person.memberId()), person.userId(), person.name(), person.relation());
    }

    default PlanService.GoalInput toInput(GoalRequest goal) {
        return new PlanService.GoalInput(toId(goal.key()), goal.text(), goal.domain(), toId(goal.memberId()),
                goal.targetScore(), goal.targetDate());
    }

    default PlanService.ActionInput toInput(ActionRequest action) {
        return new PlanService.ActionInput(toId(action.key()), action.text(), toInput(action.carrier()),
                action.dueOn(), action.status() == null ? null : ActionStatus.valueOf(action.status()));
    }

    default UUID toId(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
