package io.tributary.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** {@link JsonOut} writes what Jackson's default generator writes, byte for byte. */
class JsonOutTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  @Property
  void escapesStringsAsJacksonDoes(
      @ForAll
          @CharRange(from = 0, to = 0x7f)
          @Chars({'\u00e9', '\u2028', '\u2029', '\ud83d', '\ude00', '\uffff'})
          String text)
      throws IOException {
    JsonOut ours = new JsonOut();
    ours.writeStartObject();
    ours.writeStringField(text, text);
    ours.writeEndObject();
    StringWriter theirs = new StringWriter();
    try (JsonGenerator g = JACKSON.createGenerator(theirs)) {
      g.writeStartObject();
      g.writeStringField(text, text);
      g.writeEndObject();
    }
    assertThat(ours.toString()).isEqualTo(theirs.toString());
  }

  @Test
  void nestsAndSeparatesAsJacksonDoes() throws IOException {
    JsonOut ours = new JsonOut();
    StringWriter theirs = new StringWriter();
    try (JsonGenerator g = JACKSON.createGenerator(theirs)) {
      ours.writeStartObject();
      g.writeStartObject();
      ours.writeObjectFieldStart("empty");
      g.writeObjectFieldStart("empty");
      ours.writeEndObject();
      g.writeEndObject();
      ours.writeArrayFieldStart("values");
      g.writeArrayFieldStart("values");
      for (String number : new String[] {"0", "-1.50", "1E+3", "12345678901234567890.5"}) {
        ours.writeNumber(new BigDecimal(number));
        g.writeNumber(new BigDecimal(number));
      }
      ours.writeNumber(-7);
      g.writeNumber(-7);
      ours.writeBoolean(false);
      g.writeBoolean(false);
      ours.writeNull();
      g.writeNull();
      ours.writeStartArray();
      g.writeStartArray();
      ours.writeEndArray();
      g.writeEndArray();
      ours.writeStartObject();
      g.writeStartObject();
      ours.writeNumberField("n", 3);
      g.writeNumberField("n", 3);
      ours.writeBooleanField("b", true);
      g.writeBooleanField("b", true);
      ours.writeEndObject();
      g.writeEndObject();
      ours.writeEndArray();
      g.writeEndArray();
      ours.writeStringField("last", "x");
      g.writeStringField("last", "x");
      ours.writeEndObject();
      g.writeEndObject();
    }
    assertThat(ours.toString())
        .isEqualTo(theirs.toString())
        .isEqualTo(
            "{\"empty\":{},\"values\":[0,-1.50,1E+3,12345678901234567890.5,-7,false,null,"
                + "[],{\"n\":3,\"b\":true}],\"last\":\"x\"}");
  }
}
