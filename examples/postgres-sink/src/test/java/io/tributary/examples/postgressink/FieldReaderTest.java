package io.tributary.examples.postgressink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldReaderTest {
  private static String[] read(FieldReader reader, String json) {
    return reader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTopLevelAndNestedFieldsAndSkipsTheRest() {
    FieldReader reader =
        new FieldReader(List.of(List.of("n"), List.of("p", "v"), List.of("p", "m", "u")));
    assertThat(
            read(
                reader,
                "{\"skip\":{\"a\":[1,{\"b\":2}]},\"p\":{\"m\":{\"u\":\"C\"},\"v\":21.5},\"n\":7}"))
        .containsExactly("7", "21.5", "C");
  }

  @Test
  void textsAreThoseOfJacksonJrMaps() {
    FieldReader reader =
        new FieldReader(
            List.of(
                List.of("i"),
                List.of("big"),
                List.of("f"),
                List.of("e"),
                List.of("t"),
                List.of("o"),
                List.of("a"),
                List.of("z"),
                List.of("missing"),
                List.of("s")));
    String json =
        "{\"i\":-0,\"big\":123456789012345678901234567890,\"f\":1.50,\"e\":1e3,\"t\":true,"
            + "\"o\":{\"x\":1.5e10,\"y\":[1,\"a\\tb\",null,false]},\"a\":[],\"z\":null,"
            + "\"s\":\"ü\\n\"}";
    assertThat(read(reader, json))
        .containsExactly(
            "0",
            "123456789012345678901234567890",
            "1.50",
            "1000",
            "true",
            "{\"x\":1.5E+10,\"y\":[1,\"a\\tb\",null,false]}",
            "[]",
            null,
            null,
            "ü\n");
  }

  @Test
  void aFieldThatIsNotAnObjectHasNoNestedValue() {
    FieldReader reader = new FieldReader(List.of(List.of("p", "v")));
    assertThat(read(reader, "{\"p\":[{\"v\":1}]}")).containsExactly((String) null);
    assertThat(read(reader, "{\"p\":3}")).containsExactly((String) null);
  }

  @Test
  void notAnObjectOrBrokenOrDuplicateKeysIsNull() {
    FieldReader reader = new FieldReader(List.of(List.of("n")));
    assertThat(reader.read(null)).isNull();
    assertThat(read(reader, "")).isNull();
    assertThat(read(reader, "[1]")).isNull();
    assertThat(read(reader, "not json")).isNull();
    assertThat(read(reader, "{\"n\":1")).isNull();
    assertThat(read(reader, "{\"n\":1,\"x\":[1,}")).isNull();
    assertThat(read(reader, "{\"n\":1,\"n\":2}")).isNull();
    assertThat(read(reader, "{\"n\":1,\"x\":{\"k\":1,\"k\":2}}")).isNull();
  }

  @Test
  void whatFollowsTheObjectIsNotLookedAt() {
    FieldReader reader = new FieldReader(List.of(List.of("n")));
    assertThat(read(reader, "{\"n\":1} trailing")).containsExactly("1");
  }

  @Test
  void aPathInsideAnotherIsNotSupported() {
    List<List<String>> paths = List.of(List.of("p"), List.of("p", "v"));
    assertThat(FieldReader.supports(paths)).isFalse();
    assertThat(FieldReader.supports(List.of(List.of("p"), List.of("p")))).isTrue();
    assertThatThrownBy(() -> new FieldReader(paths)).isInstanceOf(IllegalArgumentException.class);
  }
}
