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
import io.tributary.schema.OptionModel;
import io.tributary.schema.OptionTable;
import io.tributary.schema.OptionType;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.JavaFileObject;

/**
 * Writes the {@code ConnectorDefinition} implementation for a connector: only what needs the user's
 * types, namely the binder that calls the record's canonical constructor, the masked description
 * and the factory of its Source or Sink. The model, and with it the picocli options, comes from the
 * option table written beside it ({@link OptionTable}), read once when the class initialises.
 * Generated code uses no reflection.
 */
public final class DefinitionWriter {
  /** The processor named in {@code @Generated}. */
  public static final String GENERATOR = "io.tributary.processor.ConnectorProcessor";

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName DEFINITION =
      ClassName.get("io.tributary.spi", "ConnectorDefinition");
  private static final ClassName BOUND_OPTIONS = ClassName.get("io.tributary.spi", "BoundOptions");
  private static final ClassName RECORD_TEXT = ClassName.get("io.tributary.spi", "RecordText");
  private static final ClassName MODEL = ClassName.get(ConnectorModel.class);
  private static final ClassName TABLE = ClassName.get(OptionTable.class);
  private static final ClassName SOURCE = ClassName.get("io.tributary", "Source");
  private static final ClassName SINK = ClassName.get("io.tributary", "Sink");

  private DefinitionWriter() {}

  /** The generated source file. */
  public static JavaFile write(ConnectorDescriptor connector) {
    ClassName record = ClassName.get(connector.record());
    ClassName self = ClassName.get(connector.packageName(), connector.definitionName());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(connector.definitionName())
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
    if (anyDeprecated(connector.model().options())) {
      // describe() reads deprecated accessors.
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(DEFINITION, record))
        .addOriginatingElement(connector.record())
        .addOriginatingElement(connector.implementation());
    type.addField(
            FieldSpec.builder(MODEL, "MODEL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.load($T.class)", TABLE, self)
                .build())
        .addMethod(override("model", MODEL).addStatement("return MODEL").build())
        .addMethod(bind(connector, record))
        .addMethod(describe(connector, record))
        .addMethod(factory(connector, record));
    return JavaFile.builder(connector.packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static boolean anyDeprecated(List<OptionModel> options) {
    for (OptionModel option : options) {
      if (option.deprecated()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes the file through the filer as {@link JavaFile#writeTo(Filer)} does (same name, same
   * originating elements, the file deleted on failure), but renders it first and writes it in one
   * call: JavaPoet appends token by token, and each append to the filer's writer is costly.
   */
  public static void writeTo(JavaFile file, Filer filer) throws IOException {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    String text = file.toString();
    JavaFileObject source =
        filer.createSourceFile(name, file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer writer = source.openWriter()) {
      writer.write(text);
    } catch (IOException | RuntimeException e) {
      source.delete();
      throw e;
    }
  }

  /*
   * bind and describe hold a few lines per option. Their text is rendered here and handed to
   * JavaPoet in as few format parts as possible (a $T only where an import may be needed, a $W
   * where the line may wrap): JavaPoet's emission runs in the interpreter in every compilation, as
   * javac loads the processor afresh, and costs by the format part. The output is the same as one
   * $S or $N per name (docs/performance.md, "Annotation processor").
   */

  private static MethodSpec bind(ConnectorDescriptor connector, ClassName record) {
    MethodSpec.Builder method = override("bind", record).addParameter(BOUND_OPTIONS, "values");
    if (connector.options().isEmpty()) {
      return method.addStatement("return new $T()", record).build();
    }
    Map<String, TypeMirror> types = new HashMap<>();
    for (RecordComponentElement component : connector.record().getRecordComponents()) {
      types.put(component.getSimpleName().toString(), component.asType());
    }
    CodeBlock.Builder args = CodeBlock.builder();
    StringBuilder text = new StringBuilder();
    for (OptionDescriptor option : connector.options()) {
      if (text.length() > 0 || !args.isEmpty()) {
        text.append(",\n");
      }
      bindValue(option, types.get(option.componentName()), args, text);
    }
    flush(args, text);
    return method.addStatement("return new $T(\n$L)", record, args.build()).build();
  }

  /**
   * {@code values.<Integer>get("x")}, or the enum accessor matching the container, given the enum's
   * {@code values()} (a {@code valueOf} reference costs javac a lambda to resolve and link per enum
   * option). The type argument spares javac inferring each argument of the record's constructor
   * together (docs/performance.md, "Annotation processor").
   */
  private static void bindValue(
      OptionDescriptor option,
      TypeMirror componentType,
      CodeBlock.Builder args,
      StringBuilder text) {
    OptionModel o = option.model();
    TypeName typeArgument =
        o.type() == OptionType.ENUM
            ? ClassName.get(option.enumElement())
            : typeArgument(componentType);
    text.append("values.");
    if (typeArgument != null) {
      text.append('<');
      flush(args, text);
      args.add("$T", typeArgument);
      text.append('>');
    }
    if (o.type() != OptionType.ENUM) {
      text.append("get(");
      string(o.name(), args, text);
      text.append(')');
      return;
    }
    String accessor =
        switch (o.container()) {
          case OPTIONAL -> "optionalEnum";
          case LIST -> "enumList";
          case SET -> "enumSet";
          case MAP -> "enumMap";
          default -> "enumValue";
        };
    text.append(accessor).append('(');
    string(o.name(), args, text);
    text.append(", ");
    flush(args, text);
    args.add("$T.values())", typeArgument);
  }

  /**
   * A component's type as the accessor's type argument, primitives boxed; {@code null} (left to
   * inference) for a type holding an array, a wildcard or a type variable, or none known.
   */
  private static TypeName typeArgument(TypeMirror type) {
    if (type == null) {
      return null;
    }
    if (type.getKind().isPrimitive()) {
      return TypeName.get(type).box();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      if (typeArgument(argument) == null) {
        return null;
      }
    }
    return TypeName.get(type);
  }

  /**
   * {@code RecordText.of("Rec", new String[] {"a", "b"}, new Object[] {options.a(), "****"})}, one
   * element a line: a secret's value is never read, its mask is written in its place. The elements
   * are plain text, so each array is one format part for JavaPoet.
   */
  private static MethodSpec describe(ConnectorDescriptor connector, ClassName record) {
    CodeBlock.Builder args = CodeBlock.builder();
    StringBuilder text = new StringBuilder();
    List<OptionDescriptor> options = connector.options();
    args.add("$T.of(\n", RECORD_TEXT);
    string(connector.record().getSimpleName().toString(), args, text);
    text.append(",\nnew String[] {");
    for (int i = 0; i < options.size(); i++) {
      element(i, args, text);
      string(options.get(i).componentName(), args, text);
    }
    endArray(options.size(), args, text);
    text.append(",\nnew Object[] {");
    for (int i = 0; i < options.size(); i++) {
      element(i, args, text);
      OptionDescriptor option = options.get(i);
      if (option.model().secret()) {
        string("****", args, text);
      } else {
        text.append("options.").append(option.componentName()).append("()");
      }
    }
    endArray(options.size(), args, text);
    text.append(')');
    flush(args, text);
    return override("describe", String.class)
        .addParameter(record, "options")
        .addStatement("return $L", args.build())
        .build();
  }

  /** Starts an array element on its own line, indented one level inside the braces. */
  private static void element(int index, CodeBlock.Builder args, StringBuilder text) {
    if (index == 0) {
      text.append('\n');
      flush(args, text);
      args.add("$>");
    } else {
      text.append(",\n");
    }
  }

  /** Closes an array of {@code size} elements started with {@link #element}. */
  private static void endArray(int size, CodeBlock.Builder args, StringBuilder text) {
    if (size > 0) {
      flush(args, text);
      args.add("$<");
      text.append('\n');
    }
    text.append('}');
  }

  /**
   * A string literal: written into the text when JavaPoet's {@code $S} would print it as is
   * (printable ASCII without quotes or backslashes, as names are), else as a {@code $S} part.
   */
  private static void string(String value, CodeBlock.Builder args, StringBuilder text) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '\'') {
        flush(args, text);
        args.add("$S", value);
        return;
      }
    }
    text.append('"').append(value).append('"');
  }

  /** Hands the text rendered so far to JavaPoet as one part. */
  private static void flush(CodeBlock.Builder args, StringBuilder text) {
    if (text.length() > 0) {
      args.add("$L", text.toString());
      text.setLength(0);
    }
  }

  private static MethodSpec factory(ConnectorDescriptor connector, ClassName record) {
    boolean source = connector.model().direction() == Direction.SOURCE;
    return override(
            source ? "newSource" : "newSink",
            ParameterizedTypeName.get(source ? SOURCE : SINK, record))
        .addStatement("return new $T()", ClassName.get(connector.implementation()))
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static MethodSpec.Builder override(String name, Class<?> returns) {
    return override(name, TypeName.get(returns));
  }
}
