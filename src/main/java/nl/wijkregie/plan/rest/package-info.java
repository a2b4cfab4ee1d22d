/** The plan tab's endpoints under /v1/cases/{id}/plan: thin resources, DTOs and their mapper. */
package nl.wijkregie.plan.rest;
