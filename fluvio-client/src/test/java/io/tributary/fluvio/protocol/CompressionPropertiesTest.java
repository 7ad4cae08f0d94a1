package io.tributary.fluvio.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Every codec decodes what it encodes, for payloads from 0 B to 1 MiB of every kind. */
class CompressionPropertiesTest {
  /** A payload description, so a failure shrinks to a small size and prints readably. */
  record Payload(Payloads.Kind kind, int size, long seed) {
    byte[] bytes() {
      return Payloads.of(kind, size, seed);
    }
  }

  @Property(tries = 60)
  void everyCodecRoundTrips(@ForAll Compression codec, @ForAll("payloads") Payload payload) {
    byte[] data = payload.bytes();
    byte[] encoded = codec.compress(data);
    assertThat(codec.decompress(encoded)).isEqualTo(data);
  }

  @Property(tries = 40)
  void aBatchOfRecordsRoundTripsThroughItsCodec(
      @ForAll Compression codec, @ForAll("payloads") Payload payload) {
    byte[] value = payload.bytes();
    RecordBatch batch =
        RecordBatch.of(
            List.of(
                new WireRecord(0, 0, null, value),
                new WireRecord(3, 1, "k".getBytes(), new byte[0])),
            1_700_000_000_000L,
            1_700_000_000_003L,
            codec);
    RecordBatch decoded = RecordBatch.decode(new ByteReader(batch.encode()));
    assertThat(decoded.compression()).isEqualTo(codec);
    assertThat(decoded.records()).hasSize(2);
    assertThat(decoded.records().get(0).value()).isEqualTo(value);
    assertThat(decoded.records().get(1).key()).isEqualTo("k".getBytes());
  }

  @Provide
  Arbitrary<Payload> payloads() {
    Arbitrary<Integer> sizes =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 300)),
            Tuple.of(3, Arbitraries.integers().between(301, 70_000)),
            Tuple.of(2, Arbitraries.integers().between(70_001, 270_000)),
            Tuple.of(1, Arbitraries.integers().between(270_001, 1 << 20)));
    return Combinators.combine(Arbitraries.of(Payloads.Kind.class), sizes, Arbitraries.longs())
        .as(Payload::new);
  }
}
