/** The basics endpoints: facts, checks and their history per case, and the team lead's overview. */
package nl.wijkregie.basics.rest;
