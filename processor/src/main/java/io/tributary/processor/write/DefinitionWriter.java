package io.tributary.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.tributary.Direction;
import io.tributary.processor.model.ConnectorDescriptor;
import io.tributary.processor.model.OptionDescriptor;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.Container;
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code ConnectorDefinition} implementation for a connector: its model, its picocli
 * options, the binder that calls the record's canonical constructor, the masked description and
 * the factory of its Source or Sink. Generated code uses no reflection.
 */
public final class DefinitionWriter {
  /** The processor named in {@code @Generated}. */
  public static final String GENERATOR = "io.tributary.processor.ConnectorProcessor";

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName DEFINITION =
      ClassName.get("io.tributary.spi", "ConnectorDefinition");
  private static final ClassName BOUND_OPTIONS = ClassName.get("io.tributary.spi", "BoundOptions");
  // Named with "picocli.CommandLine.Model" as the package so that JavaPoet imports the nested
  // classes themselves (import picocli.CommandLine.Model.CommandSpec), as a person would.
  private static final ClassName COMMAND_SPEC =
      ClassName.get("picocli.CommandLine.Model", "CommandSpec");
  private static final ClassName OPTION_SPEC =
      ClassName.get("picocli.CommandLine.Model", "OptionSpec");
  private static final ClassName SOURCE = ClassName.get("io.tributary", "Source");
  private static final ClassName SINK = ClassName.get("io.tributary", "Sink");

  private DefinitionWriter() {}

  /** The generated source file. */
  public static JavaFile write(ConnectorDescriptor connector) {
    ClassName record = ClassName.get(connector.record());
    TypeSpec.Builder type = TypeSpec.classBuilder(connector.definitionName())
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR)
            .build());
    if (connector.model().options().stream().anyMatch(OptionModel::deprecated)) {
      // describe() reads deprecated accessors.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "deprecation").build());
    }
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(DEFINITION, record))
        .addOriginatingElement(connector.record())
        .addOriginatingElement(connector.implementation())
        .addField(FieldSpec.builder(ConnectorModel.class, "MODEL", Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
            .initializer(ModelCode.connector(connector.model()))
            .build())
        .addMethod(override("model", ConnectorModel.class).addStatement("return MODEL").build())
        .addMethod(addOptions(connector))
        .addMethod(bind(connector, record))
        .addMethod(describe(connector, record))
        .addMethod(factory(connector, record));
    return JavaFile.builder(connector.packageName(), type.build()).skipJavaLangImports(true)
        .build();
  }

  private static MethodSpec addOptions(ConnectorDescriptor connector) {
    MethodSpec.Builder method = override("addOptions", TypeName.VOID)
        .addParameter(COMMAND_SPEC, "spec");
    for (OptionDescriptor option : connector.options()) {
      method.addStatement("spec.addOption($L)", optionSpec(option.model()));
    }
    return method.build();
  }

  /** {@code OptionSpec.builder("--x").paramLabel(...)...build()}. */
  static CodeBlock optionSpec(OptionModel o) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder($S)", OPTION_SPEC, o.flag());
    String label = o.container() == Container.MAP ? "key=value" : o.type().label();
    code.add("\n.paramLabel($S)", "<" + label + ">");
    if (o.container().isRepeatable()) {
      code.add("\n.type($T.class)\n.auxiliaryTypes($T.class)", List.class, String.class);
    } else {
      code.add("\n.type($T.class)", String.class);
    }
    if (o.isFlag()) {
      code.add("\n.arity($S)\n.fallbackValue($S)", "0..1", "true");
    }
    code.add("\n.description($S)", helpText(o));
    if (o.deprecated()) {
      code.add("\n.hidden(true)");
    }
    return code.add("\n.build()").build();
  }

  /**
   * The description, with {@code (default: X)} unless the option is secret; {@code %} doubled,
   * since picocli formats help text with {@code String.format}.
   */
  static String helpText(OptionModel o) {
    String text = o.description();
    if (o.defaultValue() != null && !o.secret()) {
      String suffix = "(default: " + o.defaultValue() + ")";
      text = text.isEmpty() ? suffix : text + " " + suffix;
    }
    return text.replace("%", "%%");
  }

  private static MethodSpec bind(ConnectorDescriptor connector, ClassName record) {
    CodeBlock args = connector.options().stream().map(DefinitionWriter::bindValue)
        .collect(CodeBlock.joining(",\n"));
    MethodSpec.Builder method = override("bind", record).addParameter(BOUND_OPTIONS, "values");
    if (connector.options().isEmpty()) {
      return method.addStatement("return new $T()", record).build();
    }
    return method.addStatement("return new $T(\n$L)", record, args).build();
  }

  /** {@code values.get("x")}, or the enum accessor matching the container. */
  private static CodeBlock bindValue(OptionDescriptor option) {
    OptionModel o = option.model();
    if (o.type() != OptionType.ENUM) {
      return CodeBlock.of("values.get($S)", o.name());
    }
    String accessor = switch (o.container()) {
      case OPTIONAL -> "optionalEnum";
      case LIST -> "enumList";
      case SET -> "enumSet";
      case MAP -> "enumMap";
      default -> "enumValue";
    };
    return CodeBlock.of("values.$L($S, $T::valueOf)", accessor, o.name(),
        ClassName.get(option.enumElement()));
  }

  private static MethodSpec describe(ConnectorDescriptor connector, ClassName record) {
    CodeBlock.Builder text = CodeBlock.builder();
    String prefix = connector.record().getSimpleName() + "[";
    List<OptionDescriptor> options = connector.options();
    if (options.isEmpty()) {
      text.add("$S", prefix + "]");
    }
    for (int i = 0; i < options.size(); i++) {
      OptionDescriptor option = options.get(i);
      String label = (i == 0 ? prefix : ", ") + option.componentName() + "=";
      if (option.model().secret()) {
        text.add("$S", label + "****" + (i + 1 == options.size() ? "]" : ""));
      } else {
        text.add("$S + options.$N()", label, option.componentName());
        if (i + 1 == options.size()) {
          text.add(" + $S", "]");
        }
      }
      if (i + 1 < options.size()) {
        text.add(" +$W");
      }
    }
    return override("describe", String.class).addParameter(record, "options")
        .addStatement("return $L", text.build()).build();
  }

  private static MethodSpec factory(ConnectorDescriptor connector, ClassName record) {
    boolean source = connector.model().direction() == Direction.SOURCE;
    return override(source ? "newSource" : "newSink",
        ParameterizedTypeName.get(source ? SOURCE : SINK, record))
        .addStatement("return new $T()", ClassName.get(connector.implementation()))
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private static MethodSpec.Builder override(String name, Class<?> returns) {
    return override(name, TypeName.get(returns));
  }
}
