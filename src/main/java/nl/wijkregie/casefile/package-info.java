/**
 * The integrated case of a household across jeugd, Wmo, participatie and debt help: its lifecycle, the domains and
 * professionals involved, the journal, consent and the timeline. Other modules reach it through
 * {@link nl.wijkregie.casefile.CaseFileService} and observe what happens to cases through
 * {@link nl.wijkregie.casefile.CaseFileEvents}; the timeline renders the typed events of the household, the case file
 * and the signals ({@link nl.wijkregie.casefile.CaseFileTimeline}).
 */
package nl.wijkregie.casefile;
