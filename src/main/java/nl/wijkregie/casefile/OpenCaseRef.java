package nl.wijkregie.casefile;


/** The open case of a household and its regisseur (may be null), without any content. */
public record OpenCaseRef(CaseId caseId, String regisseurId) {
}
