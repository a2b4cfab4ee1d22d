/** The self-reliance assessment and its rules: valid scores, the outdated rule and the baseline. */
package nl.wijkregie.assessment.domain;
