package io.tributary.smartmodule;

/** Names of the negative status codes a SmartModule transform returns. */
final class TransformStatus {
  private TransformStatus() {}

  static String describe(int rc) {
    return switch (rc) {
      case -1 -> "UnknownError";
      case -11 ->
          "DecodingBaseInput: the module could not decode the input (built for a newer"
              + " input version?)";
      case -22 -> "DecodingRecords: the module could not decode the records";
      case -33 -> "EncodingOutput: the module could not encode its output";
      case -44 -> "ParsingExtraParams: the module could not parse its parameters";
      case -55 -> "UndefinedRightRecord";
      default -> "unknown status";
    };
  }
}
