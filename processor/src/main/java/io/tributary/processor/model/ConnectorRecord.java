package io.tributary.processor.model;

import io.tributary.Direction;
import io.tributary.processor.diag.Position;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Connector} element as read once by {@link RecordReader}: every fact validation and
 * modelling need, so that both are functions of this value and neither reads the element again.
 *
 * @param element the annotated element (a record when {@code kind} is {@code null})
 * @param connector the {@code @Connector} annotation
 * @param kind what the element is when it is not a record (e.g. {@code class}), else {@code null}
 * @param shape why generated code cannot use the record, or {@link Shape#USABLE}
 * @param name the connector's name and where it is written
 * @param direction source or sink
 * @param version {@code @Connector(version)}, else the processor option, else {@code null}
 * @param description {@code @Connector(description)} or the record's first Javadoc paragraph
 * @param packageName the record's package, where the definition is generated
 * @param definitionName the generated class's simple name, e.g. {@code Tributary_HttpOptions}
 * @param options the components, in declaration order (empty when not a record)
 * @param writesToString whether the record's source declares {@code toString()}
 */
public record ConnectorRecord(
    TypeElement element,
    AnnotationMirror connector,
    String kind,
    Shape shape,
    Written name,
    Direction direction,
    String version,
    String description,
    String packageName,
    String definitionName,
    List<OptionComponent> options,
    boolean writesToString) {

  /** Checks arguments and copies the list. */
  public ConnectorRecord {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    options = List.copyOf(options);
  }

  /** Whether generated code in the record's package can name and construct the record. */
  public enum Shape {
    /** It can. */
    USABLE,
    /** The record has type parameters. */
    GENERIC,
    /** The record is declared inside a method. */
    LOCAL,
    /** The record, or a type enclosing it, is private. */
    PRIVATE
  }

  /** Whether the element is a record (else only {@code kind} and the name are meaningful). */
  public boolean isRecord() {
    return kind == null;
  }

  /** A position on the {@code @Connector} annotation. */
  public Position atConnector() {
    return Position.of(element, connector);
  }
}
