/** REST endpoints for households, members and the wijk/buurt reference list; thin, mapped with MapStruct. */
package nl.wijkregie.household.rest;
