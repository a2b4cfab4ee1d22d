/**
 * The self-reliance assessment (ZRM-style): per household member and date, scores 1–5 on the domains that matter for
 * the help asked, who carries each domain, and a note. Kept apart from the case file because it is its own
 * instrument with its own rules (the 30-day validity, the baseline a plan starts from) and its own licensing question:
 * we store codes and scores, never the instrument's criteria texts, which a municipality may load from its own
 * licensed text pack ({@link nl.wijkregie.assessment.AssessmentCatalogue}). Other modules use
 * {@link nl.wijkregie.assessment.AssessmentService#baseline} and observe
 * {@link nl.wijkregie.assessment.AssessmentEvents}.
 */
package nl.wijkregie.assessment;
