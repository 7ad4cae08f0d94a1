package io.tributary.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamingTest {
  @ParameterizedTest
  @CsvSource({
    "maxRetries, max-retries",
    "URLPath, url-path",
    "url, url",
    "URL, url",
    "apiKey, api-key",
    "http2Enabled, http2-enabled",
    "IOError, io-error",
    "max_retries, max-retries",
    "a, a",
    "getHTTPResponseCode, get-http-response-code",
    "_hidden, -hidden"
  })
  void kebabCase(String identifier, String expected) {
    assertEquals(expected, Naming.kebabCase(identifier));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "http-source", "x9", "a-b-c"})
  void validNames(String name) {
    assertTrue(Naming.isValid(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "9a", "A", "a_b", "a b", "é"})
  void invalidNames(String name) {
    assertFalse(Naming.isValid(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "db-password",
        "token",
        "api-key",
        "apikey",
        "client-secret",
        "credentials"
      })
  void secretLookingNames(String name) {
    assertTrue(Naming.looksSecret(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"host", "topic", "key-field"})
  void ordinaryNames(String name) {
    assertFalse(Naming.looksSecret(name));
  }
}
