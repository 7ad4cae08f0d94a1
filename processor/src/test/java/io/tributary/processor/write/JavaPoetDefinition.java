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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The generated definition as the processor wrote it through JavaPoet until it wrote the text
 * itself: the reference {@link DefinitionWriter}'s output is compared with. Every name and string
 * goes through JavaPoet's {@code $T} and {@code $S}.
 */
final class JavaPoetDefinition {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName DEFINITION =
      ClassName.get("io.tributary.spi", "ConnectorDefinition");
  private static final ClassName BOUND_OPTIONS = ClassName.get("io.tributary.spi", "BoundOptions");
  private static final ClassName MODEL = ClassName.get("io.tributary.schema", "ConnectorModel");
  private static final ClassName TABLE = ClassName.get("io.tributary.schema", "OptionTable");
  private static final ClassName SOURCE = ClassName.get("io.tributary", "Source");
  private static final ClassName SINK = ClassName.get("io.tributary", "Sink");

  private JavaPoetDefinition() {}

  static String write(DefinitionSource connector) {
    ClassName record = className(connector.record());
    ClassName self = ClassName.get(connector.packageName(), connector.className());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(connector.className())
            .addAnnotation(
                AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", DefinitionWriter.GENERATOR)
                    .build());
    if (connector.options().stream().anyMatch(DefinitionSource.Option::deprecated)) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(DEFINITION, record))
        .addField(
            FieldSpec.builder(MODEL, "MODEL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.load($T.class)", TABLE, self)
                .build())
        .addMethod(override("model", MODEL).addStatement("return MODEL").build())
        .addMethod(bind(connector, record))
        .addMethod(describe(connector, record))
        .addMethod(factory(connector, record));
    return JavaFile.builder(connector.packageName(), type.build())
        .skipJavaLangImports(true)
        .build()
        .toString();
  }

  static ClassName className(ClassRef type) {
    List<String> names = type.simpleNames();
    return ClassName.get(
        type.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
  }

  static TypeName typeName(ClassRef type) {
    if (type.typeArguments().isEmpty()) {
      return className(type);
    }
    TypeName[] arguments =
        type.typeArguments().stream().map(JavaPoetDefinition::typeName).toArray(TypeName[]::new);
    return ParameterizedTypeName.get(className(type), arguments);
  }

  private static MethodSpec bind(DefinitionSource connector, ClassName record) {
    MethodSpec.Builder method = override("bind", record).addParameter(BOUND_OPTIONS, "values");
    if (connector.options().isEmpty()) {
      return method.addStatement("return new $T()", record).build();
    }
    CodeBlock.Builder args = CodeBlock.builder();
    List<DefinitionSource.Option> options = connector.options();
    for (int i = 0; i < options.size(); i++) {
      DefinitionSource.Option o = options.get(i);
      if (i > 0) {
        args.add(",\n");
      }
      if (o.enumType() == null && o.type() == null) {
        args.add("values.get($S)", o.name());
      } else if (o.enumType() == null) {
        args.add("values.<$T>get($S)", typeName(o.type()), o.name());
      } else {
        String accessor =
            switch (o.container()) {
              case OPTIONAL -> "optionalEnum";
              case LIST -> "enumList";
              case SET -> "enumSet";
              case MAP -> "enumMap";
              default -> "enumValue";
            };
        if (o.type() == null) {
          args.add("values.$N($S, $T::valueOf)", accessor, o.name(), className(o.enumType()));
        } else {
          args.add(
              "values.<$T>$N($S, $T::valueOf)",
              typeName(o.type()),
              accessor,
              o.name(),
              className(o.enumType()));
        }
      }
    }
    return method.addStatement("return new $T(\n$L)", record, args.build()).build();
  }

  private static MethodSpec describe(DefinitionSource connector, ClassName record) {
    CodeBlock.Builder args = CodeBlock.builder();
    String prefix = connector.record().simpleName() + "[";
    List<DefinitionSource.Option> options = connector.options();
    if (options.isEmpty()) {
      args.add("$S", prefix + "]");
    }
    for (int i = 0; i < options.size(); i++) {
      DefinitionSource.Option option = options.get(i);
      String label = (i == 0 ? prefix : ", ") + option.componentName() + "=";
      boolean last = i + 1 == options.size();
      if (option.secret()) {
        args.add("$S", label + "****" + (last ? "]" : ""));
      } else {
        args.add("$S + options.$N()", label, option.componentName());
        if (last) {
          args.add(" + $S", "]");
        }
      }
      if (!last) {
        args.add(" +$W");
      }
    }
    return override("describe", TypeName.get(String.class))
        .addParameter(record, "options")
        .addStatement("return $L", args.build())
        .build();
  }

  private static MethodSpec factory(DefinitionSource connector, ClassName record) {
    return override(
            connector.source() ? "newSource" : "newSink",
            ParameterizedTypeName.get(connector.source() ? SOURCE : SINK, record))
        .addStatement("return new $T()", className(connector.implementation()))
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
