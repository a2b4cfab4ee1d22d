package nl.wijkregie.casefile;

import nl.wijkregie.shared.PageRequest;

/**
 * A caseload list: "mine" (where I am regisseur) or the whole team's, filtered and sorted. Without a status filter
 * only open cases are listed; with a household, all of that household's cases are (its case history). A regisseur of
 * {@link #NO_REGISSEUR} keeps the cases nobody is regisseur of yet.
 */
public record CaseloadQuery(Scope scope, String status, String domain, String wijkCode, String regisseurId,
                            java.util.UUID householdId, boolean overdueOnly, Sort sort, PageRequest page) {

    public static final String NO_REGISSEUR = "";

    public enum Scope { MINE, TEAM }

    public enum Sort { DUE, OPENED, HOUSEHOLD, STATUS }
}
