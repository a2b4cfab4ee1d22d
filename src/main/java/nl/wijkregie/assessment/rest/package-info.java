/** REST endpoints of the self-reliance assessment on a case: thin, role-gated, mapped with MapStruct both ways. */
package nl.wijkregie.assessment.rest;
