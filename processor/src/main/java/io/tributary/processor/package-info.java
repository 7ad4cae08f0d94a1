/** The Tributary annotation processor: turns {@code @Connector} records into generated code. */
package io.tributary.processor;
