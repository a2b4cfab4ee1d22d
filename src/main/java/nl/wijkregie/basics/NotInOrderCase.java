package nl.wijkregie.basics;

import nl.wijkregie.basics.domain.CheckedCase;

/** A row of the team lead's view: an open case with a dimension "niet op orde", with the household's label. */
public record NotInOrderCase(CheckedCase checkedCase, String householdLabel) {
}
