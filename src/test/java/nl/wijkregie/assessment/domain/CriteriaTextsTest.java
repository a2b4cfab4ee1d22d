package nl.wijkregie.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class CriteriaTextsTest {

    @Test
    void readsTextsPerDomainAndScore() {
        Properties pack = new Properties();
        pack.setProperty("FINANCIEN.1", " Tekst één ");
        pack.setProperty("FINANCIEN.5", "Tekst vijf");
        pack.setProperty("JUSTITIE.3", "");

        CriteriaTexts texts = CriteriaTexts.parse(pack);

        assertThat(texts.of(AssessmentDomain.FINANCIEN)).containsExactly(
                java.util.Map.entry(1, "Tekst één"), java.util.Map.entry(5, "Tekst vijf"));
        assertThat(texts.of(AssessmentDomain.JUSTITIE)).isEmpty();
        assertThat(CriteriaTexts.none().isEmpty()).isTrue();
    }

    @Test
    void refusesKeysThatNameNoDomainOrScore() {
        Properties pack = new Properties();
        pack.setProperty("FINANCIN.1", "typo");
        pack.setProperty("FINANCIEN.6", "geen score");
        pack.setProperty("FINANCIEN", "geen punt");

        assertThatThrownBy(() -> CriteriaTexts.parse(pack)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FINANCIN.1").hasMessageContaining("FINANCIEN.6");
    }
}
