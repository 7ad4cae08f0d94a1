package io.tributary.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.Constraints;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Java expression that rebuilds a {@link ConnectorModel} at run time, with one builder chain
 * per option that calls only the setters whose values differ from the builder's defaults.
 */
final class ModelCode {
  private static final ClassName DIRECTION = ClassName.get("io.tributary", "Direction");

  private ModelCode() {}

  /** {@code new ConnectorModel("name", Direction.SOURCE, ..., List.of(...))}. */
  static CodeBlock connector(ConnectorModel model) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T(\n$>$>", ConnectorModel.class)
        .add("$S,\n", model.name())
        .add("$T.$L,\n", DIRECTION, model.direction().name())
        .add("$S,\n", model.version())
        .add("$S,\n", model.description())
        .add("$S,\n", model.title());
    if (model.options().isEmpty()) {
      return code.add("$T.of())$<$<", List.class).build();
    }
    code.add("$T.of(\n$>$>", List.class);
    for (int i = 0; i < model.options().size(); i++) {
      code.add(option(model.options().get(i)));
      code.add(i + 1 < model.options().size() ? ",\n" : "))$<$<$<$<");
    }
    return code.build();
  }

  /** {@code OptionModel.builder("name", OptionType.X)...build()}. */
  static CodeBlock option(OptionModel o) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.builder($S, $T.$L)$>$>", OptionModel.class, o.name(), OptionType.class,
            o.type().name());
    if (o.container() != Container.SCALAR) {
      code.add("\n.container($T.$L)", Container.class, o.container().name());
    }
    if (o.defaultValue() != null) {
      code.add("\n.defaultValue($S)", o.defaultValue());
    }
    if (!o.description().isEmpty()) {
      code.add("\n.description($S)", o.description());
    }
    if (o.secret()) {
      code.add("\n.secret()");
    }
    if (o.deprecated()) {
      code.add("\n.deprecated()");
    }
    if (!o.enumValues().isEmpty()) {
      code.add("\n.enumValues($L)", strings(o.enumValues()));
    }
    if (!o.examples().isEmpty()) {
      code.add("\n.examples($L)", strings(o.examples()));
    }
    if (!o.constraints().isEmpty()) {
      code.add("\n.constraints($L)", constraints(o.constraints()));
    }
    if (!o.itemConstraints().isEmpty()) {
      code.add("\n.itemConstraints($L)", constraints(o.itemConstraints()));
    }
    if (!o.aliases().isEmpty()) {
      code.add("\n.aliases($L)", strings(o.aliases()));
    }
    return code.add("\n.build()$<$<").build();
  }

  /** {@code Constraints.builder().minimum("1")...build()}. */
  static CodeBlock constraints(Constraints c) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", Constraints.class);
    number(code, "minimum", c.minimum());
    number(code, "exclusiveMinimum", c.exclusiveMinimum());
    number(code, "maximum", c.maximum());
    number(code, "exclusiveMaximum", c.exclusiveMaximum());
    integer(code, "minLength", c.minLength());
    integer(code, "maxLength", c.maxLength());
    integer(code, "minItems", c.minItems());
    integer(code, "maxItems", c.maxItems());
    if (c.pattern() != null) {
      code.add(".pattern($S)", c.pattern());
    }
    if (c.email()) {
      code.add(".email()");
    }
    return code.add(".build()").build();
  }

  private static void number(CodeBlock.Builder code, String setter, BigDecimal value) {
    if (value != null) {
      code.add(".$L($S)", setter, value.toString());
    }
  }

  private static void integer(CodeBlock.Builder code, String setter, Integer value) {
    if (value != null) {
      code.add(".$L($L)", setter, value);
    }
  }

  private static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }
}
