package io.tributary.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tributary.schema.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DefinitionWriter} writes what JavaPoet writes for the same definition ({@link
 * JavaPoetDefinition}): imports and names when simple names collide (with the generated class, with
 * {@code java.lang}, with the tributary types, between packages, with nested types), string
 * literals that need escaping, and where long {@code describe} lines wrap.
 */
class DefinitionWriterTest {
  private static final ClassRef IMPL = ClassRef.of("io.example", "ExampleSource");

  private static final ClassRef STRING = ClassRef.of("java.lang", "String");

  private static DefinitionSource.Option plain(String component) {
    return new DefinitionSource.Option(
        component, kebab(component), Container.SCALAR, null, STRING, false, false);
  }

  private static DefinitionSource.Option enumOption(
      String component, Container container, ClassRef type) {
    return new DefinitionSource.Option(
        component, kebab(component), container, type, type, false, false);
  }

  private static String kebab(String component) {
    return component.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static DefinitionSource definition(
      ClassRef record, ClassRef impl, boolean source, DefinitionSource.Option... options) {
    return new DefinitionSource(
        record.packageName(),
        "Tributary_" + String.join("_", record.simpleNames()),
        record,
        impl,
        source,
        List.of(options));
  }

  private static void assertSameAsJavaPoet(DefinitionSource definition) {
    assertEquals(JavaPoetDefinition.write(definition), DefinitionWriter.write(definition));
  }

  @Test
  void noOptionsSourceAndSink() {
    ClassRef record = ClassRef.of("io.example", "EmptyOptions");
    assertSameAsJavaPoet(definition(record, IMPL, true));
    assertSameAsJavaPoet(definition(record, ClassRef.of("io.example.sink", "EmptySink"), false));
  }

  @Test
  void everyContainerOfEnumsAndPlainOptions() {
    ClassRef record = ClassRef.of("io.example", "AllOptions");
    ClassRef mode = ClassRef.of("io.example", "AllOptions", "Mode");
    ClassRef level = ClassRef.of("com.other", "Level");
    List<DefinitionSource.Option> options = new ArrayList<>();
    options.add(plain("text"));
    for (Container container : Container.values()) {
      options.add(enumOption("mode" + container.ordinal(), container, mode));
      options.add(enumOption("level" + container.ordinal(), container, level));
    }
    assertSameAsJavaPoet(
        new DefinitionSource(
            "io.example", "Tributary_AllOptions", record, IMPL, true, List.copyOf(options)));
  }

  @Test
  void recordsNamedLikeTheTypesTheDefinitionUses() {
    for (String name :
        List.of(
            "Source",
            "Sink",
            "String",
            "Override",
            "Generated",
            "SuppressWarnings",
            "ConnectorModel",
            "OptionTable",
            "BoundOptions",
            "ConnectorDefinition")) {
      ClassRef record = ClassRef.of("io.example", name);
      DefinitionSource.Option deprecated =
          new DefinitionSource.Option("old", "old", Container.SCALAR, null, null, false, true);
      assertSameAsJavaPoet(definition(record, IMPL, true, plain("a"), deprecated));
      assertSameAsJavaPoet(definition(record, ClassRef.of("io.sink", name), false, plain("a")));
      // the same names as enums of another package, and as the implementation
      ClassRef other = ClassRef.of("com.other", name);
      ClassRef plainRecord = ClassRef.of("io.example", "Options");
      assertSameAsJavaPoet(
          definition(
              plainRecord,
              other,
              true,
              enumOption("first", Container.SCALAR, other),
              enumOption("second", Container.LIST, ClassRef.of("com.other", "Outer", name)),
              deprecated));
    }
  }

  @Test
  void enumsWhoseSimpleNamesCollide() {
    ClassRef record = ClassRef.of("io.example", "Options");
    assertSameAsJavaPoet(
        definition(
            record,
            IMPL,
            true,
            enumOption("a", Container.SCALAR, ClassRef.of("com.one", "Mode")),
            enumOption("b", Container.SCALAR, ClassRef.of("com.two", "Mode")),
            enumOption("c", Container.SET, ClassRef.of("io.example", "Mode")),
            enumOption("d", Container.MAP, ClassRef.of("com.three", "Outer", "Mode")),
            enumOption("e", Container.OPTIONAL, ClassRef.of("com.three", "Outer")),
            enumOption("f", Container.SCALAR, ClassRef.of("java.lang", "Thread", "State")),
            enumOption("g", Container.SCALAR, ClassRef.of("com.four", "Tributary_Options")),
            enumOption("h", Container.SCALAR, ClassRef.of("com.four", "Options", "Mode")),
            enumOption("i", Container.SCALAR, ClassRef.of("", "Unnamed"))));
  }

  @Test
  void typeArgumentsOfTheBinder() {
    ClassRef list = ClassRef.of("java.util", "List");
    ClassRef map = ClassRef.of("java.util", "Map");
    ClassRef duration = ClassRef.of("java.time", "Duration");
    ClassRef otherDuration = ClassRef.of("com.other", "Duration");
    assertSameAsJavaPoet(
        definition(
            ClassRef.of("io.example", "Options"),
            IMPL,
            true,
            new DefinitionSource.Option(
                "a",
                "a",
                Container.SCALAR,
                null,
                ClassRef.of("java.lang", "Integer"),
                false,
                false),
            new DefinitionSource.Option("b", "b", Container.SCALAR, null, duration, false, false),
            new DefinitionSource.Option(
                "c",
                "c",
                Container.LIST,
                null,
                list.withTypeArguments(otherDuration),
                false,
                false),
            new DefinitionSource.Option(
                "d",
                "d",
                Container.MAP,
                null,
                map.withTypeArguments(STRING, list.withTypeArguments(duration)),
                false,
                false),
            new DefinitionSource.Option(
                "e",
                "e",
                Container.OPTIONAL,
                null,
                ClassRef.of("java.util", "Optional")
                    .withTypeArguments(ClassRef.of("io.example", "Options", "Mode")),
                false,
                false),
            enumOption("f", Container.LIST, ClassRef.of("io.example", "Options", "Mode"))));
  }

  @Test
  void nestedRecordsAndTheUnnamedPackage() {
    assertSameAsJavaPoet(
        definition(
            ClassRef.of("io.example", "Outer", "Inner"),
            ClassRef.of("io.example.other", "Inner"),
            true,
            plain("x")));
    assertSameAsJavaPoet(
        definition(
            ClassRef.of("", "Options"),
            ClassRef.of("io.example", "ExampleSink"),
            false,
            enumOption("m", Container.SCALAR, ClassRef.of("", "Options", "Mode")),
            enumOption("n", Container.LIST, ClassRef.of("io.example", "Mode"))));
    assertSameAsJavaPoet(
        definition(ClassRef.of("", "Options"), ClassRef.of("", "OptionsSink"), false));
  }

  @Test
  void stringsThatNeedEscaping() {
    ClassRef record = ClassRef.of("io.example", "Options");
    List<DefinitionSource.Option> options = new ArrayList<>();
    String[] names = {
      "quote\"d",
      "back\\slash",
      "it's",
      "tab\there",
      "cr\r",
      "bell\u0007",
      "del\u007f",
      "c1\u0085",
      "é-ünïcode",
      "日本",
      "emoji\uD83D\uDE00",
      "\b\f",
      "nul\u0000"
    };
    for (int i = 0; i < names.length; i++) {
      boolean secret = i % 3 == 0;
      options.add(
          new DefinitionSource.Option(
              "c" + i + names[i].replaceAll("[^\\p{L}]", ""),
              names[i],
              Container.SCALAR,
              i % 2 == 0 ? null : ClassRef.of("io.example", "Mode"),
              i % 2 == 0 ? STRING : ClassRef.of("io.example", "Mode"),
              secret,
              false));
    }
    assertSameAsJavaPoet(
        new DefinitionSource("io.example", "Tributary_Options", record, IMPL, true, options));
  }

  @Test
  void describeWrapsLongLinesAsJavaPoetDoes() {
    // Component names of every length from 1 to 60 and secrets in between: each possible column
    // at which a part ends, around the limit of 100.
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      List<DefinitionSource.Option> options = new ArrayList<>();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        String component = "c" + i + "x".repeat(random.nextInt(60));
        options.add(
            new DefinitionSource.Option(
                component, "o" + i, Container.SCALAR, null, null, random.nextInt(4) == 0, false));
      }
      String recordName = "R" + "r".repeat(random.nextInt(40));
      assertSameAsJavaPoet(
          new DefinitionSource(
              "io.example",
              "Tributary_" + recordName,
              ClassRef.of("io.example", recordName),
              IMPL,
              random.nextBoolean(),
              options));
    }
  }

  @Test
  void randomNamesFromFewPackagesAndSimpleNames() {
    Random random = new Random(1);
    String[] packages = {
      "", "io.example", "com.other", "java.lang", "io.tributary", "io.tributary.spi"
    };
    String[] simple = {
      "Mode",
      "Source",
      "Sink",
      "String",
      "Override",
      "Options",
      "Tributary_Options",
      "Outer",
      "ConnectorModel",
      "Generated",
      "Level"
    };
    for (int round = 0; round < 500; round++) {
      List<DefinitionSource.Option> options = new ArrayList<>();
      int count = random.nextInt(6);
      for (int i = 0; i < count; i++) {
        ClassRef type = random.nextBoolean() ? null : randomClass(random, packages, simple);
        options.add(
            new DefinitionSource.Option(
                "c" + i,
                "o" + i,
                Container.values()[random.nextInt(Container.values().length)],
                type,
                type != null ? type : randomType(random, packages, simple),
                random.nextInt(5) == 0,
                random.nextInt(5) == 0));
      }
      ClassRef record = randomClass(random, packages, simple);
      assertSameAsJavaPoet(
          new DefinitionSource(
              record.packageName(),
              "Tributary_" + String.join("_", record.simpleNames()),
              record,
              randomClass(random, packages, simple),
              random.nextBoolean(),
              options));
    }
  }

  /** None, a class, or a class with one or two type arguments (a class or itself generic). */
  private static ClassRef randomType(Random random, String[] packages, String[] simple) {
    int shape = random.nextInt(5);
    if (shape == 0) {
      return null;
    }
    ClassRef raw = randomClass(random, packages, simple);
    if (shape == 1) {
      return raw;
    }
    ClassRef first = randomClass(random, packages, simple);
    if (shape == 2) {
      return raw.withTypeArguments(first);
    }
    ClassRef second = randomClass(random, packages, simple);
    return raw.withTypeArguments(
        first, shape == 3 ? second : second.withTypeArguments(ClassRef.of("java.lang", "String")));
  }

  private static ClassRef randomClass(Random random, String[] packages, String[] simple) {
    String pkg = packages[random.nextInt(packages.length)];
    String top = simple[random.nextInt(simple.length)];
    return random.nextInt(3) == 0
        ? ClassRef.of(pkg, top, simple[random.nextInt(simple.length)])
        : ClassRef.of(pkg, top);
  }
}
