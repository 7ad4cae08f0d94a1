package io.tributary.processor.validate;

import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.Position;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.Annotations;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Remembers the connector names of a compilation, across rounds, to catch duplicates. */
public final class ConnectorNames {
  private final Map<String, String> recordByName = new HashMap<>();

  /** Claims a connector's name for its record; a report with an error if another has it. */
  public ValidationReport claim(String name, TypeElement record) {
    String qualified = record.getQualifiedName().toString();
    String owner = recordByName.putIfAbsent(name, qualified);
    ValidationReport.Builder report = ValidationReport.builder();
    if (owner != null && !owner.equals(qualified)) {
      AnnotationMirror connector = Annotations.find(record, Annotations.CONNECTOR).orElseThrow();
      report.report(
          Message.DUPLICATE_CONNECTOR,
          Position.of(record, connector, Annotations.explicit(connector, "name").orElse(null)),
          name,
          owner);
    }
    return report.build();
  }
}
