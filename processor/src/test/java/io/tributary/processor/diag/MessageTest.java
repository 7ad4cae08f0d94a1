package io.tributary.processor.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every message starts with its id and points at its section of docs/errors.md. */
class MessageTest {
  private static final Path ERRORS = Path.of("../docs/errors.md");

  @ParameterizedTest
  @EnumSource(Message.class)
  void formatStartsWithIdAndLinksTheDocs(Message message) {
    Object[] args = new Object[12];
    java.util.Arrays.fill(args, 1);
    String text = message.format(args);
    assertTrue(text.startsWith("[" + message.id() + "] "), text);
    assertTrue(
        text.endsWith("(see docs/errors.md#" + message.id().toLowerCase(Locale.ROOT) + ")"), text);
  }

  @ParameterizedTest
  @EnumSource(Message.class)
  void everyIdHasASectionInTheErrorCatalogue(Message message) throws IOException {
    String doc = Files.readString(ERRORS);
    assertTrue(
        doc.contains("\n## " + message.id() + "\n"), "docs/errors.md lacks ## " + message.id());
  }

  @Test
  void catalogueExists() {
    assertTrue(Files.exists(ERRORS), ERRORS.toAbsolutePath().toString());
  }
}
