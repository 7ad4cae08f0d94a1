package io.tributary.processor.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.schema.OptionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The processor's type table is the {@link OptionType} entries: each is named in the {@code
 * [TRIB-TYPE]} list, and the user docs (the mapping table of docs/annotations.md, the TRIB-TYPE
 * section of docs/errors.md) name it too, so a new entry cannot go undocumented. The same holds for
 * the {@link ConstraintKind} entries and the constraints table.
 */
class TypeTableTest {
  @ParameterizedTest
  @EnumSource(OptionType.class)
  void everyEntryIsListedInTheTypeMessage(OptionType type) {
    assertTrue(TypeMapper.supported().contains(type.javaName()), TypeMapper.supported());
  }

  @ParameterizedTest
  @EnumSource(value = OptionType.class, mode = EnumSource.Mode.EXCLUDE, names = "ENUM")
  void everyEntryIsDocumented(OptionType type) throws IOException {
    String simple = type.javaType().getSimpleName();
    String annotations = Files.readString(Path.of("../docs/annotations.md"));
    String row =
        type.primitiveType() == null
            ? "| `" + simple + "` |"
            : "| `" + type.primitiveType().getName() + "`, `" + simple + "` |";
    assertTrue(annotations.contains(row), "docs/annotations.md lacks the row " + row);
    String errors = Files.readString(Path.of("../docs/errors.md"));
    String section = errors.substring(errors.indexOf("## TRIB-TYPE\n"));
    section = section.substring(0, section.indexOf("\n## ", 1)).replace("\n", " ");
    String listed =
        type.primitiveType() == null
            ? "`" + simple + "`"
            : "`" + type.primitiveType().getName() + "`/`" + simple + "`";
    assertTrue(section.contains(listed), "docs/errors.md TRIB-TYPE lacks " + listed);
  }

  @ParameterizedTest
  @EnumSource(ConstraintKind.class)
  void everyConstraintKindIsReadByItsNameAndDocumented(ConstraintKind kind) throws IOException {
    assertTrue(ConstraintKind.forAnnotation(kind.annotation()).orElseThrow() == kind);
    String annotations = Files.readString(Path.of("../docs/annotations.md"));
    String table = annotations.substring(annotations.indexOf("## Constraints\n"));
    assertTrue(
        table.contains("| `@" + kind.annotation() + "`")
            || table.contains("| `@" + kind.annotation() + "("),
        "docs/annotations.md constraints table lacks @" + kind.annotation());
  }
}
