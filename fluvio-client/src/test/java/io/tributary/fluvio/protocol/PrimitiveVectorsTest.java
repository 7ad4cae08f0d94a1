package io.tributary.fluvio.protocol;

import static io.tributary.fluvio.protocol.Hex.bytes;
import static io.tributary.fluvio.protocol.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference §5.1 "Primitives and headers" and the varint table of §2. */
class PrimitiveVectorsTest {

  @Test
  void fixedWidthStringsOptionsAndVectors() {
    assertThat(hex(new ByteWriter().i16(5))).isEqualTo("0005");
    assertThat(hex(new ByteWriter().u32(16))).isEqualTo("00000010");
    assertThat(hex(new ByteWriter().bool(true).i16(16))).isEqualTo("010010");
    assertThat(hex(new ByteWriter().string("wo"))).isEqualTo("0002776f");
    assertThat(hex(new ByteWriter().optionalString("wo"))).isEqualTo("010002776f");
    assertThat(hex(new ByteWriter().bytes(new byte[] {0x10, 0x11}))).isEqualTo("000000021011");
    assertThat(hex(new ByteWriter().list(List.of("test"), ByteWriter::string)))
        .isEqualTo("00000001000474657374");
  }

  @Test
  void derivedEnumLayouts() {
    // Apple{seeds:13, color:"Red"}, tag 22 {a:"Hello", b:234}, Hsv(22,33,44) with tag 0x46
    assertThat(hex(new ByteWriter().i8(0).i16(13).string("Red"))).isEqualTo("00000d0003526564");
    assertThat(hex(new ByteWriter().i8(22).string("Hello").u32(234)))
        .isEqualTo("16000548656c6c6f000000ea");
    assertThat(hex(new ByteWriter().i8(0x46).i8(22).i8(33).i8(44))).isEqualTo("4616212c");
  }

  @Test
  void readsWhatItWrites() {
    ByteReader r =
        new ByteReader(bytes("0005 00000010 010010 0002776f 010002776f 00 000000021011"));
    assertThat(r.i16()).isEqualTo((short) 5);
    assertThat(r.u32()).isEqualTo(16);
    assertThat(r.bool()).isTrue();
    assertThat(r.u16()).isEqualTo(16);
    assertThat(r.string()).isEqualTo("wo");
    assertThat(r.optionalString()).isEqualTo("wo");
    assertThat(r.optionalString()).isNull();
    assertThat(r.bytes()).containsExactly(0x10, 0x11);
    assertThat(r.remaining()).isZero();
  }

  @Test
  void boolOtherThanZeroOrOneIsRejected() {
    assertThatThrownBy(() -> new ByteReader(bytes("02")).bool())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("bool");
  }

  @Test
  void truncatedInputIsRejected() {
    assertThatThrownBy(() -> new ByteReader(bytes("0003 6162")).string())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("truncated");
  }

  @ParameterizedTest
  @CsvSource({
    "0,00",
    "-1,01",
    "1,02",
    "63,7e",
    "7,0e",
    "10,14",
    "4,08",
    "8191,fe7f",
    "-134217729,8180808001"
  })
  void varintTable(int value, String encoded) {
    assertThat(hex(new ByteWriter().varint(value))).isEqualTo(encoded);
    assertThat(ByteWriter.varintSize(value)).isEqualTo(encoded.length() / 2);
    assertThat(new ByteReader(bytes(encoded)).varint()).isEqualTo(value);
  }

  @Test
  void requestHeaderVector() {
    ByteWriter w = new ByteWriter();
    new RequestHeader(18, (short) 1, 1, "consumer-1").encode(w);
    assertThat(hex(w)).isEqualTo("0012" + "0001" + "00000001" + "000a" + "636f6e73756d65722d31");
    assertThat(RequestHeader.decode(new ByteReader(w.toByteArray())))
        .isEqualTo(new RequestHeader(18, (short) 1, 1, "consumer-1"));
  }

  @Test
  void errorCodesWithPayloadKeepTheStreamAligned() {
    ByteReader r =
        new ByteReader(bytes("0047 0000000000000007 0000000000000009 0002 0002 6869 0000"));
    assertThat(ErrorCode.decode(r).toString())
        .isEqualTo("OffsetEvicted: offset=7 next_available=9");
    assertThat(ErrorCode.decode(r)).isEqualTo(ErrorCode.other("hi"));
    assertThat(ErrorCode.decode(r).isOk()).isTrue();
    ByteWriter w = new ByteWriter();
    ErrorCode.other("hi").encode(w);
    assertThat(hex(w)).isEqualTo("000200026869");
  }
}
