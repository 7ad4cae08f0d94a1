package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.Direction;
import io.tributary.RecordStream;
import io.tributary.spi.ConnectorDefinition;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** One run of a connector with validated options: wiring, signals, flushing, exit codes. */
final class ConnectorExecution<O extends Record> {
  private static final Logger LOG = System.getLogger("tributary");

  private final ConnectorDefinition<O> definition;
  private final O options;
  private final CommonSettings common;
  private final Console console;

  ConnectorExecution(ConnectorDefinition<O> definition, O options, CommonSettings common,
      Console console) {
    this.definition = definition;
    this.options = options;
    this.common = common;
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
    try (RecordOutput output = new JsonLinesOutput(new BufferedOutputStream(console.out(),
        1 << 16))) {
      SourceProducer producer = new SourceProducer(output);
      int code = ConnectorRunner.OK;
      try {
        definition.newSource().run(options, producer);
      } catch (Exception e) {
        code = failure(e, shutdown);
      }
      output.flush();
      LOG.log(Level.INFO, () -> "produced " + producer.count() + " records");
      return code;
    } catch (Exception e) {
      LOG.log(Level.ERROR, "could not deliver the records: " + e.getMessage());
      return ConnectorRunner.FAILED;
    }
  }

  private int runSink(Shutdown shutdown) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(console.in(),
        StandardCharsets.UTF_8));
    JsonLinesRecordStream input = new JsonLinesRecordStream(reader, shutdown::requested);
    try {
      definition.newSink().run(options, stream(input));
      return ConnectorRunner.OK;
    } catch (JsonLinesRecordStream.InputException e) {
      LOG.log(Level.ERROR, e.getMessage());
      return ConnectorRunner.FAILED;
    } catch (Exception e) {
      return failure(e, shutdown);
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

  private static RecordStream stream(JsonLinesRecordStream input) {
    return () -> new Iterator<>() {
      private ConsumerRecord next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = input.next();
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
