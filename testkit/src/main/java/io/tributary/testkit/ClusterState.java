package io.tributary.testkit;

import io.tributary.fluvio.protocol.Apis;
import io.tributary.fluvio.protocol.ErrorCode;
import io.tributary.fluvio.protocol.ObjectApi;
import io.tributary.fluvio.protocol.ObjectApi.Kind;
import io.tributary.fluvio.protocol.PartitionMetadata;
import io.tributary.fluvio.protocol.SpuMetadata;
import io.tributary.fluvio.protocol.TopicMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Topics, partitions and the one SPU of a test cluster, plus the SC's metadata watches. */
final class ClusterState {
  static final int SPU_ID = 5001;
  private static final Pattern TOPIC_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final Map<String, List<PartitionLog>> topics = new TreeMap<>();
  private final List<Watch> watches = new CopyOnWriteArrayList<>();
  private final AtomicInteger injectedFailures = new AtomicInteger();
  private volatile int injectedCode;
  private volatile int spuPort;
  private long epoch = 1;

  /** A registered Watch stream. */
  record Watch(ApiRouter.Exchange exchange, Kind<?> kind) {}

  void spuPort(int port) {
    this.spuPort = port;
  }

  /** Creates a topic; returns the error if it exists or the name is invalid. */
  ErrorCode createTopic(String name, int partitions) {
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
        logs.add(new PartitionLog());
      }
      topics.put(name, List.copyOf(logs));
      epoch++;
    }
    publish();
    return ErrorCode.NONE;
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
        ? ErrorCode.of(injectedCode) : null;
  }

  List<SpuMetadata> spus() {
    SpuMetadata.IngressPort pub = new SpuMetadata.IngressPort(spuPort,
        List.of(new SpuMetadata.IngressAddr(null, "127.0.0.1")), false);
    SpuMetadata.Endpoint priv = new SpuMetadata.Endpoint(0, "127.0.0.1", false);
    return List.of(new SpuMetadata("custom-spu-" + SPU_ID, SPU_ID, true, pub, priv, null, null,
        0));
  }

  List<PartitionMetadata> partitions() {
    List<PartitionMetadata> out = new ArrayList<>();
    snapshot().forEach((name, logs) -> {
      for (int i = 0; i < logs.size(); i++) {
        PartitionLog log = logs.get(i);
        long hw = log.highWatermark();
        out.add(new PartitionMetadata(name + "-" + i,
            new PartitionMetadata.Spec(SPU_ID, List.of(SPU_ID), null, null, 4, null, false, null),
            new PartitionMetadata.Status(1, new PartitionMetadata.ReplicaStatus(SPU_ID, hw, hw),
                0, List.of(), log.size(), false, 0)));
      }
    });
    return out;
  }

  List<TopicMetadata> topics() {
    List<TopicMetadata> out = new ArrayList<>();
    snapshot().forEach((name, logs) -> {
      Map<Integer, List<Integer>> replicaMap = new TreeMap<>();
      for (int i = 0; i < logs.size(); i++) {
        replicaMap.put(i, List.of(SPU_ID));
      }
      out.add(new TopicMetadata(name, TopicMetadata.Spec.computed(logs.size(), 1),
          new TopicMetadata.Status(4, replicaMap, Map.of(), "")));
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
    return w.exchange().send(Apis.WATCH,
        new ObjectApi.WatchResponse<>(kind, e, List.of(), items(kind)));
  }
}
