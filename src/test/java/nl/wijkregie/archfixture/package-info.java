/**
 * Deliberate violations of the module boundaries, for {@code BoundaryRulesFixtureTest} only: it runs the rules of
 * {@code BoundaryRules} against these classes and expects each to fail. Never imported by {@code ArchitectureTest}
 * (which reads the main classes only). Each class names the real violation it re-enacts.
 */
package nl.wijkregie.archfixture;
