package io.tributary.cli;

import io.tributary.ConsumerRecord;
import io.tributary.Direction;
import io.tributary.InvalidOptionException;
import io.tributary.RecordStream;
import io.tributary.Sink;
import io.tributary.Source;
import io.tributary.TopicProducer;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.Constraints;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import io.tributary.spi.BoundOptions;
import io.tributary.spi.ConnectorDefinition;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Connector definitions written the way the annotation processor generates them, for testing the
 * runtime on its own.
 */
final class Fixture {
  private Fixture() {}

  enum Method {
    GET,
    POST
  }

  record Options(
      URI endpoint,
      Duration interval,
      Method method,
      int retries,
      List<String> header,
      Map<String, Integer> weights,
      Optional<String> token,
      boolean verbose,
      Optional<Instant> since) {
    @Override
    public String toString() {
      return "Options[...]";
    }
  }

  static final List<OptionModel> OPTIONS =
      List.of(
          OptionModel.builder("endpoint", OptionType.URI).description("URL to poll").build(),
          OptionModel.builder("interval", OptionType.DURATION).defaultValue("10s").build(),
          OptionModel.builder("method", OptionType.ENUM)
              .enumValues("GET", "POST")
              .defaultValue("GET")
              .build(),
          OptionModel.builder("retries", OptionType.INT)
              .defaultValue("3")
              .constraints(Constraints.builder().minimum("0").maximum("100").build())
              .build(),
          OptionModel.builder("header", OptionType.STRING).container(Container.LIST).build(),
          OptionModel.builder("weights", OptionType.INT)
              .container(Container.MAP)
              .itemConstraints(Constraints.builder().minimum("1").build())
              .build(),
          OptionModel.builder("token", OptionType.STRING)
              .container(Container.OPTIONAL)
              .secret()
              .constraints(Constraints.builder().minLength(8).build())
              .build(),
          OptionModel.builder("verbose", OptionType.BOOLEAN).build(),
          OptionModel.builder("since", OptionType.INSTANT).container(Container.OPTIONAL).build());

  /** What the last run saw. */
  static final List<Object> SEEN = new ArrayList<>();

  static void add(CommandSpec spec, String name, boolean repeatable, boolean flag) {
    OptionSpec.Builder b = OptionSpec.builder("--" + name);
    if (repeatable) {
      b.type(List.class).auxiliaryTypes(String.class);
    } else if (flag) {
      b.type(String.class).arity("0..1").fallbackValue("true");
    } else {
      b.type(String.class);
    }
    spec.addOption(b.build());
  }

  abstract static class Base implements ConnectorDefinition<Options> {
    @Override
    public void addOptions(CommandSpec spec) {
      add(spec, "endpoint", false, false);
      add(spec, "interval", false, false);
      add(spec, "method", false, false);
      add(spec, "retries", false, false);
      add(spec, "header", true, false);
      add(spec, "weights", true, false);
      add(spec, "token", false, false);
      add(spec, "verbose", false, true);
      add(spec, "since", false, false);
    }

    @Override
    public Options bind(BoundOptions v) {
      return new Options(
          v.get("endpoint"),
          v.get("interval"),
          v.enumValue("method", Method.values()),
          v.get("retries"),
          v.get("header"),
          v.get("weights"),
          v.get("token"),
          v.get("verbose"),
          v.get("since"));
    }

    @Override
    public String describe(Options o) {
      return "Options[endpoint=" + o.endpoint() + ", token=****]";
    }
  }

  /** A source sending one record per header value, then "done". */
  static final class SourceDefinition extends Base {
    @Override
    public ConnectorModel model() {
      return new ConnectorModel(
          "fixture-source", Direction.SOURCE, "1.2.3", "A fixture.", "Options", OPTIONS);
    }

    @Override
    public Source<Options> newSource() {
      return (Options options, TopicProducer producer) -> {
        SEEN.clear();
        SEEN.add(options);
        for (String h : options.header()) {
          if (h.equals("reject")) {
            throw new InvalidOptionException("--header", "the server refuses the header reject");
          }
          producer.send("k", h);
        }
        producer.send((String) null, "done");
      };
    }
  }

  /** A sink recording what it reads. */
  static final class SinkDefinition extends Base {
    @Override
    public ConnectorModel model() {
      return new ConnectorModel(
          "fixture-sink", Direction.SINK, "1.2.3", "A fixture.", "Options", OPTIONS);
    }

    @Override
    public Sink<Options> newSink() {
      return (Options options, RecordStream records) -> {
        SEEN.clear();
        if (options.header().contains("reject")) {
          throw new InvalidOptionException("--header", "the server refuses the header reject");
        }
        if (options.header().contains("announce")) {
          System.err.println("sink running"); // readiness, for tests that signal the process
          System.err.flush();
        }
        for (ConsumerRecord r : records) {
          if (r.valueAsString().equals("reject")) {
            throw new InvalidOptionException("--header", "the table lacks a column for reject");
          }
          SEEN.add(r);
        }
      };
    }
  }
}
