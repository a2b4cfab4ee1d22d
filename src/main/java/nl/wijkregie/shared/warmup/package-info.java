/** Warm before ready: modules register hot-path steps that run, rolled back, before the node reports ready. */
package nl.wijkregie.shared.warmup;
