package nl.wijkregie.casefile.domain;

/** The life and legal domains a case can involve: the three laws, debt help, and the basic conditions. */
public enum CareDomain {
    JEUGD, WMO, PARTICIPATIE, SCHULDEN, WONEN, VEILIGHEID, GEZONDHEID
}
