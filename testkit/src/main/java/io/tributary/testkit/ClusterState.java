package io.tributary.testkit;

import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.ObjectApi;
import io.tributary.fluvio.protocol.ObjectApi.Kind;
import io.tributary.fluvio.protocol.PartitionMetadata;
import io.tributary.fluvio.protocol.SmartModuleMetadata;
import io.tributary.fluvio.protocol.SpuMetadata;
import io.tributary.fluvio.protocol.TopicCompression;
import io.tributary.fluvio.protocol.TopicMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Topics, partitions, the SPUs and which SPU leads each partition, plus the SC's metadata watches.
 * SPUs are numbered from 0 (their index); their Fluvio ids count from {@link #FIRST_SPU_ID}, as on
 * a local Fluvio cluster. Every SPU reads and writes the same in-memory logs, so moving a leader
 * loses nothing (as with fully in-sync replicas).
 */
final class ClusterState {
  /** The Fluvio id of SPU 0; SPU {@code n} has id {@code FIRST_SPU_ID + n}. */
  static final int FIRST_SPU_ID = 5001;

  private static final Pattern TOPIC_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /** The consumer-offset system partition (led by SPU 0 unless moved). */
  final ConsumerOffsetStore consumerOffsets = new ConsumerOffsetStore(FIRST_SPU_ID);

  private final Map<String, List<PartitionLog>> topics = new TreeMap<>();

  /** Leader SPU index of each partition, by topic. */
  private final Map<String, int[]> leaders = new TreeMap<>();

  private final int[] spuPorts;
  private final boolean[] spuOnline;
  private final Map<String, TopicMetadata.Spec> specs = new TreeMap<>();
  private final Map<String, SmartModuleMetadata> smartModules = new TreeMap<>();
  private final List<Watch> watches = new CopyOnWriteArrayList<>();
  private final AtomicInteger injectedFailures = new AtomicInteger();
  private volatile int injectedCode;
  private long epoch = 1;

  private volatile java.util.function.Consumer<ApiRouter.Observed> observer = o -> {};

  /** Sets what sees every request the SPUs decode (tests of what clients send). */
  void observer(java.util.function.Consumer<ApiRouter.Observed> action) {
    observer = action;
  }

  void observe(ApiRouter.Observed request) {
    observer.accept(request);
  }

  /** A registered Watch stream. */
  record Watch(ApiRouter.Exchange exchange, Kind<?> kind) {}

  ClusterState(int spus) {
    spuPorts = new int[spus];
    spuOnline = new boolean[spus];
  }

  /** The Fluvio id of SPU {@code index}. */
  static int spuId(int index) {
    return FIRST_SPU_ID + index;
  }

  /** Number of SPUs, running or stopped. */
  int spuCount() {
    return spuPorts.length;
  }

  /** SPU {@code index} listens on {@code port}; publishes the change. */
  void spuStarted(int index, int port) {
    synchronized (this) {
      spuPorts[index] = port;
      spuOnline[index] = true;
      epoch++;
    }
    publish();
  }

  /** SPU {@code index} stopped: offline, its partitions' leader offline; publishes the change. */
  void spuStopped(int index) {
    synchronized (this) {
      spuOnline[index] = false;
      epoch++;
    }
    publish();
  }

  synchronized boolean spuOnline(int index) {
    return spuOnline[index];
  }

  synchronized int spuPort(int index) {
    return spuPorts[index];
  }

  /**
   * The index of the SPU leading a partition ({@code consumer-offset} 0 included), or -1 if there
   * is no such partition.
   */
  synchronized int leader(String topic, int partition) {
    if (isSystemPartition(topic, partition)) {
      return consumerOffsets.leader() - FIRST_SPU_ID;
    }
    int[] l = leaders.get(topic);
    return l == null || partition < 0 || partition >= l.length ? -1 : l[partition];
  }

  /** Whether SPU {@code spu} leads the partition. */
  boolean leads(int spu, String topic, int partition) {
    return leader(topic, partition) == spu;
  }

  /**
   * Why SPU {@code spu} may not serve a partition, as a Fluvio SPU answers: null if it leads it,
   * TopicNotFound if there is no such topic, else NotLeaderForPartition (also for a partition
   * number the topic does not have).
   */
  ErrorCode notLeader(int spu, String topic, int partition) {
    if (leads(spu, topic, partition)) {
      return null;
    }
    return topic(topic) == null
        ? ErrorCode.of(ErrorCode.TOPIC_NOT_FOUND)
        : ErrorCode.of(ErrorCode.NOT_LEADER_FOR_PARTITION);
  }

  /**
   * Makes SPU {@code spu} the leader of a partition (also {@code consumer-offset} 0) and publishes
   * the change; returns the index of the previous leader.
   *
   * @throws IllegalArgumentException naming what does not exist or why it cannot move
   */
  int moveLeader(String topic, int partition, int spu) {
    int previous;
    synchronized (this) {
      boolean system = isSystemPartition(topic, partition);
      int[] l = leaders.get(topic);
      if (!system && l == null) {
        throw new IllegalArgumentException("no topic '" + topic + "'");
      }
      if (!system && (partition < 0 || partition >= l.length)) {
        throw new IllegalArgumentException(
            "topic '" + topic + "' has no partition " + partition + " (it has " + l.length + ")");
      }
      checkSpu(spu);
      if (!spuOnline[spu]) {
        throw new IllegalArgumentException("SPU " + spu + " is stopped");
      }
      previous = leader(topic, partition);
      if (system) {
        consumerOffsets.leader(spuId(spu));
      } else {
        l[partition] = spu;
      }
      epoch++;
    }
    publish();
    return previous;
  }

  private boolean isSystemPartition(String topic, int partition) {
    return topic.equals(ConsumerOffsetStore.TOPIC) && partition == 0 && consumerOffsets.enabled();
  }

  /**
   * The system partitions ({@code consumer-offset} 0, unless disabled) as the SC lists them:
   * LeaderOffline while their leader's SPU is stopped.
   */
  List<PartitionMetadata> systemPartitions() {
    return consumerOffsets.partitions().stream()
        .map(
            p -> {
              boolean online;
              synchronized (this) {
                online = spuOnline[p.spec().leader() - FIRST_SPU_ID];
              }
              PartitionMetadata.Status s = p.status();
              return online
                  ? p
                  : new PartitionMetadata(
                      p.name(),
                      p.spec(),
                      new PartitionMetadata.Status(
                          2,
                          s.leader(),
                          s.lsr(),
                          s.replicas(),
                          s.size(),
                          s.beingDeleted(),
                          s.baseOffset()));
            })
        .toList();
  }

  /**
   * @throws IllegalArgumentException if there is no SPU {@code index}
   */
  void checkSpu(int index) {
    if (index < 0 || index >= spuPorts.length) {
      throw new IllegalArgumentException(
          "no SPU " + index + " (SPUs are numbered 0 to " + (spuPorts.length - 1) + ")");
    }
  }

  /**
   * Creates a topic as its spec says: the partition count and the compression its batches must use;
   * the rest (replication, retention, storage) is kept as given and listed back.
   */
  ErrorCode createTopic(String name, TopicMetadata.Spec spec) {
    return createTopic(
        name, spec.replicas().partitions(), TopicCompression.fromTag(spec.compression()), spec);
  }

  /**
   * Creates a topic whose batches must use {@code compression}; returns the error if it exists or
   * the name is invalid.
   */
  ErrorCode createTopic(String name, int partitions, TopicCompression compression) {
    return createTopic(name, partitions, compression, null);
  }

  private ErrorCode createTopic(
      String name, int partitions, TopicCompression compression, TopicMetadata.Spec spec) {
    if (name.equals(ConsumerOffsetStore.TOPIC) && consumerOffsets.enabled()) {
      return ErrorCode.of(ErrorCode.TOPIC_ALREADY_EXISTS);
    }
    if (!TOPIC_NAME.matcher(name).matches()) {
      return new ErrorCode(2006, "");
    }
    if (partitions < 1) {
      return new ErrorCode(2004, "");
    }
    synchronized (this) {
      if (topics.containsKey(name)) {
        return ErrorCode.of(ErrorCode.TOPIC_ALREADY_EXISTS);
      }
      List<PartitionLog> logs = new ArrayList<>();
      for (int i = 0; i < partitions; i++) {
        logs.add(new PartitionLog(compression));
      }
      topics.put(name, List.copyOf(logs));
      leaders.put(name, roundRobin(partitions));
      if (spec != null) {
        specs.put(name, spec);
      }
      epoch++;
    }
    publish();
    return ErrorCode.NONE;
  }

  /** Leaders of a new topic: partition p on the p-th running SPU, round robin. */
  private int[] roundRobin(int partitions) {
    List<Integer> running = new ArrayList<>();
    for (int i = 0; i < spuOnline.length; i++) {
      if (spuOnline[i]) {
        running.add(i);
      }
    }
    int[] out = new int[partitions];
    for (int p = 0; p < partitions; p++) {
      out[p] = running.isEmpty() ? p % spuOnline.length : running.get(p % running.size());
    }
    return out;
  }

  /** Stores a SmartModule under its store name (replacing one of that name). */
  synchronized void addSmartModule(SmartModuleMetadata module) {
    smartModules.put(module.name(), module);
  }

  /**
   * The stored SmartModules whose names contain one of {@code filters} (all without filters); with
   * {@code summary}, with their wasm length instead of their wasm, as the SC lists them.
   */
  synchronized List<SmartModuleMetadata> smartModules(List<String> filters, boolean summary) {
    return smartModules.values().stream()
        .filter(m -> filters.isEmpty() || filters.stream().anyMatch(f -> m.name().contains(f)))
        .map(
            m ->
                summary
                    ? new SmartModuleMetadata(
                        m.name(), m.pkg(), (long) m.payload().length, m.format(), new byte[0])
                    : m)
        .toList();
  }

  /** The spec a topic was created with, or {@code null} if it does not exist. */
  synchronized TopicMetadata.Spec spec(String name) {
    TopicMetadata.Spec spec = specs.get(name);
    List<PartitionLog> logs = topics.get(name);
    if (spec != null || logs == null) {
      return spec;
    }
    TopicMetadata.Spec computed = TopicMetadata.Spec.computed(logs.size(), 1);
    return new TopicMetadata.Spec(
        computed.replicas(), null, null, logs.get(0).compression().tag(), null, false);
  }

  synchronized List<PartitionLog> topic(String name) {
    return topics.get(name);
  }

  /** The log of a partition, or null if the topic or partition does not exist. */
  PartitionLog partition(String topic, int partition) {
    List<PartitionLog> logs = topic(topic);
    return logs == null || partition < 0 || partition >= logs.size() ? null : logs.get(partition);
  }

  synchronized Map<String, List<PartitionLog>> snapshot() {
    return new TreeMap<>(topics);
  }

  /** Arms fault injection: the next {@code times} produce partitions fail with {@code code}. */
  void failNextProduces(int times, int code) {
    injectedCode = code;
    injectedFailures.set(times);
  }

  /** The injected error to return for one produce partition, or null. */
  ErrorCode takeInjectedFailure() {
    return injectedFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0
        ? ErrorCode.of(injectedCode)
        : null;
  }

  synchronized List<SpuMetadata> spus() {
    List<SpuMetadata> out = new ArrayList<>();
    for (int i = 0; i < spuPorts.length; i++) {
      SpuMetadata.IngressPort pub =
          new SpuMetadata.IngressPort(
              spuPorts[i], List.of(new SpuMetadata.IngressAddr(null, "127.0.0.1")), false);
      SpuMetadata.Endpoint priv = new SpuMetadata.Endpoint(0, "127.0.0.1", false);
      out.add(
          new SpuMetadata(
              "custom-spu-" + spuId(i),
              spuId(i),
              true,
              pub,
              priv,
              null,
              null,
              spuOnline[i] ? 0 : 1));
    }
    return out;
  }

  /** Partitions as the SC lists them: leader, its only replica, Online or LeaderOffline. */
  List<PartitionMetadata> partitions() {
    List<PartitionMetadata> out = new ArrayList<>();
    snapshot()
        .forEach(
            (name, logs) -> {
              for (int i = 0; i < logs.size(); i++) {
                PartitionLog log = logs.get(i);
                long hw = log.highWatermark();
                int leader;
                boolean online;
                synchronized (this) {
                  leader = leaders.get(name)[i];
                  online = spuOnline[leader];
                }
                int id = spuId(leader);
                out.add(
                    new PartitionMetadata(
                        name + "-" + i,
                        new PartitionMetadata.Spec(
                            id,
                            List.of(id),
                            null,
                            null,
                            log.compression().tag(),
                            null,
                            false,
                            null),
                        new PartitionMetadata.Status(
                            online ? 1 : 2,
                            new PartitionMetadata.ReplicaStatus(id, hw, hw),
                            0,
                            List.of(),
                            log.size(),
                            false,
                            0)));
              }
            });
    return out;
  }

  List<TopicMetadata> topics() {
    List<TopicMetadata> out = new ArrayList<>();
    snapshot()
        .forEach(
            (name, logs) -> {
              Map<Integer, List<Integer>> replicaMap = new TreeMap<>();
              for (int i = 0; i < logs.size(); i++) {
                replicaMap.put(i, List.of(spuId(leader(name, i))));
              }
              out.add(
                  new TopicMetadata(
                      name, spec(name), new TopicMetadata.Status(4, replicaMap, Map.of(), "")));
            });
    return out;
  }

  @SuppressWarnings("unchecked")
  <T> List<T> items(Kind<T> kind) {
    if (kind == ObjectApi.SPU) {
      return (List<T>) spus();
    }
    if (kind == ObjectApi.PARTITION) {
      return (List<T>) partitions();
    }
    return (List<T>) topics();
  }

  void addWatch(Watch watch) {
    watches.add(watch);
    send(watch);
  }

  void removeWatches(ServerConnection c) {
    watches.removeIf(w -> w.exchange().connection() == c);
  }

  private void publish() {
    for (Watch w : watches) {
      if (!send(w)) {
        watches.remove(w);
      }
    }
  }

  private <T> boolean send(Watch w) {
    @SuppressWarnings("unchecked")
    Kind<T> kind = (Kind<T>) w.kind();
    long e;
    synchronized (this) {
      e = epoch;
    }
    List<T> all = items(kind);
    if (kind == ObjectApi.PARTITION) { // a Watch sends the whole store, system partitions too
      @SuppressWarnings("unchecked")
      List<T> system = (List<T>) systemPartitions();
      all = new ArrayList<>(all);
      all.addAll(system);
    }
    return w.exchange().send(Apis.WATCH, new ObjectApi.WatchResponse<>(kind, e, List.of(), all));
  }
}
