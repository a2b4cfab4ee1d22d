/** The names shared with bpmn/eigen-regie-plan.bpmn, the process's delegates and its task labels. */
package nl.wijkregie.plan.process;
