/**
 * The process engine, kept behind a small facade so the rest of the code never touches Camunda: starting processes
 * by business key, the task inbox per team, and the readiness and metrics of the engine. The engine is Camunda 7
 * embedded, sharing the container's JTA transaction and DataSource with JPA. Only this package and modules'
 * {@code process} packages may import {@code org.camunda} (ArchitectureTest).
 */
package nl.wijkregie.workflow;
