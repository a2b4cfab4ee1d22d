package nl.wijkregie.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.assessment.AssessmentHistory;
import nl.wijkregie.assessment.domain.Assessment;
import nl.wijkregie.assessment.domain.AssessmentMoment;
import nl.wijkregie.assessment.domain.CriteriaTexts;
import nl.wijkregie.assessment.domain.DomainScore;
import nl.wijkregie.assessment.rest.AssessmentDtos.ScoreDto;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class AssessmentMapperTest {

    private final AssessmentMapper mapper = Mappers.getMapper(AssessmentMapper.class);

    @Test
    void mapsScoresBothWaysAndMarksOutdatedOnTheServersToday() {
        List<DomainScore> scores = mapper.toScores(List.of(new ScoreDto("FINANCES", 2, "PROFESSIONAL_HELP"),
                new ScoreDto("JUSTICE", 5, null)));
        UUID member = UUID.randomUUID();
        Assessment assessment = Assessment.record(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), member,
                Set.of(member), LocalDate.of(2026, 10, 1), mapper.toMoment("FOLLOW_UP"), scores, null, "fatima",
                Instant.parse("2026-10-01T09:00:00Z"), LocalDate.of(2026, 10, 1));

        var list = mapper.toDto(new AssessmentHistory(List.of(assessment), LocalDate.of(2026, 11, 30)));

        var dto = list.items().get(0);
        assertThat(dto.outdated()).isTrue();
        assertThat(dto.moment()).isEqualTo("FOLLOW_UP");
        assertThat(dto.scores()).containsExactlyInAnyOrder(new ScoreDto("FINANCES", 2, "PROFESSIONAL_HELP"),
                new ScoreDto("JUSTICE", 5, null));
        assertThat(list.validDays()).isEqualTo(30);
        assertThat(mapper.toDto(assessment, LocalDate.of(2026, 10, 31)).outdated()).isFalse();
        assertThat(mapper.toMoment("EXIT")).isEqualTo(AssessmentMoment.EXIT);
    }

    @Test
    void theCatalogueHasCriteriaOnlyWhereAPackGivesThem() {
        var bare = mapper.catalogue(CriteriaTexts.none());
        assertThat(bare.domains()).hasSize(13).allSatisfy(d -> assertThat(d.criteria()).isNull());
        assertThat(bare.scale()).hasSize(5);
        assertThat(bare.carriers()).extracting(AssessmentDtos.OptionDto::label)
                .containsExactly("Eigen kracht", "Netwerk", "Professionele hulp");

        Properties pack = new Properties();
        pack.setProperty("HOUSING.2", "Licentietekst");
        var licensed = mapper.catalogue(CriteriaTexts.parse(pack));
        assertThat(licensed.domains()).filteredOn(d -> d.code().equals("HOUSING")).singleElement()
                .satisfies(d -> assertThat(d.criteria()).containsExactly(new AssessmentDtos.CriterionDto(2,
                        "Licentietekst")));
    }
}
