package nl.wijkregie.basics.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of the basics endpoints. Codes are enum names; amounts are cents; "UNKNOWN" is valid everywhere. */
public final class BasicsDtos {

    static final String SOURCE = "^(RESIDENT|PROFESSIONAL|SIGNAL|DOCUMENT)$";
    static final String ANSWER = "^(YES|NO|UNKNOWN)$";
    static final String HOUSING = "^(HOMELESS|TEMPORARY_SHELTER|EVICTION_THREATENED|RENT_ARREARS|INSECURE"
            + "|STABLE_UNSUITABLE|STABLE|UNKNOWN)$";
    static final String INCOME_SOURCE = "^(WAGES|SELF_EMPLOYED|SOCIAL_ASSISTANCE|OTHER_BENEFIT|PENSION"
            + "|STUDENT_FINANCE|ALIMONY|NONE|UNKNOWN)$";
    static final String CRITERION = "^(WSNP|AMICABLE_ROUTE_BKR|ARREARS_BKR|CENTRAL_REGISTER|HEALTH_PREMIUM_CAK"
            + "|CJIB_ARREARS|BENEFIT_DEBT|TAX_DEBT|TAX_DEBT_WRITTEN_OFF|DUO_ARREARS)$";
    static final String FUTURE = "Datum ligt niet in de toekomst";
    static final String UNKNOWN_SOURCE = "Onbekende bron";
    static final String UNKNOWN_ANSWER = "Onbekende waarde (YES, NO of UNKNOWN)";

    private BasicsDtos() {
    }

    @Schema(name = "BasicsFactsRequest",
            description = "Facts to record; leave out a dimension that is not recorded now")
    public record NewFactsRequest(@Valid HousingRequest housing, @Valid IncomeRequest income,
                                  @Valid DebtsRequest debts, @Valid SafetyRequest safety) {
    }

    @Schema(name = "BasicsHousingFact")
    public record HousingRequest(@PastOrPresent(message = FUTURE) LocalDate observedOn,
                                 @Pattern(regexp = SOURCE, message = UNKNOWN_SOURCE) String source,
                                 @Pattern(regexp = HOUSING, message = "Onbekende woonsituatie") String situation) {
    }

    @Schema(name = "BasicsIncomeFact")
    public record IncomeRequest(@PastOrPresent(message = FUTURE) LocalDate observedOn,
                                @Pattern(regexp = SOURCE, message = UNKNOWN_SOURCE) String source,
                                @Size(max = 9, message = "Hooguit 9 bronnen")
                                List<@Pattern(regexp = INCOME_SOURCE, message = "Onbekende inkomensbron")
                                String> sources,
                                @PositiveOrZero(message = "Het inkomen is niet negatief")
                                @Schema(description = "Net monthly household income in cents; leave out when unknown")
                                Long netMonthlyIncomeCents) {
    }

    @Schema(name = "BasicsDebtsFact")
    public record DebtsRequest(@PastOrPresent(message = FUTURE) LocalDate observedOn,
                               @Pattern(regexp = SOURCE, message = UNKNOWN_SOURCE) String source,
                               @PositiveOrZero(message = "Het aantal schulden is niet negatief") Integer count,
                               @PositiveOrZero(message = "Het schuldbedrag is niet negatief") Long totalCents,
                               @Size(max = 20, message = "Hooguit 20 schuldeisers")
                               List<@NotBlank(message = "Vul de schuldeiser in")
                               @Size(max = 100, message = "Hooguit 100 tekens") String> creditors,
                               @Pattern(regexp = ANSWER, message = UNKNOWN_ANSWER) String debtHelp,
                               @Size(max = 10, message = "Hooguit 10 registraties")
                               List<@Pattern(regexp = CRITERION, message = "Onbekende registratie") String> criteria,
                               @Pattern(regexp = ANSWER, message = UNKNOWN_ANSWER)
                               String disconnectionThreat) {
    }

    @Schema(name = "BasicsSafetyFact")
    public record SafetyRequest(@PastOrPresent(message = FUTURE) LocalDate observedOn,
                                @Pattern(regexp = SOURCE, message = UNKNOWN_SOURCE) String source,
                                @Pattern(regexp = ANSWER, message = UNKNOWN_ANSWER) String concern,
                                @Pattern(regexp = ANSWER, message = UNKNOWN_ANSWER)
                                String veiligThuisReport) {
    }

    @Schema(name = "BasicsNotSolvableRequest")
    public record NotSolvableRequest(@NotBlank(message = "Schrijf waarom het nu niet op te lossen is")
                                     @Size(max = 2000, message = "Hooguit 2.000 tekens") String reason) {
    }

    @Schema(name = "BasicsCheck", description = "One dimension's check: outcome, reason and the inputs it was given")
    public record CheckDto(String dimension, String outcome, String reason, LocalDate factsDate, Instant checkedAt,
                           String trigger, String decisionKey, int decisionVersion,
                           Map<String, Object> inputs) {
    }

    @Schema(name = "BasicsFact")
    public record FactDto(String dimension, LocalDate observedOn, String source, String recordedBy,
                          Instant recordedAt, String housingSituation, List<String> incomeSources,
                          Long netMonthlyIncomeCents, Integer debtCount, Long debtTotalCents, List<String> creditors,
                          String debtHelp, List<String> debtCriteria, String disconnectionThreat,
                          String safetyConcern, String veiligThuisReport) {
    }

    @Schema(name = "BasicsNotSolvable")
    public record NotSolvableDto(String reason, String recordedBy, Instant recordedAt) {
    }

    @Schema(name = "Basics", description = "The basics of a case: latest check per dimension and latest facts")
    public record BasicsDto(String caseId, String householdId, boolean priority, Instant notInOrderSince,
                            Instant escalatedAt, boolean taskOpen, List<CheckDto> dimensions, List<FactDto> facts,
                            List<String> signalCreditors, NotSolvableDto notSolvable) {
    }

    @Schema(name = "BasicsNotInOrderCase")
    public record NotInOrderDto(String caseId, String householdId, String householdLabel, String teamId,
                                Instant notInOrderSince, Instant escalatedAt, boolean threat,
                                List<String> dimensionsNotInOrder) {
    }

    @Schema(name = "BasicsRecheck")
    public record RecheckDto(String id, String rules, Instant startedAt, String startedBy, int checked,
                             long openCases, Instant finishedAt) {
    }
}
