/**
 * Wijkregie: case management for Dutch sociaal wijkteams. One WAR, organised as feature modules; each module's root
 * package is its public face and the only part other modules may use (checked by ArchitectureTest).
 */
package nl.wijkregie;
