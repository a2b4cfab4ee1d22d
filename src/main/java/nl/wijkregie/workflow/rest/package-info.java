/** The task inbox over HTTP: the engine's tasks as the user's teams see them. */
package nl.wijkregie.workflow.rest;
