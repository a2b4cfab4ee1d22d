package nl.wijkregie.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the assessment endpoints; validation messages are Dutch because the UI shows them. */
public final class AssessmentDtos {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String DOMAIN = "^(FINANCES|WORK_EDUCATION|DAYTIME_ACTIVITIES|HOUSING|DOMESTIC_RELATIONS"
            + "|MENTAL_HEALTH|PHYSICAL_HEALTH|SUBSTANCE_USE|BASIC_ADL|INSTRUMENTAL_ADL"
            + "|SOCIAL_NETWORK|COMMUNITY_PARTICIPATION|JUSTICE)$";
    static final String CARRIER = "^(OWN_STRENGTH|NETWORK|PROFESSIONAL_HELP)$";
    static final String MOMENT = "^(INTAKE|FOLLOW_UP|EXIT)$";

    private AssessmentDtos() {
    }

    @Schema(name = "AssessmentScore")
    public record ScoreDto(
            @Schema(enumeration = {"FINANCES", "WORK_EDUCATION", "DAYTIME_ACTIVITIES", "HOUSING",
                    "DOMESTIC_RELATIONS", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "SUBSTANCE_USE",
                    "BASIC_ADL", "INSTRUMENTAL_ADL", "SOCIAL_NETWORK", "COMMUNITY_PARTICIPATION",
                    "JUSTICE"})
            @NotNull(message = "Kies een leefgebied") @Pattern(regexp = DOMAIN, message = "Onbekend leefgebied")
            String domain,
            @Schema(minimum = "1", maximum = "5")
            @NotNull(message = "Geef een score") @Min(value = 1, message = "Een score is 1 tot en met 5")
            @Max(value = 5, message = "Een score is 1 tot en met 5") Integer score,
            @Schema(enumeration = {"OWN_STRENGTH", "NETWORK", "PROFESSIONAL_HELP"},
                    description = "Who carries the domain now (Krachtenwijzer); left out: not recorded")
            @Pattern(regexp = CARRIER, message = "Kies eigen kracht, netwerk of professionele hulp") String carrier) {
    }

    @Schema(name = "NewAssessment", description = "Scores on any subset of the domains: none is mandatory")
    public record NewAssessmentRequest(
            @NotNull(message = "Kies het lid") @Pattern(regexp = UUID, message = "Onbekend lid") String memberId,
            @Schema(description = "Not after today") @NotNull(message = "Vul de datum in") LocalDate assessedOn,
            @Schema(enumeration = {"INTAKE", "FOLLOW_UP", "EXIT"})
            @NotNull(message = "Kies het moment") @Pattern(regexp = MOMENT, message = "Kies intake, tussentijds of "
                    + "uitstroom") String moment,
            @NotNull(message = "Geef op minstens één leefgebied een score")
            @Size(min = 1, max = 13, message = "Geef op 1 tot 13 leefgebieden een score")
            List<@NotNull(message = "Geef een score") @Valid ScoreDto> scores,
            @Size(max = 2000, message = "Hooguit 2.000 tekens") String note) {
    }

    @Schema(name = "Assessment")
    public record AssessmentDto(String id, String caseId, String memberId, LocalDate assessedOn,
                                @Schema(enumeration = {"INTAKE", "FOLLOW_UP", "EXIT"}) String moment,
                                List<ScoreDto> scores, String note, String recordedBy, Instant recordedAt,
                                @Schema(description = "Older than validDays on the server's today: no baseline")
                                boolean outdated) {
    }

    @Schema(name = "AssessmentList")
    public record AssessmentListDto(LocalDate today, int validDays, List<AssessmentDto> items) {
    }

    @Schema(name = "AssessmentOption", description = "A code with its Dutch label")
    public record OptionDto(String code, String label) {
    }

    @Schema(name = "AssessmentCriterion", description = "A licensed criteria text of one score")
    public record CriterionDto(int score, String text) {
    }

    @Schema(name = "AssessmentDomain")
    public record DomainDto(String code, String label,
                            @Schema(description = "Only when the municipality configured its licensed text pack")
                            List<CriterionDto> criteria) {
    }

    @Schema(name = "AssessmentScale")
    public record ScaleDto(int score, String label) {
    }

    @Schema(name = "AssessmentCatalogue", description = "Domains, scale, carriers and moments of the assessment")
    public record CatalogueDto(List<DomainDto> domains, List<ScaleDto> scale, List<OptionDto> carriers,
                               List<OptionDto> moments, int validDays) {
    }
}
