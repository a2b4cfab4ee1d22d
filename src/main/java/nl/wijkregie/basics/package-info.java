/**
 * Basisvoorwaarden ("basis op orde"): facts a professional records about a household's housing, income, debts and
 * safety, and the check of each as a versioned DMN table. A household cannot work on its goals while it faces
 * eviction, lacks income or drowns in debt; making that judgement an explicit, explainable rule lets it drive the
 * case's priority and a task "Basis op orde brengen". The root package is the module's API ({@link
 * nl.wijkregie.basics.BasicsService}, {@link nl.wijkregie.basics.BasicsEvents}); it learns about cases, households and
 * early signals only from those modules' typed events.
 */
package nl.wijkregie.basics;
