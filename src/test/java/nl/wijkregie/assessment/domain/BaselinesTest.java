package nl.wijkregie.assessment.domain;

import static nl.wijkregie.assessment.domain.AssessmentTest.on;
import static nl.wijkregie.assessment.domain.AssessmentTest.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    private static final LocalDate PLAN_DAY = LocalDate.of(2026, 11, 20);

    @Test
    void theLatestScoreOnOrBeforeTheDateIsTheBaseline() {
        Assessment intake = on(LocalDate.of(2026, 11, 1), score(AssessmentDomain.FINANCES, 1));
        Assessment followUp = on(LocalDate.of(2026, 11, 15), score(AssessmentDomain.FINANCES, 3));
        Assessment later = on(LocalDate.of(2026, 11, 25), score(AssessmentDomain.FINANCES, 5));

        assertThat(Baselines.of(List.of(later, intake, followUp), AssessmentDomain.FINANCES, PLAN_DAY))
                .get().satisfies(b -> {
                    assertThat(b.assessment()).isSameAs(followUp);
                    assertThat(b.score().getScore()).isEqualTo(3);
                });
    }

    @Test
    void anOutdatedScoreIsNoBaseline() {
        Assessment old = on(LocalDate.of(2026, 10, 20), score(AssessmentDomain.FINANCES, 2));

        assertThat(Baselines.of(List.of(old), AssessmentDomain.FINANCES, PLAN_DAY)).as("31 days old").isEmpty();
        assertThat(Baselines.of(List.of(old), AssessmentDomain.FINANCES, LocalDate.of(2026, 11, 19)))
                .as("30 days old").isPresent();
    }

    @Test
    void aRecentAssessmentWithoutTheDomainDoesNotHideAnOlderCurrentOne() {
        Assessment withDomain = on(LocalDate.of(2026, 11, 5), score(AssessmentDomain.HOUSING, 2));
        Assessment without = on(LocalDate.of(2026, 11, 18), score(AssessmentDomain.FINANCES, 4));

        assertThat(Baselines.of(List.of(withDomain, without), AssessmentDomain.HOUSING, PLAN_DAY))
                .get().extracting(b -> b.score().getScore()).isEqualTo(2);
        assertThat(Baselines.of(List.of(withDomain, without), AssessmentDomain.JUSTICE, PLAN_DAY)).isEmpty();
    }

    @Test
    void anOutdatedLatestScoreIsNotReplacedByAnEvenOlderOne() {
        Assessment older = on(LocalDate.of(2026, 9, 1), score(AssessmentDomain.FINANCES, 4));
        Assessment latest = on(LocalDate.of(2026, 10, 1), score(AssessmentDomain.FINANCES, 2));

        assertThat(Baselines.of(List.of(older, latest), AssessmentDomain.FINANCES, PLAN_DAY)).isEmpty();
    }
}
