package io.tributary.fluvio;

/**
 * Where an acknowledged record was stored.
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset the SPU assigned
 */
public record RecordMetadata(String topic, int partition, long offset) {}
