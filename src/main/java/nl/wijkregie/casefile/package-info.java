/**
 * The integrated case of a household across jeugd, Wmo, participatie and debt help: its lifecycle, the domains and
 * professionals involved, the journal, consent and the timeline. Other modules reach it through
 * {@link nl.wijkregie.casefile.CaseFileService} and add to the timeline by firing {@link nl.wijkregie.casefile.TimelineEntry}.
 */
package nl.wijkregie.casefile;
