package nl.wijkregie.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the plan endpoints; validation messages are Dutch because the UI shows them. */
public final class PlanDtos {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String DOMAIN = "^(FINANCES|WORK_EDUCATION|DAYTIME_ACTIVITIES|HOUSING|DOMESTIC_RELATIONS"
            + "|MENTAL_HEALTH|PHYSICAL_HEALTH|SUBSTANCE_USE|BASIC_ADL|INSTRUMENTAL_ADL"
            + "|SOCIAL_NETWORK|COMMUNITY_PARTICIPATION|JUSTICE)$";
    static final String KIND = "^(MEMBER|NETWORK|PROFESSIONAL|PROVIDER)$";
    static final String STATUS = "^(TE_DOEN|BEZIG|KLAAR|VERVALLEN)$";
    static final String OFFER = "^(ACCEPTED|DECLINED|NOT_APPLICABLE)$";
    static final String CHANNEL = "^(IN_PERSON|PHONE|PAPER|WRITING)$";
    static final String RESULT = "^(BEREIKT|DEELS|NIET|VERVALLEN)$";
    static final String DECISION = "^(CONTINUE|CLOSE)$";
    static final String CLOSING = "^(DOELEN_BEREIKT|OVERGEDRAGEN|HULP_GEWEIGERD|VERHUISD|GEEN_CONTACT"
            + "|GEEN_HULPVRAAG|OVERLEDEN|OVERIG)$";

    private PlanDtos() {
    }

    // Requests

    @Schema(name = "PlanPersonInput", description = "MEMBER: memberId; PROFESSIONAL: userId of the team; "
            + "NETWORK: name and relation; PROVIDER: name")
    public record PersonRequest(
            @Schema(enumeration = {"MEMBER", "NETWORK", "PROFESSIONAL", "PROVIDER"})
            @NotNull(message = "Kies wie het is") @Pattern(regexp = KIND, message = "Kies lid, netwerk, "
                    + "professional of aanbieder") String kind,
            @Pattern(regexp = UUID, message = "Onbekend lid") String memberId,
            @Size(max = 100, message = "Onbekende professional") String userId,
            @Size(max = 200, message = "Hooguit 200 tekens") String name,
            @Size(max = 100, message = "Hooguit 100 tekens") String relation) {
    }

    @Schema(name = "PlanGoalInput")
    public record GoalRequest(
            @Schema(description = "The goal's key in an earlier version; left out: a new goal")
            @Pattern(regexp = UUID, message = "Onbekend doel") String key,
            @NotNull(message = "Schrijf het doel op") @Size(max = 1000, message = "Hooguit 1.000 tekens") String text,
            @Schema(description = "An assessment domain code; with memberId the baseline is taken from the assessment")
            @Pattern(regexp = DOMAIN, message = "Onbekend leefgebied") String domain,
            @Pattern(regexp = UUID, message = "Onbekend lid") String memberId,
            @Schema(minimum = "1", maximum = "5") Integer targetScore,
            LocalDate targetDate) {
    }

    @Schema(name = "PlanActionInput")
    public record ActionRequest(
            @Pattern(regexp = UUID, message = "Onbekende actie") String key,
            @NotNull(message = "Schrijf op wat er gebeurt") @Size(max = 1000, message = "Hooguit 1.000 tekens")
            String text,
            @NotNull(message = "Kies wie het doet") @Valid PersonRequest carrier,
            LocalDate dueOn,
            @Schema(enumeration = {"TE_DOEN", "BEZIG", "KLAAR", "VERVALLEN"})
            @Pattern(regexp = STATUS, message = "Kies te doen, bezig, klaar of vervallen") String status) {
    }

    @Schema(name = "PlanDraft", description = "The whole content of the plan: written into the draft, or a new "
            + "version when the latest is vastgesteld")
    public record DraftRequest(
            @Schema(description = "The plan's version as last read (0 for a new plan)")
            @NotNull(message = "Stuur de versie mee") Long version,
            @Size(max = 4000, message = "Hooguit 4.000 tekens") String strengths,
            @Size(max = 4000, message = "Hooguit 4.000 tekens") String concerns,
            @NotNull(message = "Kies de regisseur") @Valid PersonRequest regisseur,
            @NotNull(message = "Schrijf minstens één doel op") @Size(min = 1, max = 30,
                    message = "Schrijf 1 tot 30 doelen op") List<@NotNull @Valid GoalRequest> goals,
            @Size(max = 100, message = "Hooguit 100 acties") List<@NotNull @Valid ActionRequest> actions,
            @NotNull(message = "Kies de datum van de volgende evaluatie") LocalDate nextEvaluationOn) {
    }

    @Schema(name = "PlanOfferInput")
    public record OfferRequest(
            @Schema(enumeration = {"ACCEPTED", "DECLINED", "NOT_APPLICABLE"})
            @NotNull(message = "Kies de uitkomst") @Pattern(regexp = OFFER, message = "Kies aanvaard, afgewezen of "
                    + "niet van toepassing") String outcome) {
    }

    @Schema(name = "PlanAgreementInput")
    public record AgreementRequest(
            @NotNull(message = "Kies het lid") @Pattern(regexp = UUID, message = "Onbekend lid") String memberId,
            @NotNull(message = "Kies akkoord of niet akkoord") Boolean agrees,
            @NotNull(message = "Vul de datum in") LocalDate answeredOn,
            @Schema(enumeration = {"IN_PERSON", "PHONE", "PAPER", "WRITING"})
            @NotNull(message = "Kies hoe") @Pattern(regexp = CHANNEL, message = "Kies in gesprek, telefonisch, op "
                    + "papier of schriftelijk") String channel,
            @Schema(description = "The member's own words, kept as written")
            @Size(max = 2000, message = "Hooguit 2.000 tekens") String statement) {
    }

    @Schema(name = "PlanActionStatusInput")
    public record ActionStatusRequest(
            @Schema(enumeration = {"TE_DOEN", "BEZIG", "KLAAR", "VERVALLEN"})
            @NotNull(message = "Kies de stand") @Pattern(regexp = STATUS, message = "Kies te doen, bezig, klaar of "
                    + "vervallen") String status) {
    }

    @Schema(name = "PlanGoalResultInput")
    public record GoalResultRequest(
            @NotNull(message = "Onbekend doel") @Pattern(regexp = UUID, message = "Onbekend doel") String key,
            @Schema(enumeration = {"BEREIKT", "DEELS", "NIET", "VERVALLEN"})
            @NotNull(message = "Kies hoe het doel ervoor staat") @Pattern(regexp = RESULT,
                    message = "Kies bereikt, deels, niet of vervallen") String result) {
    }

    @Schema(name = "PlanEvaluationInput")
    public record EvaluationRequest(
            @NotNull(message = "Vul de datum in") LocalDate evaluatedOn,
            @NotNull(message = "Geef bij elk doel aan hoe het ervoor staat")
            List<@NotNull @Valid GoalResultRequest> goals,
            @Schema(description = "Can the household go on without help?")
            @NotNull(message = "Beantwoord de vraag") Boolean withoutHelp,
            @Schema(description = "Are the problems reduced?")
            @NotNull(message = "Beantwoord de vraag") Boolean problemsReduced,
            @Schema(description = "Were the agreed goals reached?")
            @NotNull(message = "Beantwoord de vraag") Boolean goalsReached,
            @Schema(enumeration = {"CONTINUE", "CLOSE"})
            @NotNull(message = "Kies: nog een ronde of afsluiten") @Pattern(regexp = DECISION,
                    message = "Kies: nog een ronde of afsluiten") String decision,
            @Schema(description = "Required with CONTINUE") LocalDate nextEvaluationOn,
            @Schema(description = "With CLOSE; default DOELEN_BEREIKT when the goals were reached, else OVERIG")
            @Pattern(regexp = CLOSING, message = "Onbekende reden") String closingReason,
            @Schema(description = "Required with CLOSE")
            @Size(max = 2000, message = "Hooguit 2.000 tekens") String outcomeSummary) {
    }

    // Responses

    @Schema(name = "PlanPerson")
    public record PersonDto(String kind, String memberId, String userId, String name, String relation,
                            @Schema(description = "How the page names the person") String label) {
    }

    @Schema(name = "PlanGoal")
    public record GoalDto(String key, String text, String domain, String memberId, Integer baselineScore,
                          LocalDate baselineOn, Integer targetScore, LocalDate targetDate) {
    }

    @Schema(name = "PlanAction")
    public record ActionDto(String key, String text, PersonDto carrier, LocalDate dueOn, String status) {
    }

    @Schema(name = "PlanAgreement")
    public record AgreementDto(String memberId, boolean agrees, LocalDate answeredOn, String channel,
                               String statement, String recordedByName, Instant recordedAt) {
    }

    @Schema(name = "PlanChange")
    public record ChangeDto(String part, String change, String before, String after) {
    }

    @Schema(name = "PlanVersion")
    public record VersionDto(int number, boolean established, Instant establishedAt, String writtenByName,
                             Instant writtenAt, String strengths, String concerns, PersonDto regisseur,
                             LocalDate nextEvaluationOn, List<GoalDto> goals, List<ActionDto> actions,
                             List<AgreementDto> agreements,
                             @Schema(description = "What changed since the version before") List<ChangeDto> changes) {
    }

    @Schema(name = "PlanGoalResult")
    public record GoalResultDto(String key, String result) {
    }

    @Schema(name = "PlanEvaluation")
    public record EvaluationDto(int cycle, int versionNumber, LocalDate evaluatedOn, boolean withoutHelp,
                                boolean problemsReduced, boolean goalsReached, String decision,
                                LocalDate nextEvaluationOn, List<GoalResultDto> goals, String recordedByName) {
    }

    @Schema(name = "PlanMember")
    public record MemberDto(String id, String name, LocalDate dateOfBirth,
                            @Schema(description = "Asked to agree: 12 or older") boolean asked) {
    }

    @Schema(name = "PlanProfessional")
    public record ProfessionalDto(String userId, String name) {
    }

    @Schema(name = "Plan")
    public record PlanDto(String caseId,
                          @Schema(enumeration = {"NOT_STARTED", "OFFER", "DRAFT", "EXECUTION", "EVALUATION",
                                  "CLOSED"}) String phase,
                          long version, boolean offerRequired,
                          @Schema(enumeration = {"ACCEPTED", "DECLINED", "NOT_APPLICABLE"}) String familyGroupOffer,
                          Instant offerRecordedAt, LocalDate nextEvaluationOn, Instant escalatedAt,
                          LocalDate today, LocalDate defaultNextEvaluationOn, boolean caseOpen,
                          @Schema(description = "The number of the version in force (vastgesteld); null: none")
                          Integer currentVersion,
                          List<VersionDto> versions, List<EvaluationDto> evaluations, List<MemberDto> members,
                          List<ProfessionalDto> professionals) {
    }
}
