package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.Direction;
import io.tributary.InvalidOptionException;
import io.tributary.RecordException;
import io.tributary.Sink;
import io.tributary.fluvio.ConsumerConfig;
import io.tributary.fluvio.ConsumerOffsetException;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.FluvioConnectionException;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.OffsetStrategy;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.log.TributaryLoggerFinder;
import io.tributary.metrics.ConnectorMetrics;
import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.SmartModuleRuntimeException;
import io.tributary.smartmodule.SmartRecord;
import io.tributary.spi.CommonOptionTable;
import io.tributary.spi.ConnectorDefinition;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** One run of a connector with validated options: wiring, signals, flushing, exit codes. */
final class ConnectorExecution<O extends Record> {
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary");

  private final ConnectorDefinition<O> definition;
  private final O options;
  private final CommonSettings common;
  private final SmartModuleChain chain;
  private final Console console;
  private final Telemetry telemetry;
  private final ConnectorMetrics metrics;
  private DeadLetters deadLetters;

  ConnectorExecution(
      ConnectorDefinition<O> definition,
      O options,
      CommonSettings common,
      SmartModuleChain chain,
      Console console,
      Telemetry telemetry) {
    this.definition = definition;
    this.options = options;
    this.common = common;
    this.chain = chain;
    this.console = console;
    this.telemetry = telemetry;
    this.metrics = telemetry.metrics();
  }

  int run() {
    // Messages logged at INFO (shown by default) as strings, not suppliers: linking a lambda costs
    // more than the text on the way to the first record (docs/performance.md, "First record").
    LOG.log(
        Level.INFO,
        "starting "
            + definition.model().name()
            + " "
            + definition.model().version()
            + " with "
            + definition.describe(options));
    Shutdown shutdown = Shutdown.install(Thread.currentThread());
    try {
      return definition.model().direction() == Direction.SOURCE
          ? runSource(shutdown)
          : runSink(shutdown);
    } catch (FluvioConfigException e) {
      console.err().println(definition.model().name() + ": " + e.getMessage());
      return ConnectorRunner.USAGE;
    } catch (SmartModuleRuntimeException e) { // look_back failed, before any record
      return smartModuleFailure(e);
    } catch (FluvioException e) {
      if (shutdown.requested()
          || Thread.currentThread().isInterrupted()
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

  private RecordOutput openOutput(Shutdown shutdown) throws Exception {
    if (common.dryRun()) {
      telemetry.dryRun();
      deadLetters = deadLetters(null);
      lookBackDryRun();
      JsonLinesOutput output =
          new JsonLinesOutput(new BufferedOutputStream(console.out(), 1 << 16));
      metrics.deliveredBy(output::records, output::bytes);
      return output;
    }
    FluvioClient client =
        Cluster.connect(Cluster.config(common, console.env()), definition.model().name());
    try {
      TopicConfig topic = common.topicConfig();
      if (common.createTopic()
          && (topic == null
              ? client.ensureTopic(common.topic(), 1)
              : client.ensureTopic(common.topic(), topic.spec()))) {
        LOG.log(
            Level.INFO,
            "created topic "
                + common.topic()
                + " ("
                + (topic == null ? "1 partition" : topic.describe())
                + ")");
      }
      lookBack(client, List.of(), shutdown);
      ClusterOutput output = new ClusterOutput(client, common.topic(), common.producer().config());
      telemetry.producing(output.producer());
      String dlq = common.recordErrors().deadLetterTopic();
      deadLetters = dlq == null ? null : deadLetters(output.deadLetters(dlq));
      return output;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private int runSource(Shutdown shutdown) throws Exception {
    TransformingOutput transforming = null;
    try (RecordOutput base = openOutput(shutdown)) {
      RecordOutput output = base;
      if (chain != null) {
        RecordPolicy policy = policy();
        output =
            transforming =
                new TransformingOutput(
                    chain,
                    base,
                    (record, error) ->
                        dropped(
                            policy,
                            new ConsumerRecord(
                                record.offset(),
                                record.keyOrNull(),
                                record.value(),
                                record.timestampMillis()),
                            error,
                            new DeadLetters.Origin(common.topic(), null, null)),
                    metrics);
      }
      SourceProducer producer = new SourceProducer(output, metrics);
      shutdown.onForcedExit(new Flush(output));
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
        code =
            transforming != null && transforming.failure() != null
                ? smartModuleFailure(transforming.failure())
                : failure(e, shutdown);
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
      LOG.log(Level.INFO, "sent " + producer.count() + " records");
      return code;
    }
  }

  /** Flushes a source's output when the connector has to be ended (a class, as the log lines). */
  private static final class Flush implements Runnable {
    private final RecordOutput output;

    Flush(RecordOutput output) {
      this.output = output;
    }

    @Override
    public void run() {
      try {
        output.flush();
      } catch (Exception e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }

  private static void flushAfterFailure(RecordOutput output) {
    try {
      output.flush();
    } catch (Exception ignored) {
      // What could be delivered was; the failure itself has been reported.
    }
  }

  /**
   * Gives the modules that look back the topic's records ({@link LookBackReader}), before the first
   * new record: for a sink, the partitions it reads ({@code partitions}, or all when empty); for a
   * source, every partition of the topic it produces to.
   */
  private void lookBack(FluvioClient client, List<Integer> partitions, Shutdown shutdown) {
    if (chain == null || !chain.looksBack()) {
      return;
    }
    List<Integer> read = partitions;
    if (read.isEmpty()) {
      read =
          java.util.stream.IntStream.range(0, client.partitionCount(common.topic()))
              .boxed()
              .toList();
    }
    List<Integer> chosen = read;
    chain.lookBack(
        l -> LookBackReader.read(client, common.topic(), chosen, l, shutdown::requested));
  }

  /** A dry run reads no topic: {@code look_back} is called with no records. */
  private void lookBackDryRun() {
    if (chain != null && chain.looksBack()) {
      LOG.log(
          Level.WARNING,
          "lookback: a dry run reads no topic, so look_back is given no " + "records");
      chain.lookBack(l -> List.of(List.of()));
    }
  }

  private int smartModuleFailure(SmartModuleRuntimeException e) {
    LOG.log(
        Level.ERROR,
        e.getMessage()
            + " (records before it were delivered; "
            + "--on-record-error discard drops failing records instead)");
    return ConnectorRunner.FAILED;
  }

  private DeadLetters deadLetters(FluvioProducer producer) {
    String topic = common.recordErrors().deadLetterTopic();
    return topic == null
        ? null
        : new DeadLetters(topic, producer, definition.model().name(), definition.model().version());
  }

  private RecordPolicy policy() {
    return new RecordPolicy(common.recordErrors(), deadLetters, metrics);
  }

  /**
   * Applies the policy to a record a SmartModule failed on: true when it is dropped, false when the
   * connector halts (SmartModule errors are not retriable: the same input fails again).
   */
  private static boolean dropped(
      RecordPolicy policy,
      ConsumerRecord record,
      SmartModuleRuntimeException error,
      DeadLetters.Origin origin)
      throws InterruptedException {
    try {
      return !policy.failed(
          new RecordException(record, false, error), RecordPolicy.Stage.SMARTMODULE, origin);
    } catch (RecordException halt) {
      return false;
    }
  }

  private int runSink(Shutdown shutdown) {
    Sink<O> sink = definition.newSink();
    if (common.dryRun()) {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
      telemetry.dryRun();
      deadLetters = deadLetters(null);
      lookBackDryRun();
      return runSink(
          shutdown,
          sink,
          new JsonLinesRecordStream(reader, shutdown::requested)::next,
          DeliveryTracker.none(),
          false);
    }
    CommonSettings.Consumer settings = common.consumer();
    DeliveryTracker.Strategy strategy = strategy(settings, sink);
    try (FluvioClient client =
        Cluster.connect(Cluster.config(common, console.env()), definition.model().name())) {
      checkPartitions(client, settings.partitions());
      lookBack(client, settings.partitions(), shutdown);
      boolean managed = strategy != DeliveryTracker.Strategy.NONE;
      FluvioConsumer consumer;
      try {
        consumer =
            client.consumer(
                common.topic(),
                ConsumerConfig.defaults()
                    .withPartitions(settings.partitions())
                    .withStart(SinkOffsetStart.parse(settings.offsetStart()))
                    .withConsumerId(settings.consumerId())
                    .withStrategy(managed ? OffsetStrategy.MANUAL : OffsetStrategy.NONE)
                    .withFlushPeriod(settings.offsetFlush())
                    .withMaxBytes(settings.maxBytes()));
      } catch (ConsumerOffsetException e) {
        throw new InvalidOptionException("--" + CommonOptionTable.CONSUMER_ID, e.getMessage());
      }
      ClusterRecordStream stream =
          new ClusterRecordStream(
              consumer, shutdown::requested, managed, strategy == DeliveryTracker.Strategy.MANUAL);
      FluvioProducer dlq = null;
      try {
        telemetry.consuming(consumer);
        String dlqTopic = common.recordErrors().deadLetterTopic();
        if (dlqTopic != null) {
          client.ensureTopic(dlqTopic, 1);
          dlq = client.producer(dlqTopic, ProducerConfig.defaults());
        }
        deadLetters = deadLetters(dlq);
        return runSink(
            shutdown,
            sink,
            reconnecting(stream, shutdown),
            new DeliveryTracker(strategy, stream.offsets()),
            true);
      } finally {
        stream.close(); // the reader has stopped: store what the sink committed, then close
        if (dlq != null) {
          dlq.close();
        }
      }
    } catch (InvalidOptionException e) {
      return invalidOption(e, 0);
    }
  }

  /** {@code --offset-strategy}, or its default for this sink. */
  private static DeliveryTracker.Strategy strategy(CommonSettings.Consumer settings, Sink<?> sink) {
    String given = settings.offsetStrategy();
    if (given == null) {
      return sink.commitsOffsets()
          ? DeliveryTracker.Strategy.MANUAL
          : DeliveryTracker.Strategy.AUTO;
    }
    if (given.equals("auto") && sink.commitsOffsets()) {
      LOG.log(
          Level.WARNING,
          "--offset-strategy auto stores a record once the sink asks for the "
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
        throw new InvalidOptionException(
            "--" + CommonOptionTable.PARTITION,
            "topic '"
                + common.topic()
                + "' has "
                + count
                + (count == 1 ? " partition" : " partitions")
                + " (0 to "
                + (count - 1)
                + "), got "
                + p);
      }
    }
  }

  /**
   * The input, going on after a lost connection: the consumer reopens its streams where they were
   * at its next polls; until the cluster answers again the connector is not ready, and waits 1 s,
   * doubling up to 30 s, between attempts.
   */
  private static RecordInput reconnecting(RecordInput input, Shutdown shutdown) {
    return new RecordInput() {
      @Override
      public ConsumerRecord next() {
        int attempt = 0;
        while (true) {
          try {
            return input.next();
          } catch (FluvioException e) {
            if (shutdown.requested() || !lostConnection(e)) {
              throw e;
            }
            attempt++;
            long wait = Math.min(30_000, 1000L << Math.min(attempt - 1, 5));
            LOG.log(Level.WARNING, e.getMessage() + "; reconnecting in " + wait + " ms");
            try {
              Thread.sleep(wait);
            } catch (InterruptedException stop) {
              Thread.currentThread().interrupt();
              return null;
            }
          }
        }
      }

      @Override
      public boolean more() {
        return input.more();
      }
    };
  }

  private static boolean lostConnection(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FluvioConnectionException) {
        return true;
      }
    }
    return false;
  }

  private int runSink(
      Shutdown shutdown,
      Sink<O> sink,
      RecordInput input,
      DeliveryTracker tracker,
      boolean fromTopic) {
    Function<ConsumerRecord, DeadLetters.Origin> origin =
        r -> new DeadLetters.Origin(common.topic(), fromTopic ? r.partition() : null, r.offset());
    RecordPolicy policy = policy();
    QueuedRecordStream records =
        new QueuedRecordStream(
            transformed(counted(input), policy, origin), shutdown::requested, tracker);
    PolicyRecordStream stream = new PolicyRecordStream(records, policy, metrics, origin);
    try {
      while (true) {
        try {
          sink.run(options, stream);
          return ConnectorRunner.OK;
        } catch (RecordException e) {
          if (stream.failed(e)) {
            stream.redeliver(e.record());
          }
        }
      }
    } catch (RecordException e) {
      LOG.log(
          Level.ERROR,
          "halted on the record at offset "
              + e.record().offset()
              + " of "
              + common.topic()
              + (fromTopic ? "-" + e.record().partition() : "")
              + ": "
              + e.getMessage()
              + " (--on-record-error decides what happens to records that fail)");
      return ConnectorRunner.FAILED;
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
   * An option the connector found wrong: before any record went through, reported like a validation
   * error (exit 2, nothing done); after, a failure (exit 1) — still without a trace.
   */
  private int invalidOption(InvalidOptionException e, long records) {
    if (records > 0) {
      LOG.log(
          Level.ERROR,
          definition.model().name()
              + " failed after "
              + records
              + (records == 1 ? " record: " : " records: ")
              + e.getMessage());
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

  /** The input, counted as records in. */
  private RecordInput counted(RecordInput input) {
    return new RecordInput() {
      @Override
      public ConsumerRecord next() {
        ConsumerRecord r = input.next();
        if (r != null) {
          metrics.recordsIn.increment();
          metrics.bytesIn.add(r.value().length + (r.key() == null ? 0 : r.key().length));
        }
        return r;
      }

      @Override
      public boolean more() {
        return input.more();
      }
    };
  }

  /** The input, through the SmartModule chain when there is one. */
  private RecordInput transformed(
      RecordInput input, RecordPolicy policy, Function<ConsumerRecord, DeadLetters.Origin> origin) {
    if (chain == null) {
      return input;
    }
    Deque<ConsumerRecord> ready = new ArrayDeque<>();
    return new RecordInput() {
      @Override
      public ConsumerRecord next() {
        while (ready.isEmpty()) {
          ConsumerRecord r = input.next();
          if (r == null) {
            return null;
          }
          long start = System.nanoTime();
          try {
            metrics.smartModuleRecordsIn.increment();
            metrics.smartModuleBytesIn.add(
                r.value().length + (r.key() == null ? 0 : r.key().length));
            for (SmartRecord out :
                chain.apply(new SmartRecord(r.offset(), r.key(), r.value(), r.timestamp()))) {
              ready.add(
                  new ConsumerRecord(
                      out.offset(),
                      out.keyOrNull(),
                      out.value(),
                      out.timestampMillis(),
                      r.partition()));
              metrics.smartModuleRecordsOut.increment();
            }
          } catch (SmartModuleRuntimeException e) {
            metrics.smartModuleErrors.increment();
            boolean dropped;
            try {
              dropped = dropped(policy, r, e, origin.apply(r));
            } catch (InterruptedException stop) {
              Thread.currentThread().interrupt();
              return null;
            }
            if (!dropped) {
              throw e;
            }
          } finally {
            metrics.smartModuleCalls.increment();
            metrics.smartModuleNanos.add(System.nanoTime() - start);
          }
        }
        return ready.poll();
      }

      /**
       * Only the chain's outputs at hand: the input's next records may all be filtered out, and
       * this would then wait for more input, holding back the run gathered so far.
       */
      @Override
      public boolean more() {
        return !ready.isEmpty();
      }
    };
  }
}
