package io.tributary.fluvio;

import java.time.Instant;

/**
 * An offset stored in the cluster for a consumer id and a topic partition, as {@code fluvio
 * consumer list} shows it.
 *
 * @param consumerId the consumer id
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset of the last record handed to that consumer's application; a consumer
 *     with this id resumes at {@code offset + 1}
 * @param modifiedTime when it was stored (second precision)
 */
public record ConsumerOffset(
    String consumerId, String topic, int partition, long offset, Instant modifiedTime) {}
