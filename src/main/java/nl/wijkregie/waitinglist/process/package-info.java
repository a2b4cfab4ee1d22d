/** The names shared with bpmn/verwijzing.bpmn and the process's delegates and task labels. */
package nl.wijkregie.waitinglist.process;
