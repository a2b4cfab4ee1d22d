/**
 * The eigen regie plan of a case ("1 gezin, 1 plan, 1 regisseur"): versions with goals in the household's words and
 * actions by the household, its network and professionals, the familiegroepsplan offer, agreement per member, and
 * the evaluation cycle of bpmn/eigen-regie-plan.bpmn, whose steps move the case's lifecycle status (ADR 0021).
 * Other modules observe {@link nl.wijkregie.plan.PlanEvents}.
 */
package nl.wijkregie.plan;
