package nl.wijkregie.casefile;

import java.util.UUID;

/** The open case of a household and its regisseur (may be null), without any content. */
public record OpenCaseRef(UUID caseId, String regisseurId) {
}
