package nl.wijkregie.assessment.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The criteria texts per domain and score of a municipality's licensed text pack (the ZRM's texts are © GGD Amsterdam
 * and not shipped). Keys are {@code <DOMAIN>.<score>}, e.g. {@code FINANCES.3}; a pack may cover some domains or
 * scores only. A key that names no domain or score is refused, so a typo does not silently hide a text.
 */
public final class CriteriaTexts {

    private static final CriteriaTexts NONE = new CriteriaTexts(Map.of());

    private final Map<AssessmentDomain, Map<Integer, String>> texts;

    private CriteriaTexts(Map<AssessmentDomain, Map<Integer, String>> texts) {
        this.texts = texts;
    }

    public static CriteriaTexts none() {
        return NONE;
    }

    /** Reads a pack; throws {@link IllegalArgumentException} listing every key it does not understand. */
    public static CriteriaTexts parse(Properties pack) {
        Map<AssessmentDomain, Map<Integer, String>> texts = new EnumMap<>(AssessmentDomain.class);
        List<String> unknown = new ArrayList<>();
        for (String key : new TreeMap<>(pack).keySet().stream().map(Object::toString).toList()) {
            int dot = key.lastIndexOf('.');
            AssessmentDomain domain = dot < 0 ? null : domainOf(key.substring(0, dot));
            Integer score = dot < 0 ? null : scoreOf(key.substring(dot + 1));
            String text = pack.getProperty(key).strip();
            if (domain == null || score == null) {
                unknown.add(key);
            } else if (!text.isEmpty()) {
                texts.computeIfAbsent(domain, d -> new TreeMap<>()).put(score, text);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Onbekende sleutels (verwacht LEEFGEBIED.score, score 1-5): "
                    + String.join(", ", unknown));
        }
        texts.replaceAll((d, byScore) -> Collections.unmodifiableMap(byScore));
        return new CriteriaTexts(Collections.unmodifiableMap(texts));
    }

    /** The texts of a domain by score (empty when the pack has none for it, or there is no pack). */
    public Map<Integer, String> of(AssessmentDomain domain) {
        return texts.getOrDefault(domain, Map.of());
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    private static AssessmentDomain domainOf(String code) {
        try {
            return AssessmentDomain.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer scoreOf(String value) {
        return switch (value.strip()) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            case "5" -> 5;
            default -> null;
        };
    }
}
