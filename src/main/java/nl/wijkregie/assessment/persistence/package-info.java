/** Storage of assessments; the EntityManager lives only here. */
package nl.wijkregie.assessment.persistence;
