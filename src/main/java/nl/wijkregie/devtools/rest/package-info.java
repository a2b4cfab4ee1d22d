/**
 * Every devtools endpoint in one place: the ones that exist only when {@code WIJKREGIE_DEVTOOLS=true} (shifting the
 * clock, the JVM's CPU figures, a process instance's path, history cleanup on request, the engine benchmark). They
 * use the other modules only through their root packages; {@code ArchitectureTest} keeps every user of the switch
 * ({@link nl.wijkregie.shared.Devtools}) here. The test sources' {@code nl.wijkregie.devtools} (demo data, embedded
 * database) are tools of the same kind that never ship.
 */
package nl.wijkregie.devtools.rest;
