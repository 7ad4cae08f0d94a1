package io.tributary.smartmodule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.protocol.ByteReader;
import io.tributary.fluvio.protocol.ByteWriter;
import io.tributary.smartmodule.AbiCodec.TransformOutput;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Checks the ABI encoding against the vectors of docs/protocol.md#smartmodule-abi. */
class AbiCodecTest {
  static final long T = 1700000000000L;
  static final HexFormat HEX = HexFormat.of();

  static byte[] hex(String spaced) {
    return HEX.parseHex(spaced.replace(" ", ""));
  }

  static String encodeInput(long baseOffset, long baseTs, List<SmartRecord> records) {
    ByteWriter w = new ByteWriter(16);
    AbiCodec.writeInput(w, baseOffset, baseTs, records);
    return HEX.formatHex(w.toByteArray());
  }

  @Test
  void inputForOneRecordMatchesDerivedV22Vector() {
    SmartRecord apple = SmartRecord.of(0, "apple".getBytes(UTF_8), T);
    assertThat(encodeInput(0, T, List.of(apple)))
        .isEqualTo(
            "0000000000000000 00000010 0000000116000000000a6170706c6500 0000 00 00000000"
                    .replace(" ", "")
                + "0000018bcfe56800");
  }

  @Test
  void filterInputOfThreeRecordsMatchesObservedFixtureInput() {
    List<SmartRecord> records =
        List.of(
            SmartRecord.of(100, "apple".getBytes(UTF_8), T),
            SmartRecord.of(101, "fruit".getBytes(UTF_8), T),
            SmartRecord.of(102, "banana".getBytes(UTF_8), T));
    assertThat(encodeInput(100, T, records)).isEqualTo(FIXTURE_FILTER_INPUT.replace(" ", ""));
  }

  static final String FIXTURE_FILTER_INPUT =
      "0000000000000064 00000029 00000003"
          + " 16000000000a6170706c6500 16000002000a667275697400 18000004000c62616e616e6100"
          + " 0000 00 00000000 0000018bcfe56800";

  static final String FIXTURE_FILTER_OUTPUT =
      "00000002 16000000000a6170706c6500 18000004000c62616e616e6100 00";

  @Test
  void recordVectorsFromTheFluvioRepo() {
    ByteWriter w = new ByteWriter(16);
    AbiCodec.writeRecord(w, SmartRecord.of(1, "dog".getBytes(UTF_8), 0), 0, 0);
    assertThat(HEX.formatHex(w.toByteArray())).isEqualTo("120000020006646f6700");
    w.reset();
    AbiCodec.writeRecord(w, SmartRecord.of(0, "VVVVVVVVVV".getBytes(UTF_8), 0), 0, 0);
    assertThat(HEX.formatHex(w.toByteArray())).isEqualTo("200000000014565656565656565656560" + "0");
  }

  @Test
  void varintsMatchTheRepoTable() {
    int[] values = {0, -1, 1, 63, 7, 10, 4, 8191, -134217729};
    String[] expected = {"00", "01", "02", "7e", "0e", "14", "08", "fe7f", "8180808001"};
    for (int i = 0; i < values.length; i++) {
      ByteWriter w = new ByteWriter(16);
      w.varint(values[i]);
      assertThat(HEX.formatHex(w.toByteArray())).as("varint %d", values[i]).isEqualTo(expected[i]);
      assertThat(ByteWriter.varintSize(values[i])).isEqualTo(expected[i].length() / 2);
      assertThat(new ByteReader(HEX.parseHex(expected[i])).varlong()).isEqualTo(values[i]);
    }
  }

  @Test
  void initInputEncodesSortedParamsAndNoLookback() {
    ByteWriter w = new ByteWriter(16);
    AbiCodec.writeInitInput(w, Map.of());
    assertThat(HEX.formatHex(w.toByteArray())).isEqualTo("000000");
    w.reset();
    AbiCodec.writeInitInput(w, Map.of("key", "a"));
    assertThat(HEX.formatHex(w.toByteArray())).isEqualTo("000100036b65790001" + "61" + "00");
    w.reset();
    AbiCodec.writeInitInput(w, new TreeMap<>(Map.of("b", "2", "a", "1")));
    assertThat(HEX.formatHex(w.toByteArray()))
        .isEqualTo("0002" + "000161" + "000131" + "000162" + "000132" + "00");
  }

  @Test
  void decodesTheObservedFilterOutput() {
    TransformOutput out = AbiCodec.readOutput(hex(FIXTURE_FILTER_OUTPUT), 100, T, false);
    assertThat(out.error()).isNull();
    assertThat(out.successes())
        .containsExactly(
            SmartRecord.of(100, "apple".getBytes(UTF_8), T),
            SmartRecord.of(102, "banana".getBytes(UTF_8), T));
  }

  @Test
  void decodesTheObservedErrorOutput() {
    String hint = "invalid utf-8 sequence of 1 bytes from index 0";
    String bytes =
        "00000000 01 002e"
            + HEX.formatHex(hint.getBytes(UTF_8))
            + "0000000000000007 00 01 02 6b 04 fffe";
    TransformOutput out = AbiCodec.readOutput(hex(bytes), 7, T, false);
    assertThat(out.successes()).isEmpty();
    assertThat(out.error().hint()).isEqualTo(hint);
    assertThat(out.error().offset()).isEqualTo(7);
    assertThat(out.error().kind()).isEqualTo(SmartModuleKind.FILTER);
  }

  @Test
  void decodesTheObservedInitError() {
    assertThat(AbiCodec.readInitErrorHint(hex("0011 4d697373696e6720706172616d206b6579")))
        .isEqualTo("Missing param key");
  }

  @Test
  void keysTimestampsAndOffsetsRoundTripAsDeltas() {
    SmartRecord keyed = new SmartRecord(5_000_000_000L, "k".getBytes(UTF_8), new byte[0], T - 7);
    SmartRecord plain = SmartRecord.of(4_999_999_990L, "v".repeat(300).getBytes(UTF_8), T + 9);
    ByteWriter w = new ByteWriter(16);
    w.i32(2);
    AbiCodec.writeRecord(w, keyed, 5_000_000_000L, T);
    AbiCodec.writeRecord(w, plain, 5_000_000_000L, T);
    w.i8(0);
    TransformOutput out = AbiCodec.readOutput(w.toByteArray(), 5_000_000_000L, T, false);
    assertThat(out.successes()).containsExactly(keyed, plain);
  }

  @Test
  void truncatedOutputIsMalformed() {
    assertThatThrownBy(() -> AbiCodec.readOutput(hex("00000002 1600000000"), 0, 0, false))
        .isInstanceOf(MalformedOutputException.class)
        .hasMessageContaining("bad length 11");
    assertThatThrownBy(() -> AbiCodec.readOutput(hex("000000"), 0, 0, false))
        .isInstanceOf(MalformedOutputException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void batcherSplitsWhenDeltasLeaveTheI32Range() {
    List<SmartRecord> records =
        List.of(
            SmartRecord.of(0, new byte[1], T),
            SmartRecord.of(1, new byte[1], T + 1),
            SmartRecord.of(1L << 33, new byte[1], T),
            SmartRecord.of((1L << 33) + 1, new byte[1], T + (1L << 32)));
    assertThat(RecordBatcher.split(records)).extracting(List::size).containsExactly(2, 1, 1);
  }
}
