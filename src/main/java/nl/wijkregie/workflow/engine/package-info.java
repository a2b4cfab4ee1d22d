/** Camunda wiring: engine start-up, the managed job executor, model deployment, health and metrics. */
package nl.wijkregie.workflow.engine;
