/** Problem+json error mapping and the JAX-RS application: shared by every module's REST layer. */
package nl.wijkregie.shared.rest;
