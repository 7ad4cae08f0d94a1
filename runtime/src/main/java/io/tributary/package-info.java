/**
 * Tributary's public API for connector authors: {@link io.tributary.Connector}, {@link
 * io.tributary.Option}, {@link io.tributary.Secret}, {@link io.tributary.Source}, {@link
 * io.tributary.Sink}, {@link io.tributary.TopicProducer} and {@link io.tributary.RecordStream}.
 */
package io.tributary;
