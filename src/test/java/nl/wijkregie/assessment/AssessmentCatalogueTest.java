package nl.wijkregie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wijkregie.assessment.domain.AssessmentDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The municipality's licensed text pack: read as UTF-8 when it is right, ignored (no texts) when it is not. */
class AssessmentCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void readsAPackInUtf8() throws Exception {
        Path pack = dir.resolve("teksten.properties");
        Files.writeString(pack, "FINANCES.1 = Geen inkomen, schulden groeien\nHOUSING.5 = Eigen woning, geen zorgen\n",
                StandardCharsets.UTF_8);

        var texts = AssessmentCatalogue.read(pack);

        assertThat(texts.of(AssessmentDomain.FINANCES)).containsEntry(1, "Geen inkomen, schulden groeien");
        assertThat(texts.of(AssessmentDomain.HOUSING)).containsEntry(5, "Eigen woning, geen zorgen");
    }

    @Test
    void aMissingFileOrAnUnknownKeyMeansNoTexts() throws Exception {
        assertThat(AssessmentCatalogue.read(dir.resolve("ontbreekt.properties")).isEmpty()).isTrue();

        Path typo = dir.resolve("typo.properties");
        Files.writeString(typo, "FINANCES.1 = ok\nFINANCE.2 = typo\n", StandardCharsets.UTF_8);
        assertThat(AssessmentCatalogue.read(typo).isEmpty()).isTrue();
    }
}
