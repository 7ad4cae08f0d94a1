package io.tributary.cli;

import io.tributary.fluvio.ConsumedRecord;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioConsumer;
import io.tributary.fluvio.Offset;
import io.tributary.log.TributaryLoggerFinder;
import io.tributary.smartmodule.Lookback;
import io.tributary.smartmodule.SmartRecord;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads the records a SmartModule's {@code look_back} is given, the way Fluvio's SPU picks them for
 * a consumer's stream (docs/smartmodules.md#lookback): per partition, the last {@code last} records
 * before its end (its high watermark when reading starts), and with an {@code age} only those whose
 * timestamp is at most that old ({@code last} 0 with an age: the whole partition, filtered by age).
 * Records produced while reading are not included.
 */
final class LookBackReader {
  private static final Logger LOG = TributaryLoggerFinder.logger("tributary.smartmodule");
  private static final Duration POLL = Duration.ofMillis(200);

  private LookBackReader() {}

  /**
   * One list of records per partition, in the order of {@code partitions}, each oldest first; stops
   * early (with what it has) when {@code stop} says so.
   */
  static List<List<SmartRecord>> read(
      FluvioClient client,
      String topic,
      List<Integer> partitions,
      Lookback lookback,
      BooleanSupplier stop) {
    long now = System.currentTimeMillis();
    List<List<SmartRecord>> all = new ArrayList<>(partitions.size());
    for (int partition : partitions) {
      List<SmartRecord> records = new ArrayList<>();
      if (lookback.last() > 0 || lookback.ageOrNull() != null) {
        Offset start = lookback.last() > 0 ? Offset.fromEnd(lookback.last()) : Offset.beginning();
        try (FluvioConsumer consumer = client.consumer(topic, partition, start)) {
          long end = consumer.position(partition) + consumer.lag(partition);
          while (consumer.position(partition) < end && !stop.getAsBoolean()) {
            for (ConsumedRecord r : consumer.poll(POLL)) {
              if (r.offset() < end && lookback.takes(r.timestamp(), now)) {
                records.add(new SmartRecord(r.offset(), r.key(), r.value(), r.timestamp()));
              }
            }
          }
        }
      }
      LOG.log(
          Level.INFO,
          () ->
              "lookback "
                  + describe(lookback)
                  + ": "
                  + records.size()
                  + (records.size() == 1 ? " record" : " records")
                  + " of "
                  + topic
                  + "-"
                  + partition);
      all.add(records);
    }
    return all;
  }

  /** {@code last 10, age 1h}, for messages. */
  static String describe(Lookback lookback) {
    return "last "
        + lookback.last()
        + (lookback.ageOrNull() == null
            ? ""
            : ", age "
                + lookback.ageOrNull().toString().substring(2).toLowerCase(java.util.Locale.ROOT));
  }
}
