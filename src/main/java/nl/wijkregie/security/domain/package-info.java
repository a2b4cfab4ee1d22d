/** Teams and who works in them. */
package nl.wijkregie.security.domain;
