/** Teams and memberships, read on every request so a removal takes effect at once. */
package nl.wijkregie.security.persistence;
