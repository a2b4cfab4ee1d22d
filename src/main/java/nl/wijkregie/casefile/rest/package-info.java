/** REST endpoints of the case file: thin, role-gated, mapped with MapStruct. */
package nl.wijkregie.casefile.rest;
