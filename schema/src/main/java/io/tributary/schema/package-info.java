/**
 * The option model shared by the annotation processor and the runtime: value types, constraints,
 * the value checker, and the metadata document writer.
 */
package io.tributary.schema;
