/**
 * The plan's rules: versions, the familiegroepsplan offer, agreement per member and the evaluation of goals. No
 * container, REST or engine types.
 */
package nl.wijkregie.plan.domain;
