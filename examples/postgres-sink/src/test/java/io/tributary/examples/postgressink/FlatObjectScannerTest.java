package io.tributary.examples.postgressink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner reads a record only when it gives exactly the row the parser's texts give: checked on
 * the simple records it must read, on the records it must leave to the parser, and on many random
 * mixes of JSON fragments against {@link FieldReader}.
 */
class FlatObjectScannerTest {
  private static final List<List<String>> PATHS =
      List.of(List.of("n"), List.of("label"), List.of("n"), List.of("missing"));

  private final FlatObjectScanner scanner = FlatObjectScanner.of(PATHS);
  private final FieldReader reader = new FieldReader(PATHS);

  /** The COPY row the scanner makes, or null when it leaves the record to the parser. */
  private String scanned(String json) {
    CopyRows rows = new CopyRows();
    if (!rows.add(scanner, json.getBytes(StandardCharsets.UTF_8))) {
      assertThat(rows.length()).as("nothing added").isZero();
      return null;
    }
    return new String(rows.bytes(), StandardCharsets.UTF_8);
  }

  /** The COPY row made from the parser's texts, or null when the record is bad. */
  private String parsed(String json) {
    String[] values = reader.read(json.getBytes(StandardCharsets.UTF_8));
    if (values == null) {
      return null;
    }
    CopyRows rows = new CopyRows();
    rows.add(Arrays.asList(values));
    return new String(rows.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void readsFlatRecordsOfPlainValuesAsTheParserDoes() {
    for (String json :
        List.of(
            "{\"n\":1,\"label\":\"r1\"}",
            " {\n\t\"label\" : \"a b/c\" ,\r\"n\" : -42 } ",
            "{\"n\":0,\"label\":null,\"other\":true}",
            "{\"n\":123456789012345678,\"label\":\"\",\"x\":false}",
            "{\"label\":\"x\"}",
            "{}",
            "{\"n\":1}trailing bytes are not looked at",
            "{\"label\":\"~\u007f\",\"n\":true}")) {
      assertThat(scanned(json)).as(json).isNotNull().isEqualTo(parsed(json));
    }
    assertThat(scanned("{\"n\":7,\"label\":\"r7\"}")).isEqualTo("7\tr7\t7\t\\N\n");
  }

  @Test
  void leavesEverythingElseToTheParser() {
    for (String json :
        List.of(
            "{\"n\":1.5}",
            "{\"n\":1e3}",
            "{\"n\":-0}",
            "{\"n\":007}",
            "{\"n\":1234567890123456789}",
            "{\"label\":\"a\\tb\"}",
            "{\"label\":\"\\u0041\"}",
            "{\"label\":\"ü\"}",
            "{\"label\":\"tab\there\"}",
            "{\"n\":{\"a\":1}}",
            "{\"n\":[1]}",
            "{\"n\":1,\"n\":2}",
            "{\"x\":1,\"x\":2}",
            "{\"n\":1,}",
            "{\"n\":1",
            "{\"n\":tru}",
            "{\"n\":truex}",
            "{\"n\":12ab}",
            "[1]",
            "\uFEFF{\"n\":1}",
            "",
            "{\"n\"1}",
            "{\"" + "k".repeat(60_000) + "\":1,\"n\":2}")) {
      assertThat(scanned(json)).as(json).isNull();
    }
  }

  @Test
  void isNullForPathsIntoObjects() {
    assertThat(FlatObjectScanner.of(List.of(List.of("a"), List.of("p", "v")))).isNull();
  }

  @Test
  void neverDiffersFromTheParserOnRandomMixesOfJson() {
    String[] fragments = {
      "{",
      "}",
      "{",
      "}",
      "\"n\"",
      "\"label\"",
      "\"x\"",
      ":",
      ":",
      ",",
      ",",
      " ",
      "\n",
      "1",
      "-7",
      "0",
      "-0",
      "007",
      "2.5",
      "1e3",
      "99999999999999999999",
      "\"r1\"",
      "\"a\\\"b\"",
      "\"ü\"",
      "\"\"",
      "true",
      "false",
      "null",
      "tru",
      "[",
      "]",
      "\"",
      "\\",
      "\t"
    };
    Random random = new Random(14);
    int read = 0;
    for (int round = 0; round < 100_000; round++) {
      StringBuilder json = new StringBuilder();
      if (round % 2 == 0) { // a well-formed object of random fields
        json.append('{');
        int fields = random.nextInt(5);
        for (int f = 0; f < fields; f++) {
          json.append(f > 0 ? "," : "")
              .append(fragments[4 + random.nextInt(3)])
              .append(':')
              .append(fragments[13 + random.nextInt(15)]);
        }
        json.append('}');
      } else {
        json.append('{');
        for (int k = random.nextInt(12); k > 0; k--) {
          json.append(fragments[random.nextInt(fragments.length)]);
        }
      }
      String scanned = scanned(json.toString());
      if (scanned != null) {
        read++;
        assertThat(scanned).as(json.toString()).isEqualTo(parsed(json.toString()));
      }
    }
    assertThat(read).as("records the scanner read").isGreaterThan(10_000);
  }

  @Test
  void aColumnReadTwiceAndManyKeysFit() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      keys.add("\"k" + i + "\":" + i);
    }
    String many = "{" + String.join(",", keys) + ",\"n\":5}";
    assertThat(scanned(many)).as("more keys than it compares").isNull();
    assertThat(parsed(many)).isEqualTo("5\t\\N\t5\t\\N\n");
  }
}
