import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioClient;
import io.tributary.fluvio.FluvioProducer;
import io.tributary.fluvio.ProducerConfig;
import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.Compression;
import io.tributary.fluvio.protocol.RecordBatch;
import io.tributary.fluvio.protocol.WireRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Codec benchmark on JSON records (single-file program, run by bench/codecs/run.sh with the testkit
 * jar on the class path).
 *
 * <p>{@code produce <endpoint> <topic> <codec> <records>}: produces the JSON records with that
 * codec and default batching (linger 100 ms, batch 16 KiB), flushes, prints "records seconds
 * bytes". The same load goes to another topic first, untimed, to warm up the JIT. {@code ratio
 * <records> <batch-bytes>}: groups the records into batches as the producer does and encodes each
 * batch with every codec; prints per codec the encoded bytes, the ratio to uncompressed batches,
 * and the median, minimum and maximum of 7 timed encode and decode passes (after 5 untimed ones) in
 * MB/s of record bytes.
 */
public class CodecBench {
  static final int WARMUP = 5;
  static final int PASSES = 7;

  public static void main(String[] args) throws Exception {
    if (args[0].equals("produce")) {
      Compression codec = Compression.parse(args[3]);
      List<byte[]> records = records(Integer.parseInt(args[4]));
      try (FluvioClient client = FluvioClient.connect(ClusterConfig.ofEndpoint(args[1]))) {
        client.ensureTopic(args[2] + "-warmup", 1);
        client.ensureTopic(args[2], 1);
        produce(client, args[2] + "-warmup", codec, records);
        long bytes = records.stream().mapToLong(r -> r.length).sum();
        double seconds = produce(client, args[2], codec, records);
        System.out.println(records.size() + " " + seconds + " " + bytes);
      }
    } else {
      ratio(records(Integer.parseInt(args[1])), Integer.parseInt(args[2]));
    }
  }

  static double produce(
      FluvioClient client, String topic, Compression codec, List<byte[]> records) {
    try (FluvioProducer p =
        client.producer(topic, ProducerConfig.defaults().withCompression(codec))) {
      long start = System.nanoTime();
      for (byte[] r : records) {
        p.send(null, r);
      }
      p.flush();
      return (System.nanoTime() - start) / 1e9;
    }
  }

  static void ratio(List<byte[]> records, int batchBytes) {
    List<List<WireRecord>> batches = new ArrayList<>();
    List<WireRecord> batch = new ArrayList<>();
    long bytes = 0;
    long recordBytes = 0;
    for (byte[] r : records) {
      if (!batch.isEmpty() && bytes + r.length + 8 > batchBytes) {
        batches.add(batch);
        batch = new ArrayList<>();
        bytes = 0;
      }
      batch.add(new WireRecord(0, batch.size(), null, r));
      bytes += r.length + 8;
      recordBytes += r.length;
    }
    batches.add(batch);
    long plain = 0;
    System.out.printf(
        "%d records, %d bytes of values, %d batches of up to %d bytes%n",
        records.size(), recordBytes, batches.size(), batchBytes);
    for (Compression codec : Compression.values()) {
      long encoded = 0;
      List<byte[]> wire = new ArrayList<>();
      for (List<WireRecord> b : batches) {
        byte[] e = RecordBatch.of(b, 0, 0, codec).encode();
        wire.add(e);
        encoded += e.length;
      }
      if (codec == Compression.NONE) {
        plain = encoded;
      }
      double[] enc = new double[PASSES];
      double[] dec = new double[PASSES];
      for (int pass = -WARMUP; pass < PASSES; pass++) { // untimed passes warm up the JIT
        long t0 = System.nanoTime();
        for (List<WireRecord> b : batches) {
          RecordBatch.of(b, 0, 0, codec).encode();
        }
        long t1 = System.nanoTime();
        for (byte[] e : wire) {
          RecordBatch.decode(new ByteReader(e));
        }
        long t2 = System.nanoTime();
        if (pass >= 0) {
          enc[pass] = recordBytes / 1e6 / ((t1 - t0) / 1e9);
          dec[pass] = recordBytes / 1e6 / ((t2 - t1) / 1e9);
        }
      }
      Arrays.sort(enc);
      Arrays.sort(dec);
      System.out.printf(
          "%s %d %.2f %.0f %.0f %.0f %.0f %.0f %.0f%n",
          codec.label(),
          encoded,
          (double) plain / encoded,
          enc[PASSES / 2],
          enc[0],
          enc[PASSES - 1],
          dec[PASSES / 2],
          dec[0],
          dec[PASSES - 1]);
    }
  }

  /** JSON records like a source connector produces: about 260 bytes, varied values. */
  static List<byte[]> records(int count) {
    SplittableRandom random = new SplittableRandom(20261203);
    String[] sites = {"berlin-1", "berlin-2", "paris-1", "austin-3", "tokyo-2", "lagos-1"};
    String[] states = {"ok", "ok", "ok", "degraded", "offline"};
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String json =
          "{\"id\":"
              + (1_000_000 + i)
              + ",\"request\":\""
              + Long.toHexString(random.nextLong())
              + "\""
              + ",\"site\":\""
              + sites[random.nextInt(sites.length)]
              + "\""
              + ",\"sensor\":\"sensor-"
              + random.nextInt(500)
              + "\""
              + ",\"temperature\":"
              + (random.nextInt(6000) - 1000) / 100.0
              + ",\"humidity\":"
              + random.nextInt(1000) / 10.0
              + ",\"status\":\""
              + states[random.nextInt(states.length)]
              + "\""
              + ",\"firmware\":\"v"
              + (1 + random.nextInt(3))
              + "."
              + random.nextInt(10)
              + ".0\""
              + ",\"tags\":[\"floor-"
              + random.nextInt(8)
              + "\",\"rack-"
              + random.nextInt(40)
              + "\"]"
              + ",\"ts\":\"2026-12-03T"
              + String.format(
                  "%02d:%02d:%02d.%03dZ",
                  random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1000))
              + "\"}";
      out.add(json.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }
}
