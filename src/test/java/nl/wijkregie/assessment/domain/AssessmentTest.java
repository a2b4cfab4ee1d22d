package nl.wijkregie.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final UUID MEMBER = UUID.randomUUID();

    static Assessment on(LocalDate date, DomainScore... scores) {
        return Assessment.record(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), MEMBER, Set.of(MEMBER),
                date, AssessmentMoment.INTAKE, List.of(scores), " notitie ", "fatima",
                Instant.parse("2026-11-30T10:00:00Z"), TODAY);
    }

    static DomainScore score(AssessmentDomain domain, int score) {
        return new DomainScore(domain, score, null);
    }

    @Test
    void aScoreIsOutdatedWhenOlderThanThirtyDays() {
        Assessment assessment = on(LocalDate.of(2026, 10, 31), score(AssessmentDomain.FINANCES, 2));

        assertThat(assessment.isOutdatedOn(LocalDate.of(2026, 11, 30))).as("30 days old").isFalse();
        assertThat(assessment.isOutdatedOn(LocalDate.of(2026, 12, 1))).as("31 days old").isTrue();
        assertThat(assessment.isOutdatedOn(LocalDate.of(2026, 10, 31))).as("today").isFalse();
    }

    @Test
    void keepsTheScoresAndATrimmedNote() {
        Assessment assessment = on(TODAY, score(AssessmentDomain.FINANCES, 2),
                new DomainScore(AssessmentDomain.SOCIAL_NETWORK, 4, Carrier.NETWORK));

        assertThat(assessment.getScores()).hasSize(2);
        assertThat(assessment.scoreOn(AssessmentDomain.SOCIAL_NETWORK)).get()
                .extracting(DomainScore::getCarrier).isEqualTo(Carrier.NETWORK);
        assertThat(assessment.scoreOn(AssessmentDomain.JUSTICE)).isEmpty();
        assertThat(assessment.getNote()).isEqualTo("notitie");
    }

    @Test
    void refusesAFutureDateNamingTheField() {
        assertThatThrownBy(() -> on(TODAY.plusDays(1), score(AssessmentDomain.FINANCES, 2)))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("assessedOn");
    }

    @Test
    void refusesAMemberOutsideTheHousehold() {
        assertThatThrownBy(() -> Assessment.record(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), Set.of(MEMBER), TODAY, AssessmentMoment.INTAKE,
                List.of(score(AssessmentDomain.FINANCES, 2)), null, "fatima", Instant.now(), TODAY))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("memberId");
    }

    @Test
    void refusesNoScoresADomainTwiceAndScoresOutsideOneToFive() {
        assertThatThrownBy(() -> on(TODAY)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> on(TODAY, score(AssessmentDomain.FINANCES, 2), score(AssessmentDomain.FINANCES, 3)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("hooguit één");
        assertThatThrownBy(() -> score(AssessmentDomain.FINANCES, 6)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> score(AssessmentDomain.FINANCES, 0)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void thirteenDomainsWithTheirOwnLabels() {
        assertThat(AssessmentDomain.values()).hasSize(13);
        assertThat(DomainScore.labelOf(1)).isEqualTo("Acuut probleem");
        assertThat(DomainScore.labelOf(5)).isEqualTo("Volledig zelfredzaam");
    }
}
