/**
 * Servlet-level gate: form-login redirect, HTTP Basic for machine clients, the login throttle around both, browser
 * hardening headers and Secure cookies, and the announcement of refused requests.
 */
package nl.wijkregie.security.web;
