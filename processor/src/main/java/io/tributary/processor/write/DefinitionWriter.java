package io.tributary.processor.write;

import io.tributary.processor.model.ConnectorDescriptor;
import io.tributary.schema.Container;
import io.tributary.schema.OptionTable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;

/**
 * Writes the {@code ConnectorDefinition} implementation for a connector: only what needs the user's
 * types, namely the binder that calls the record's canonical constructor, the masked description
 * and the factory of its Source or Sink. The model, and with it the picocli options, comes from the
 * option table written beside it ({@link OptionTable}), read once when the class initialises.
 * Generated code uses no reflection.
 *
 * <p>The source is about 60 lines of fixed shape, written as text: {@link ImportPlan} decides the
 * imports and {@link SourceText} the line wrapping and string literals as JavaPoet does, so the
 * output is what JavaPoet would write for the same specs (the tests compare the two). javac loads
 * the processor afresh in every compilation, where JavaPoet's classes and emission cost more than
 * the rest of writing (docs/performance.md, "Annotation processor").
 */
public final class DefinitionWriter {
  /** The processor named in {@code @Generated}. */
  public static final String GENERATOR = "io.tributary.processor.ConnectorProcessor";

  private static final ClassRef GENERATED = ClassRef.of("javax.annotation.processing", "Generated");
  private static final ClassRef SUPPRESS_WARNINGS = ClassRef.of("java.lang", "SuppressWarnings");
  private static final ClassRef OVERRIDE = ClassRef.of("java.lang", "Override");
  private static final ClassRef STRING = ClassRef.of("java.lang", "String");
  private static final ClassRef DEFINITION = ClassRef.of("io.tributary.spi", "ConnectorDefinition");
  private static final ClassRef BOUND_OPTIONS = ClassRef.of("io.tributary.spi", "BoundOptions");
  private static final ClassRef MODEL = ClassRef.of("io.tributary.schema", "ConnectorModel");
  private static final ClassRef TABLE = ClassRef.of("io.tributary.schema", "OptionTable");
  private static final ClassRef SOURCE = ClassRef.of("io.tributary", "Source");
  private static final ClassRef SINK = ClassRef.of("io.tributary", "Sink");

  private final DefinitionSource definition;
  private final ClassRef self;
  private final ImportPlan imports;
  private final SourceText text = new SourceText();

  private DefinitionWriter(DefinitionSource definition) {
    this.definition = definition;
    this.self = ClassRef.of(definition.packageName(), definition.className());
    this.imports = new ImportPlan(definition.packageName(), definition.className());
  }

  /** The generated source file's text. */
  public static String write(DefinitionSource definition) {
    return new DefinitionWriter(definition).render();
  }

  /**
   * Writes the connector's definition through the filer, the record and the implementation as its
   * originating elements; the file is deleted when writing fails.
   */
  public static void writeTo(ConnectorDescriptor connector, Filer filer) throws IOException {
    String text = write(DefinitionSource.of(connector));
    JavaFileObject source =
        filer.createSourceFile(
            connector.definitionBinaryName(), connector.record(), connector.implementation());
    try (Writer writer = source.openWriter()) {
      writer.write(text);
    } catch (IOException | RuntimeException e) {
      source.delete();
      throw e;
    }
  }

  private String render() {
    // The classes in the order the file names them: the first to claim a simple name imports it.
    boolean deprecated = anyDeprecated(definition.options());
    imports.refer(GENERATED);
    if (deprecated) {
      imports.refer(SUPPRESS_WARNINGS);
    }
    for (ClassRef type :
        new ClassRef[] {DEFINITION, definition.record(), MODEL, TABLE, self, OVERRIDE, MODEL}) {
      imports.refer(type);
    }
    for (ClassRef type :
        new ClassRef[] {OVERRIDE, definition.record(), BOUND_OPTIONS, definition.record()}) {
      imports.refer(type);
    }
    for (DefinitionSource.Option option : definition.options()) {
      if (option.type() != null) {
        imports.refer(option.type());
      }
      if (option.enumType() != null) {
        imports.refer(option.enumType());
      }
    }
    for (ClassRef type :
        new ClassRef[] {
          OVERRIDE,
          STRING,
          definition.record(),
          OVERRIDE,
          definition.source() ? SOURCE : SINK,
          definition.record(),
          definition.implementation()
        }) {
      imports.refer(type);
    }

    if (!definition.packageName().isEmpty()) {
      text.append("package ").append(definition.packageName()).append(";\n\n");
    }
    List<String> imported = imports.imports();
    for (String name : imported) {
      text.append("import ").append(name).append(";\n");
    }
    if (!imported.isEmpty()) {
      text.append("\n");
    }
    text.append("@").append(name(GENERATED)).append("(").appendString(GENERATOR).append(")\n");
    if (deprecated) {
      text.append("@").append(name(SUPPRESS_WARNINGS)).append("(");
      text.appendString("deprecation").append(")\n");
    }
    String record = name(definition.record());
    text.append("public final class ").append(definition.className()).append(" implements ");
    text.append(name(DEFINITION)).append("<").append(record).append("> {\n");
    text.indent(1).append("private static final ").append(name(MODEL)).append(" MODEL = ");
    text.append(name(TABLE)).append(".load(").append(name(self)).append(".class);\n");

    method(name(MODEL), "model()");
    text.indent(2).append("return MODEL;\n");
    text.indent(1).append("}\n");

    method(record, "bind(" + name(BOUND_OPTIONS) + " values)");
    bind(record);
    text.indent(1).append("}\n");

    method(name(STRING), "describe(" + record + " options)");
    describe();
    text.indent(1).append("}\n");

    ClassRef kind = definition.source() ? SOURCE : SINK;
    method(name(kind) + "<" + record + ">", definition.source() ? "newSource()" : "newSink()");
    text.indent(2).append("return new ").append(name(definition.implementation())).append("();\n");
    text.indent(1).append("}\n");
    text.append("}\n");
    return text.toString();
  }

  private String name(ClassRef type) {
    return imports.name(type);
  }

  /** A blank line, {@code @Override} and the public method's header up to its brace. */
  private void method(String returns, String signature) {
    text.append("\n");
    text.indent(1).append("@").append(name(OVERRIDE)).append("\n");
    text.indent(1).append("public ").append(returns).append(" ").append(signature).append(" {\n");
  }

  private static boolean anyDeprecated(List<DefinitionSource.Option> options) {
    for (DefinitionSource.Option option : options) {
      if (option.deprecated()) {
        return true;
      }
    }
    return false;
  }

  /** {@code return new Record(values.<String>get("x"), …);}, one argument a line. */
  private void bind(String record) {
    List<DefinitionSource.Option> options = definition.options();
    text.indent(2).append("return new ").append(record).append("(");
    for (int i = 0; i < options.size(); i++) {
      text.append("\n").indent(4);
      bindValue(options.get(i));
      if (i + 1 < options.size()) {
        text.append(",");
      }
    }
    text.append(");\n");
  }

  /**
   * {@code values.<Integer>get("x")}, or the enum accessor matching the container. The type
   * argument spares javac inferring each argument of the record's constructor together
   * (docs/performance.md, "Annotation processor").
   */
  private void bindValue(DefinitionSource.Option option) {
    text.append("values.");
    if (option.type() != null) {
      text.append("<").append(name(option.type())).append(">");
    }
    if (option.enumType() == null) {
      text.append("get(").appendString(option.name()).append(")");
      return;
    }
    // Plain comparisons: a switch over the enum would load a switch-map class per compilation.
    Container container = option.container();
    String accessor =
        container == Container.OPTIONAL
            ? "optionalEnum"
            : container == Container.LIST
                ? "enumList"
                : container == Container.SET
                    ? "enumSet"
                    : container == Container.MAP ? "enumMap" : "enumValue";
    text.append(accessor).append("(").appendString(option.name());
    text.append(", ").append(name(option.enumType())).append("::valueOf)");
  }

  /**
   * {@code return "Record[a=" + options.a() + ", b=****]";}, a wrapping space after each {@code +}
   * that ends an option's part.
   */
  private void describe() {
    List<DefinitionSource.Option> options = definition.options();
    String prefix = definition.record().simpleName() + "[";
    text.indent(2).append("return ");
    if (options.isEmpty()) {
      text.appendString(prefix + "]");
    }
    for (int i = 0; i < options.size(); i++) {
      DefinitionSource.Option option = options.get(i);
      String label = (i == 0 ? prefix : ", ") + option.componentName() + "=";
      boolean last = i + 1 == options.size();
      if (option.secret()) {
        text.appendString(label + "****" + (last ? "]" : ""));
      } else {
        text.appendString(label);
        text.append(" + options.").append(option.componentName()).append("()");
        if (last) {
          text.append(" + ").appendString("]");
        }
      }
      if (!last) {
        text.append(" +").wrappingSpace(4);
      }
    }
    text.append(";\n");
  }
}
