package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.Direction;
import io.tributary.RecordStream;
import io.tributary.smartmodule.SmartModuleChain;
import io.tributary.smartmodule.SmartModuleRuntimeException;
import io.tributary.smartmodule.SmartRecord;
import io.tributary.spi.ConnectorDefinition;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
    if (!common.dryRun()) {
      console.err().println(definition.model().name() + ": producing to and consuming from a "
          + "Fluvio cluster is not available in this build; run with --dry-run to "
          + (definition.model().direction() == Direction.SOURCE
              ? "write the records to standard output" : "read records from standard input"));
      return ConnectorRunner.USAGE;
    }
    LOG.log(Level.INFO, () -> "starting " + definition.model().name() + " "
        + definition.model().version() + " with " + definition.describe(options));
    Shutdown shutdown = Shutdown.install(Thread.currentThread());
    return definition.model().direction() == Direction.SOURCE
        ? runSource(shutdown) : runSink(shutdown);
  }

  private int runSource(Shutdown shutdown) {
    TransformingOutput transforming = null;
    try (RecordOutput json = new JsonLinesOutput(new BufferedOutputStream(console.out(),
        1 << 16))) {
      RecordOutput output = json;
      if (chain != null) {
        output = transforming = new TransformingOutput(chain, json, common.skipSmartModuleErrors());
      }
      SourceProducer producer = new SourceProducer(output);
      int code = ConnectorRunner.OK;
      try {
        definition.newSource().run(options, producer);
        output.flush();
      } catch (Exception e) {
        code = transforming != null && transforming.failure() != null
            ? smartModuleFailure(transforming.failure()) : failure(e, shutdown);
        flushAfterFailure(output);
      } finally {
        if (chain != null) {
          chain.close();
        }
      }
      LOG.log(Level.INFO, () -> "sent " + producer.count() + " records");
      return code;
    } catch (Exception e) {
      LOG.log(Level.ERROR, "could not deliver the records: " + e.getMessage());
      return ConnectorRunner.FAILED;
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
    BufferedReader reader = new BufferedReader(new InputStreamReader(console.in(),
        StandardCharsets.UTF_8));
    JsonLinesRecordStream input = new JsonLinesRecordStream(reader, shutdown::requested);
    try {
      definition.newSink().run(options, stream(transformed(input)));
      return ConnectorRunner.OK;
    } catch (JsonLinesRecordStream.InputException e) {
      LOG.log(Level.ERROR, e.getMessage());
      return ConnectorRunner.FAILED;
    } catch (SmartModuleRuntimeException e) {
      return smartModuleFailure(e);
    } catch (Exception e) {
      return failure(e, shutdown);
    } finally {
      if (chain != null) {
        chain.close();
      }
    }
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
    LOG.log(Level.ERROR, definition.model().name() + " failed: " + e, e);
    return ConnectorRunner.FAILED;
  }

  /** The input, through the SmartModule chain when there is one. */
  private Supplier<ConsumerRecord> transformed(JsonLinesRecordStream input) {
    if (chain == null) {
      return input::next;
    }
    Deque<ConsumerRecord> ready = new ArrayDeque<>();
    return () -> {
      while (ready.isEmpty()) {
        ConsumerRecord r = input.next();
        if (r == null) {
          return null;
        }
        try {
          for (SmartRecord out : chain.apply(new SmartRecord(r.offset(), r.key(), r.value(),
              r.timestamp()))) {
            ready.add(new ConsumerRecord(out.offset(), out.keyOrNull(), out.value(),
                out.timestampMillis()));
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

  private static RecordStream stream(Supplier<ConsumerRecord> input) {
    return () -> new Iterator<>() {
      private ConsumerRecord next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = input.get();
          done = next == null;
        }
        return next != null;
      }

      @Override
      public ConsumerRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ConsumerRecord r = next;
        next = null;
        return r;
      }
    };
  }
}
