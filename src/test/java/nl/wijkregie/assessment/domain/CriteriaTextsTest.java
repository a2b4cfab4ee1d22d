package nl.wijkregie.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class CriteriaTextsTest {

    @Test
    void readsTextsPerDomainAndScore() {
        Properties pack = new Properties();
        pack.setProperty("FINANCES.1", " Tekst één ");
        pack.setProperty("FINANCES.5", "Tekst vijf");
        pack.setProperty("JUSTICE.3", "");

        CriteriaTexts texts = CriteriaTexts.parse(pack);

        assertThat(texts.of(AssessmentDomain.FINANCES)).containsExactly(
                java.util.Map.entry(1, "Tekst één"), java.util.Map.entry(5, "Tekst vijf"));
        assertThat(texts.of(AssessmentDomain.JUSTICE)).isEmpty();
        assertThat(CriteriaTexts.none().isEmpty()).isTrue();
    }

    @Test
    void refusesKeysThatNameNoDomainOrScore() {
        Properties pack = new Properties();
        pack.setProperty("FINANCIN.1", "typo");
        pack.setProperty("FINANCES.6", "geen score");
        pack.setProperty("FINANCES", "geen punt");

        assertThatThrownBy(() -> CriteriaTexts.parse(pack)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FINANCIN.1").hasMessageContaining("FINANCES.6");
    }
}
