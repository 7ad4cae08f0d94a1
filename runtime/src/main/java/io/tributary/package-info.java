/**
 * Tributary's public API for connector authors: {@link io.tributary.Connector}, {@link
 * io.tributary.Option}, {@link io.tributary.Secret}, {@link io.tributary.Source}, {@link
 * io.tributary.Sink}, {@link io.tributary.TopicProducer}, {@link io.tributary.RecordStream} and
 * {@link io.tributary.InvalidOptionException}.
 */
package io.tributary;
