package io.tributary.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * One record component as read once by {@link RecordReader}: the option it declares, as written.
 *
 * @param site the component with its field and accessor, for positions
 * @param name the option name ({@code @Option(name)} or the kebab-cased component name) and where
 *     it is written (the {@code name} value, else the component)
 * @param aliases {@code @Option(aliases)}, each where written
 * @param description {@code @Option(description)} or the component's {@code @param} text, or empty
 * @param defaultValue {@code @Option(defaultValue)} where written, or {@code null}
 * @param examples {@code @Option(examples)}, each where written
 * @param secret whether the component is {@code @Secret}
 * @param deprecated whether the component is {@code @Deprecated}
 * @param mapped how the type maps to an option, or {@code null} when it is not supported
 * @param privateEnum whether the type is an enum the generated code cannot see
 * @param constraints the constraint annotations (empty when the type is not supported)
 */
public record OptionComponent(
    OptionSite site,
    Written name,
    List<Written> aliases,
    String description,
    Written defaultValue,
    List<Written> examples,
    boolean secret,
    boolean deprecated,
    MappedType mapped,
    boolean privateEnum,
    List<ConstraintUse> constraints) {

  /** Checks arguments and copies the lists. */
  public OptionComponent {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    aliases = List.copyOf(aliases);
    examples = List.copyOf(examples);
    constraints = List.copyOf(constraints);
  }

  /**
   * The component's Java type as javac prints it, for the message about an unsupported type;
   * printed only then (printing a type is not free, and the processor runs in every compilation).
   */
  public String javaType() {
    return site.component().asType().toString();
  }

  /** The component's name, e.g. {@code maxRetries}. */
  public String componentName() {
    return site.name();
  }
}
