/** The processor's model: descriptors of validated connectors and the helpers that build them. */
package io.tributary.processor.model;
