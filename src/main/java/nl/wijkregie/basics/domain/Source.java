package nl.wijkregie.basics.domain;

/** Where a fact comes from: the resident, the professional's own observation, an early signal, or a document. */
public enum Source {
    RESIDENT, PROFESSIONAL, SIGNAL, DOCUMENT
}
