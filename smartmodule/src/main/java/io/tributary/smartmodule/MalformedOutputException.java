package io.tributary.smartmodule;

/** A module wrote bytes that do not decode as the structure the ABI says it must write. */
final class MalformedOutputException extends RuntimeException {
  MalformedOutputException(String message) {
    super(message);
  }
}
