package io.tributary.processor.validate;

import io.tributary.processor.diag.Message;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.ConnectorRecord;
import io.tributary.processor.model.Naming;
import io.tributary.processor.model.OptionComponent;
import io.tributary.processor.model.Written;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Checks a connector as read: that it is a record the generated code can use, its name and version,
 * and every option (through {@link OptionValidator}). A function of the {@link ConnectorRecord}:
 * returns a report, never prints.
 */
public final class ConnectorValidator {
  private ConnectorValidator() {}

  /** Checks a connector read from an element annotated with {@code @Connector}. */
  public static ValidationReport validate(ConnectorRecord record) {
    ValidationReport.Builder report = ValidationReport.builder();
    TypeElement element = record.element();
    if (!record.isRecord()) {
      report.report(
          Message.NOT_RECORD,
          record.atConnector(),
          record.kind(),
          element.getSimpleName(),
          element.getSimpleName());
      return report.build();
    }
    String problem =
        switch (record.shape()) {
          case GENERIC -> "is generic";
          case LOCAL -> "is declared inside a method";
          case PRIVATE -> "is private or nested in a private type";
          case USABLE -> null;
        };
    if (problem != null) {
      report.report(
          Message.RECORD_SHAPE, record.atConnector(), element.getQualifiedName(), problem);
    }
    String name = record.name().text();
    if (!Naming.isValid(name)) {
      report.report(Message.NAME, record.name().at(), name);
    }
    if (record.version() == null) {
      report.report(Message.VERSION, record.atConnector(), name);
    }
    if (record.description().isEmpty()) {
      report.report(
          Message.NO_DESCRIPTION,
          record.atConnector(),
          "connector '" + name + "'",
          "write a Javadoc comment on record '"
              + element.getSimpleName()
              + "' or set @Connector(description = \"...\")");
    }
    checkOptions(record, report);
    return report.build();
  }

  private static void checkOptions(ConnectorRecord record, ValidationReport.Builder report) {
    Map<String, OptionComponent> byName = new LinkedHashMap<>();
    List<String> secrets = new ArrayList<>();
    for (OptionComponent option : record.options()) {
      report.addAll(OptionValidator.validate(option));
      String name = option.name().text();
      OptionComponent first = byName.putIfAbsent(name, option);
      if (first != null) {
        report.report(
            Message.DUPLICATE_OPTION,
            option.site().at(),
            name,
            option.componentName(),
            first.componentName());
      }
      for (Written alias : option.aliases()) {
        OptionComponent owner = byName.putIfAbsent(alias.text(), option);
        if (owner != null) {
          report.report(
              Message.DUPLICATE_OPTION,
              alias.at(),
              alias.text(),
              option.componentName(),
              owner.componentName());
        }
      }
      if (option.secret()) {
        secrets.add(option.componentName());
      }
    }
    if (!secrets.isEmpty() && !record.writesToString()) {
      report.report(
          Message.SECRET_TOSTRING,
          record.element(),
          record.element().getSimpleName(),
          String.join(", ", secrets));
    }
  }
}
