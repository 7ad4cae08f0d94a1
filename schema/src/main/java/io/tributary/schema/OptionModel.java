package io.tributary.schema;

import java.util.List;
import java.util.Objects;

/**
 * One connector option as both the schema and the command line see it. Built by generated code (at
 * run time) and by the annotation processor (at compile time), so both agree.
 *
 * @param name the option's name: schema property and long flag without {@code --}
 * @param type the value type (of the items, for containers)
 * @param container how the Java type wraps the value type
 * @param defaultValue the default as written on the command line, or {@code null}
 * @param description the description (may be empty)
 * @param secret whether the value is masked everywhere ({@code writeOnly})
 * @param deprecated whether the option is deprecated
 * @param enumValues the constant names, for {@link OptionType#ENUM}
 * @param examples example values as written on the command line
 * @param constraints constraints on the value (for containers: on the collection)
 * @param itemConstraints constraints on each item of a list or set, or each value of a map
 * @param aliases further names of the option: long flags and config-file keys, not in the schema
 */
public record OptionModel(
    String name,
    OptionType type,
    Container container,
    String defaultValue,
    String description,
    boolean secret,
    boolean deprecated,
    List<String> enumValues,
    List<String> examples,
    Constraints constraints,
    Constraints itemConstraints,
    List<String> aliases) {

  /** Checks arguments and copies lists. */
  public OptionModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(description, "description");
    enumValues = List.copyOf(enumValues);
    examples = List.copyOf(examples);
    Objects.requireNonNull(constraints, "constraints");
    Objects.requireNonNull(itemConstraints, "itemConstraints");
    aliases = List.copyOf(aliases);
  }

  /** A builder for an option of the given name and value type, a plain value by default. */
  public static Builder builder(String name, OptionType type) {
    return new Builder(name, type);
  }

  /**
   * Whether the option must be given: it is not {@code Optional*}, not a boolean, not a collection
   * or map, and has no default.
   */
  public boolean required() {
    return container == Container.SCALAR && type != OptionType.BOOLEAN && defaultValue == null;
  }

  /** The long flag, {@code --name}. */
  public String flag() {
    return "--" + name;
  }

  /** Whether the flag takes no value (a boolean flag, also accepting {@code --x=false}). */
  public boolean isFlag() {
    return type == OptionType.BOOLEAN && container == Container.SCALAR;
  }

  /** Builds an {@link OptionModel}. */
  public static final class Builder {
    private final String name;
    private final OptionType type;
    private Container container = Container.SCALAR;
    private String defaultValue;
    private String description = "";
    private boolean secret;
    private boolean deprecated;
    private List<String> enumValues = List.of();
    private List<String> examples = List.of();
    private Constraints constraints = Constraints.NONE;
    private Constraints itemConstraints = Constraints.NONE;
    private List<String> aliases = List.of();

    private Builder(String name, OptionType type) {
      this.name = name;
      this.type = type;
    }

    /** Sets the container (plain value by default). */
    public Builder container(Container value) {
      container = value;
      return this;
    }

    /** Sets the default, written as on the command line. */
    public Builder defaultValue(String value) {
      defaultValue = value;
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      description = value;
      return this;
    }

    /** Marks the option secret. */
    public Builder secret() {
      secret = true;
      return this;
    }

    /** Marks the option deprecated. */
    public Builder deprecated() {
      deprecated = true;
      return this;
    }

    /** Sets the enum constant names. */
    public Builder enumValues(String... values) {
      enumValues = List.of(values);
      return this;
    }

    /** Sets the enum constant names. */
    public Builder enumValues(List<String> values) {
      enumValues = List.copyOf(values);
      return this;
    }

    /** Sets the examples. */
    public Builder examples(String... values) {
      examples = List.of(values);
      return this;
    }

    /** Sets the examples. */
    public Builder examples(List<String> values) {
      examples = List.copyOf(values);
      return this;
    }

    /** Sets the constraints on the value (or collection). */
    public Builder constraints(Constraints value) {
      constraints = value;
      return this;
    }

    /** Sets the constraints on each item of a collection or value of a map. */
    public Builder itemConstraints(Constraints value) {
      itemConstraints = value;
      return this;
    }

    /** Sets the aliases: further names, without {@code --}. */
    public Builder aliases(String... values) {
      aliases = List.of(values);
      return this;
    }

    /** Sets the aliases: further names, without {@code --}. */
    public Builder aliases(List<String> values) {
      aliases = List.copyOf(values);
      return this;
    }

    /** The option. */
    public OptionModel build() {
      return new OptionModel(
          name,
          type,
          container,
          defaultValue,
          description,
          secret,
          deprecated,
          enumValues,
          examples,
          constraints,
          itemConstraints,
          aliases);
    }
  }
}
