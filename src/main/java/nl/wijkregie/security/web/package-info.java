/** Servlet-level login helpers: form-login redirect and HTTP Basic for machine clients. */
package nl.wijkregie.security.web;
