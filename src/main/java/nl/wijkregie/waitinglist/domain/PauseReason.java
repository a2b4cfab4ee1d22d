package nl.wijkregie.waitinglist.domain;

/**
 * Why the waiting is paused. Every pause stops the norm's clock; the resident's own wish (a later start they chose,
 * or a provider they prefer over one that could start sooner) is reported apart, as the Treeknormen ask.
 */
public enum PauseReason {
    RESIDENT_WISH, ADMISSION, DIAGNOSTICS_ELSEWHERE, OTHER
}
