/** The household's processes: the intake process's names, and the labels of its tasks in the team inbox. */
package nl.wijkregie.household.process;
