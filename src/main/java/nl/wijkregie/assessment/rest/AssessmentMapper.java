package nl.wijkregie.assessment.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.wijkregie.assessment.AssessmentHistory;
import nl.wijkregie.assessment.domain.Assessment;
import nl.wijkregie.assessment.domain.AssessmentDomain;
import nl.wijkregie.assessment.domain.AssessmentMoment;
import nl.wijkregie.assessment.domain.Carrier;
import nl.wijkregie.assessment.domain.CriteriaTexts;
import nl.wijkregie.assessment.domain.DomainScore;
import nl.wijkregie.assessment.rest.AssessmentDtos.AssessmentDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.AssessmentListDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.CatalogueDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.CriterionDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.DomainDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.OptionDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.ScaleDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.ScoreDto;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Domain ↔ JSON for assessments, both ways. Whether a score is outdated is the assessment's rule, asked on the
 * server's today ({@link AssessmentHistory#today()}); the mapper only calls it.
 */
@Mapper
public interface AssessmentMapper {

    @Mapping(target = "outdated", source = "assessment", qualifiedByName = "outdatedOn")
    AssessmentDto toDto(Assessment assessment, @Context LocalDate today);

    ScoreDto toDto(DomainScore score);

    default AssessmentListDto toDto(AssessmentHistory history) {
        return new AssessmentListDto(history.today(), Assessment.VALID_DAYS,
                history.assessments().stream().map(a -> toDto(a, history.today())).toList());
    }

    @Named("outdatedOn")
    default boolean outdatedOn(Assessment assessment, @Context LocalDate today) {
        return assessment.isOutdatedOn(today);
    }

    // The catalogue: codes and our own labels, plus the municipality's licensed texts where it configured them.

    @Mapping(target = "code", source = "domain")
    @Mapping(target = "label", source = "domain", qualifiedByName = "domainLabel")
    @Mapping(target = "criteria", source = "domain", qualifiedByName = "criteria")
    DomainDto toDto(AssessmentDomain domain, @Context CriteriaTexts texts);

    default CatalogueDto catalogue(CriteriaTexts texts) {
        return new CatalogueDto(
                Arrays.stream(AssessmentDomain.values()).map(d -> toDto(d, texts)).toList(),
                IntStream.rangeClosed(DomainScore.LOWEST, DomainScore.HIGHEST)
                        .mapToObj(s -> new ScaleDto(s, DomainScore.labelOf(s))).toList(),
                Arrays.stream(Carrier.values()).map(c -> new OptionDto(c.name(), c.label())).toList(),
                Arrays.stream(AssessmentMoment.values()).map(m -> new OptionDto(m.name(), m.label())).toList(),
                Assessment.VALID_DAYS);
    }

    @Named("domainLabel")
    default String domainLabel(AssessmentDomain domain) {
        return domain.label();
    }

    /** The pack's texts of a domain by score; {@code null} (left out of the JSON) when there are none. */
    @Named("criteria")
    default List<CriterionDto> criteria(AssessmentDomain domain, @Context CriteriaTexts texts) {
        Map<Integer, String> byScore = texts.of(domain);
        return byScore.isEmpty() ? null : byScore.entrySet().stream()
                .map(e -> new CriterionDto(e.getKey(), e.getValue())).toList();
    }

    // Requests → domain inputs.

    List<DomainScore> toScores(List<ScoreDto> scores);

    DomainScore toScore(ScoreDto score);

    AssessmentMoment toMoment(String moment);

    default UUID toId(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
