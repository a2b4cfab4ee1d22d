package nl.wijkregie.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.wijkregie.shared.InvalidFieldException;

/** One domain's score (1 acute problem … 5 fully self-reliant) and, if known, who carries the domain. */
@Embeddable
public class DomainScore {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AssessmentDomain domain;

    @Column(nullable = false, updatable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private Carrier carrier;

    /** Our own short names of the scale's steps (the instrument's full criteria texts are licensed). */
    public static String labelOf(int score) {
        return switch (score) {
            case 1 -> "Acuut probleem";
            case 2 -> "Niet zelfredzaam";
            case 3 -> "Beperkt zelfredzaam";
            case 4 -> "Voldoende zelfredzaam";
            case 5 -> "Volledig zelfredzaam";
            default -> throw new IllegalArgumentException("Geen score: " + score);
        };
    }

    protected DomainScore() {
    }

    public DomainScore(AssessmentDomain domain, int score, Carrier carrier) {
        if (domain == null) {
            throw new InvalidFieldException("domain", "Kies een leefgebied");
        }
        if (score < LOWEST || score > HIGHEST) {
            throw new InvalidFieldException("score", "Een score is 1 tot en met 5");
        }
        this.domain = domain;
        this.score = score;
        this.carrier = carrier;
    }

    public AssessmentDomain getDomain() {
        return domain;
    }

    public int getScore() {
        return score;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DomainScore that && domain == that.domain && score == that.score
                && carrier == that.carrier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(domain, score, carrier);
    }
}
