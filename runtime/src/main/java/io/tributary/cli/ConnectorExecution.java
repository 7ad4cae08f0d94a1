package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.Direction;
import io.tributary.InvalidOptionException;
import io.tributary.Sink;
import io.tributary.fluvio.ConsumerConfig;
import io.tributary.fluvio.ConsumerOffsetException;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.OffsetStrategy;
import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.SmartModuleRuntimeException;
import io.tributary.smartmodule.SmartRecord;
import io.tributary.spi.CommonOptionTable;
import io.tributary.spi.ConnectorDefinition;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** One run of a connector with validated options: wiring, signals, flushing, exit codes. */
final class ConnectorExecution<O extends Record> {
  private static final Logger LOG = System.getLogger("tributary");

  private final ConnectorDefinition<O> definition;
  private final O options;
  private final CommonSettings common;
  private final SmartModuleChain chain;
  private final Console console;

  ConnectorExecution(ConnectorDefinition<O> definition, O options, CommonSettings common,
      SmartModuleChain chain, Console console) {
    this.definition = definition;
    this.options = options;
    this.common = common;
    this.chain = chain;
    this.console = console;
  }

  int run() {
    LOG.log(Level.INFO, () -> "starting " + definition.model().name() + " "
        + definition.model().version() + " with " + definition.describe(options));
    Shutdown shutdown = Shutdown.install(Thread.currentThread());
    try {
      return definition.model().direction() == Direction.SOURCE
          ? runSource(shutdown) : runSink(shutdown);
    } catch (FluvioConfigException e) {
      console.err().println(definition.model().name() + ": " + e.getMessage());
      return ConnectorRunner.USAGE;
    } catch (FluvioException e) {
      if (shutdown.requested() || Thread.currentThread().isInterrupted()
          || e.getCause() instanceof InterruptedException) {
        LOG.log(Level.INFO, "stopped before the cluster answered: " + e.getMessage());
        return ConnectorRunner.OK; // a stop request while connecting: nothing was done
      }
      LOG.log(Level.ERROR, "Fluvio: " + e.getMessage());
      return ConnectorRunner.FAILED;
    } catch (Exception e) {
      LOG.log(Level.ERROR, "could not deliver the records", e);
      return ConnectorRunner.FAILED;
    } finally {
      shutdown.finished();
      if (chain != null) {
        chain.close();
      }
    }
  }

  private RecordOutput openOutput() throws Exception {
    if (common.dryRun()) {
      return new JsonLinesOutput(new BufferedOutputStream(console.out(), 1 << 16));
    }
    FluvioClient client = Cluster.connect(Cluster.config(common, console.env()),
        definition.model().name());
    try {
      if (common.createTopic() && client.ensureTopic(common.topic(), 1)) {
        LOG.log(Level.INFO, "created topic " + common.topic() + " (1 partition)");
      }
      return new ClusterOutput(client, common.topic(), common.producer().config());
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private int runSource(Shutdown shutdown) throws Exception {
    TransformingOutput transforming = null;
    try (RecordOutput base = openOutput()) {
      RecordOutput output = base;
      if (chain != null) {
        output = transforming = new TransformingOutput(chain, base, common.skipSmartModuleErrors());
      }
      SourceProducer producer = new SourceProducer(output);
      RecordOutput flushing = output;
      shutdown.onForcedExit(() -> {
        try {
          flushing.flush();
        } catch (Exception e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      });
      int code = ConnectorRunner.OK;
      try {
        definition.newSource().run(options, producer);
        Thread.interrupted(); // a stop request must not abort the flush below
        output.flush();
      } catch (FluvioException e) {
        throw e;
      } catch (InvalidOptionException e) {
        Thread.interrupted();
        code = invalidOption(e, producer.count());
        flushAfterFailure(output);
      } catch (Exception e) {
        Thread.interrupted();
        code = transforming != null && transforming.failure() != null
            ? smartModuleFailure(transforming.failure()) : failure(e, shutdown);
        if (code == ConnectorRunner.OK) {
          output.flush(); // stopped by a signal: a failing flush is a failure, not a clean stop
        } else {
          flushAfterFailure(output);
        }
      } finally {
        if (transforming != null) {
          transforming.stopLingering();
        }
      }
      LOG.log(Level.INFO, () -> "sent " + producer.count() + " records");
      return code;
    }
  }

  private static void flushAfterFailure(RecordOutput output) {
    try {
      output.flush();
    } catch (Exception ignored) {
      // What could be delivered was; the failure itself has been reported.
    }
  }

  private int smartModuleFailure(SmartModuleRuntimeException e) {
    LOG.log(Level.ERROR, e.getMessage() + " (records before it were delivered; "
        + "--smartmodule-errors=skip drops failing records instead)");
    return ConnectorRunner.FAILED;
  }

  private int runSink(Shutdown shutdown) {
    Sink<O> sink = definition.newSink();
    if (common.dryRun()) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(console.in(),
          StandardCharsets.UTF_8));
      return runSink(shutdown, sink, new JsonLinesRecordStream(reader, shutdown::requested)::next,
          DeliveryTracker.none());
    }
    CommonSettings.Consumer settings = common.consumer();
    DeliveryTracker.Strategy strategy = strategy(settings, sink);
    try (FluvioClient client = Cluster.connect(Cluster.config(common, console.env()),
        definition.model().name())) {
      checkPartitions(client, settings.partitions());
      boolean managed = strategy != DeliveryTracker.Strategy.NONE;
      FluvioConsumer consumer;
      try {
        consumer = client.consumer(common.topic(), ConsumerConfig.defaults()
            .withPartitions(settings.partitions())
            .withStart(SinkOffsetStart.parse(settings.offsetStart()))
            .withConsumerId(settings.consumerId())
            .withStrategy(managed ? OffsetStrategy.MANUAL : OffsetStrategy.NONE)
            .withFlushPeriod(settings.offsetFlush())
            .withMaxBytes(settings.maxBytes()));
      } catch (ConsumerOffsetException e) {
        throw new InvalidOptionException("--" + CommonOptionTable.CONSUMER_ID, e.getMessage());
      }
      ClusterRecordStream stream = new ClusterRecordStream(consumer, shutdown::requested,
          managed, strategy == DeliveryTracker.Strategy.MANUAL, settings.offsetFlush());
      try {
        return runSink(shutdown, sink, stream::next,
            new DeliveryTracker(strategy, stream.offsets()));
      } finally {
        stream.close(); // the reader has stopped: store what the sink committed, then close
      }
    } catch (InvalidOptionException e) {
      return invalidOption(e, 0);
    }
  }

  /** {@code --offset-strategy}, or its default for this sink. */
  private static DeliveryTracker.Strategy strategy(CommonSettings.Consumer settings,
      Sink<?> sink) {
    String given = settings.offsetStrategy();
    if (given == null) {
      return sink.commitsOffsets() ? DeliveryTracker.Strategy.MANUAL
          : DeliveryTracker.Strategy.AUTO;
    }
    if (given.equals("auto") && sink.commitsOffsets()) {
      LOG.log(Level.WARNING, "--offset-strategy auto stores a record once the sink asks for the "
          + "next, but this sink commits what it has written: after a crash, records it had not "
          + "written yet may be skipped (manual, the default for it, stores only what it wrote)");
    }
    return DeliveryTracker.Strategy.valueOf(given.toUpperCase(java.util.Locale.ROOT));
  }

  /** Every partition named with {@code --fluvio-partition} exists (exit 2 otherwise). */
  private void checkPartitions(FluvioClient client, List<Integer> partitions) {
    if (partitions.isEmpty()) {
      return;
    }
    int count = client.partitionCount(common.topic());
    for (int p : partitions) {
      if (p >= count) {
        throw new InvalidOptionException("--" + CommonOptionTable.PARTITION, "topic '"
            + common.topic() + "' has " + count + (count == 1 ? " partition" : " partitions")
            + " (0 to " + (count - 1) + "), got " + p);
      }
    }
  }

  private int runSink(Shutdown shutdown, Sink<O> sink, Supplier<ConsumerRecord> input,
      DeliveryTracker tracker) {
    QueuedRecordStream records = new QueuedRecordStream(transformed(input), shutdown::requested,
        tracker);
    try {
      sink.run(options, records);
      return ConnectorRunner.OK;
    } catch (JsonLinesRecordStream.InputException e) {
      LOG.log(Level.ERROR, e.getMessage());
      return ConnectorRunner.FAILED;
    } catch (SmartModuleRuntimeException e) {
      return smartModuleFailure(e);
    } catch (FluvioException e) {
      throw e;
    } catch (InvalidOptionException e) {
      return invalidOption(e, records.delivered());
    } catch (Exception e) {
      return failure(e, shutdown);
    } finally {
      records.close();
    }
  }

  /**
   * An option the connector found wrong: before any record went through, reported like a
   * validation error (exit 2, nothing done); after, a failure (exit 1) — still without a trace.
   */
  private int invalidOption(InvalidOptionException e, long records) {
    if (records > 0) {
      LOG.log(Level.ERROR, definition.model().name() + " failed after " + records
          + (records == 1 ? " record: " : " records: ") + e.getMessage());
      return ConnectorRunner.FAILED;
    }
    console.err().println(definition.model().name() + ": invalid options (1):");
    console.err().println("  " + new Violation(e.flag(), e.problem()));
    return ConnectorRunner.USAGE;
  }

  private int failure(Exception e, Shutdown shutdown) {
    if (shutdown.requested()) {
      LOG.log(Level.INFO, "stopped by signal");
      return ConnectorRunner.OK;
    }
    if (e instanceof InterruptedException) {
      LOG.log(Level.INFO, "interrupted");
      return ConnectorRunner.OK;
    }
    LOG.log(Level.ERROR, definition.model().name() + " failed", e);
    return ConnectorRunner.FAILED;
  }

  /** The input, through the SmartModule chain when there is one. */
  private Supplier<ConsumerRecord> transformed(Supplier<ConsumerRecord> input) {
    if (chain == null) {
      return input;
    }
    Deque<ConsumerRecord> ready = new ArrayDeque<>();
    return () -> {
      while (ready.isEmpty()) {
        ConsumerRecord r = input.get();
        if (r == null) {
          return null;
        }
        try {
          for (SmartRecord out : chain.apply(new SmartRecord(r.offset(), r.key(), r.value(),
              r.timestamp()))) {
            ready.add(new ConsumerRecord(out.offset(), out.keyOrNull(), out.value(),
                out.timestampMillis(), r.partition()));
          }
        } catch (SmartModuleRuntimeException e) {
          if (!common.skipSmartModuleErrors()) {
            throw e;
          }
          LOG.log(Level.WARNING, "skipping the record: " + e.getMessage());
        }
      }
      return ready.poll();
    };
  }
}
