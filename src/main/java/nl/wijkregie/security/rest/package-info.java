/** The access gate in front of every endpoint, the current user and team administration. */
package nl.wijkregie.security.rest;
