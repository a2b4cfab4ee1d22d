package nl.wijkregie.basics.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.basics.BasicsRecheck;
import nl.wijkregie.basics.BasicsStatus;
import nl.wijkregie.basics.NotInOrderCase;
import nl.wijkregie.basics.domain.Answer;
import nl.wijkregie.basics.domain.BasicsFact;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.DebtCriterion;
import nl.wijkregie.basics.domain.Dimension;
import nl.wijkregie.basics.domain.HousingSituation;
import nl.wijkregie.basics.domain.IncomeSource;
import nl.wijkregie.basics.domain.NewFacts;
import nl.wijkregie.basics.domain.NotSolvable;
import nl.wijkregie.basics.domain.Outcome;
import nl.wijkregie.basics.domain.RecheckRun;
import nl.wijkregie.basics.domain.Source;
import nl.wijkregie.basics.rest.BasicsDtos.BasicsDto;
import nl.wijkregie.basics.rest.BasicsDtos.CheckDto;
import nl.wijkregie.basics.rest.BasicsDtos.DebtsRequest;
import nl.wijkregie.basics.rest.BasicsDtos.FactDto;
import nl.wijkregie.basics.rest.BasicsDtos.HousingRequest;
import nl.wijkregie.basics.rest.BasicsDtos.IncomeRequest;
import nl.wijkregie.basics.rest.BasicsDtos.NewFactsRequest;
import nl.wijkregie.basics.rest.BasicsDtos.NotInOrderDto;
import nl.wijkregie.basics.rest.BasicsDtos.NotSolvableDto;
import nl.wijkregie.basics.rest.BasicsDtos.RecheckDto;
import nl.wijkregie.basics.rest.BasicsDtos.SafetyRequest;
import nl.wijkregie.shared.rest.DecisionInputsJson;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Basics ↔ JSON, both ways: the request's sections to the domain's {@link NewFacts}, and the status, facts and check
 * results back. The stored inputs of a check are shown as they were given to the table (the "waarom").
 */
@Mapper
public interface BasicsMapper {

    NewFacts toNewFacts(NewFactsRequest request);

    @Mapping(target = "situation", source = "situation")
    NewFacts.Housing toHousing(HousingRequest request);

    @Mapping(target = "netMonthlyCents", source = "netMonthlyIncomeCents")
    NewFacts.Income toIncome(IncomeRequest request);

    default NewFacts.DebtsFact toDebts(DebtsRequest request) {
        if (request == null) {
            return null;
        }
        return new NewFacts.DebtsFact(request.observedOn(), toSource(request.source()), new BasicsFact.Debts(
                request.count(), request.totalCents(), request.creditors(), toAnswer(request.debtHelp()),
                toCriteria(request.criteria()), toAnswer(request.disconnectionThreat())));
    }

    NewFacts.Safety toSafety(SafetyRequest request);

    Source toSource(String source);

    Answer toAnswer(String answer);

    HousingSituation toHousingSituation(String situation);

    IncomeSource toIncomeSource(String source);

    List<DebtCriterion> toCriteria(List<String> criteria);

    default BasicsDto toDto(BasicsStatus status) {
        List<CheckDto> dimensions = status.latest().stream()
                .sorted(Comparator.comparing(CheckResult::getDimension)).map(this::toDto).toList();
        List<FactDto> facts = status.facts().values().stream()
                .sorted(Comparator.comparing(BasicsFact::getDimension)).map(this::toDto).toList();
        return new BasicsDto(status.checkedCase().getCaseId().toString(),
                status.checkedCase().getHouseholdId().toString(), status.checkedCase().hasPriority(),
                status.checkedCase().getNotInOrderSince(), status.checkedCase().getEscalatedAt(), status.taskOpen(),
                dimensions, facts, List.copyOf(status.signalCreditors()), toDto(status.notSolvable()));
    }

    @Mapping(target = "inputs", source = "inputs", qualifiedByName = "checkInputs")
    CheckDto toDto(CheckResult result);

    @Mapping(target = "netMonthlyIncomeCents", source = "netIncomeCents")
    FactDto toDto(BasicsFact fact);

    NotSolvableDto toDto(NotSolvable notSolvable);

    default NotInOrderDto toDto(NotInOrderCase row) {
        return new NotInOrderDto(row.checkedCase().getCaseId().toString(),
                row.checkedCase().getHouseholdId().toString(), row.householdLabel(),
                row.checkedCase().getTeamId().toString(), row.checkedCase().getNotInOrderSince(),
                row.checkedCase().getEscalatedAt(), row.checkedCase().isThreat(),
                row.checkedCase().outcomes().entrySet().stream()
                        .filter(e -> e.getValue() == Outcome.NOT_IN_ORDER).map(e -> e.getKey().name()).toList());
    }

    default RecheckDto toDto(BasicsRecheck.Progress progress) {
        RecheckRun run = progress.run();
        return new RecheckDto(run.getId().toString(), run.getRules(), run.getStartedAt(), run.getStartedBy(),
                run.getChecked(), progress.openCases(), run.getFinishedAt());
    }

    default String map(UUID id) {
        return id == null ? null : id.toString();
    }

    default String map(Dimension dimension) {
        return dimension == null ? null : dimension.name();
    }

    /** The stored inputs of the decision, as plain values (shared with every "waarom"). */
    @Named("checkInputs")
    default Map<String, Object> checkInputs(String json) {
        return DecisionInputsJson.asPlainValues(json);
    }
}
