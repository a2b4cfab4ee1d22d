package nl.wijkregie.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.assessment.domain.CriteriaTexts;
import org.eclipse.microprofile.config.Config;

/**
 * The instrument as the form shows it: domains, scale, carriers and moments (codes and our own neutral labels) and,
 * only where the municipality configured its licensed text pack ({@value #TEXTS_SETTING}, a UTF-8 properties file
 * with keys {@code <DOMAIN>.<score>}), the criteria texts. No pack by default. A pack that cannot be read or has
 * unknown keys is reported in the log at start of use and ignored, so the assessment keeps working without texts.
 */
@ApplicationScoped
public class AssessmentCatalogue {

    public static final String TEXTS_SETTING = "wijkregie.assessment.criteria-texts";
    private static final Logger LOG = Logger.getLogger(AssessmentCatalogue.class.getName());

    @Inject
    Config config;

    private CriteriaTexts texts = CriteriaTexts.none();

    @PostConstruct
    void load() {
        Optional<String> file = config.getOptionalValue(TEXTS_SETTING, String.class).filter(f -> !f.isBlank());
        file.ifPresent(f -> texts = read(Path.of(f)));
    }

    public CriteriaTexts criteriaTexts() {
        return texts;
    }

    static CriteriaTexts read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties pack = new Properties();
            pack.load(reader);
            CriteriaTexts texts = CriteriaTexts.parse(pack);
            LOG.info(() -> "Criteriateksten zelfredzaamheid gelezen uit " + file);
            return texts;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Criteriateksten zelfredzaamheid niet gebruikt (" + TEXTS_SETTING + "="
                    + file + "): " + e.getMessage());
            return CriteriaTexts.none();
        }
    }
}
