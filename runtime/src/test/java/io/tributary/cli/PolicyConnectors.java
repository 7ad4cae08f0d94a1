package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.Direction;
import io.tributary.RecordException;
import io.tributary.RecordStream;
import io.tributary.Sink;
import io.tributary.Source;
import io.tributary.TopicProducer;
import io.tributary.schema.ConnectorModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connectors for the metrics and record-policy tests: a source that sends a fixed list and then
 * waits to be stopped, and a sink that writes what it may and fails on purpose — {@code bad}
 * (rejected: thrown), {@code bad-in-batch} (rejected: reported through {@code failed} while it
 * keeps its state), {@code flaky} (fails twice, retriably, then is written).
 */
final class PolicyConnectors {
  /** What the sink wrote, in order. */
  static final List<String> WRITTEN = Collections.synchronizedList(new ArrayList<>());

  /** Failed attempts so far, by value. */
  static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();

  /** What the source sends. */
  static volatile List<String> toSend = List.of();

  private PolicyConnectors() {}

  static void reset() {
    WRITTEN.clear();
    ATTEMPTS.clear();
  }

  static final class ListSource extends NoOptions {
    @Override
    public ConnectorModel model() {
      return new ConnectorModel(
          "list-source", Direction.SOURCE, "2.0.0", "Sends a list.", "Options", List.of());
    }

    @Override
    public Source<Options> newSource() {
      return (NoOptions.Options options, TopicProducer producer) -> {
        for (String v : toSend) {
          producer.send(null, v);
        }
        producer.flush();
        Thread.sleep(Long.MAX_VALUE); // until stopped
      };
    }
  }

  static final class PickySink extends NoOptions {
    @Override
    public ConnectorModel model() {
      return new ConnectorModel(
          "picky-sink", Direction.SINK, "3.1.0", "Writes most records.", "Options", List.of());
    }

    @Override
    public Sink<Options> newSink() {
      return (NoOptions.Options options, RecordStream records) -> {
        for (ConsumerRecord r : records) {
          String v = r.valueAsString();
          if (v.equals("bad")) {
            throw new RecordException(r, false, new IllegalArgumentException("rejected " + v));
          }
          if (v.equals("flaky") && ATTEMPTS.merge(v, 1, Integer::sum) <= 2) {
            throw new RecordException(r, true, "temporarily unavailable");
          }
          while (v.equals("bad-in-batch")) {
            if (!records.failed(new RecordException(r, false, "constraint violated"))) {
              break; // dealt with: go on with the next record, keeping the batch
            }
          }
          if (!v.equals("bad-in-batch")) {
            WRITTEN.add(v);
          }
        }
      };
    }
  }
}
