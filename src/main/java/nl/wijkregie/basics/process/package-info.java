/** The names shared with bpmn/basisvoorwaarden.bpmn and the basics DMN tables, and the process's delegates. */
package nl.wijkregie.basics.process;
