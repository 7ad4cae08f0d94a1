package io.tributary.fluvio.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A SmartModule as the SC lists it ({@code Metadata<SmartModuleSpec>}, spec version 10 and later):
 * its store name, its package (when it was loaded with one), the wasm size (in a summary list) and
 * the gzipped wasm.
 *
 * @param name the name it is stored under: {@code name-group-version} ({@link #storeId})
 * @param pkg its package, or {@code null}
 * @param wasmLength the wasm's length in a summary list, or {@code null}
 * @param format 0 binary, 1 text
 * @param payload the gzipped wasm (empty in a summary list)
 */
public record SmartModuleMetadata(
    String name, Package pkg, Long wasmLength, int format, byte[] payload) {

  /**
   * {@code SmartModulePackage}, with its parameter declarations.
   *
   * @param name the module's name
   * @param group its group
   * @param version its version
   * @param apiVersion the SmartModule API version
   * @param description a description, or {@code null}
   * @param license a license, or {@code null}
   * @param visibility 0 private, 1 public (v19+)
   * @param repository a repository, or {@code null}
   * @param params its {@code init} parameters: name, description (or null), optional
   */
  public record Package(
      String name,
      String group,
      String version,
      String apiVersion,
      String description,
      String license,
      int visibility,
      String repository,
      List<Param> params) {
    /** Copies the list. */
    public Package {
      params = List.copyOf(params);
    }

    /** {@code group/name@version}. */
    public String qualifiedName() {
      return group + "/" + name + "@" + version;
    }
  }

  /**
   * One declared {@code init} parameter.
   *
   * @param name its name
   * @param description its description, or {@code null}
   * @param optional whether it may be left out
   */
  public record Param(String name, String description, boolean optional) {}

  /** The store name of {@code group/name@version}: {@code name-group-version}. */
  public static String storeId(String name, String group, String version) {
    return name + (group == null ? "" : "-" + group) + (version == null ? "" : "-" + version);
  }

  /** Compares versions like {@code 0.10.1} by their numbers, then as text. */
  public static int compareVersions(String a, String b) {
    String[] x = a.split("[.+-]");
    String[] y = b.split("[.+-]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c =
          x[i].matches("[0-9]{1,9}") && y[i].matches("[0-9]{1,9}")
              ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
              : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** The name users give: {@code group/name@version}, or the store name without a package. */
  public String qualifiedName() {
    return pkg == null ? name : pkg.qualifiedName();
  }

  /** Writes one item ({@code Metadata}: name, spec, empty status) at {@code version}. */
  public static void encode(SmartModuleMetadata m, ByteWriter w, int version) {
    w.string(m.name);
    w.bool(m.pkg != null);
    if (m.pkg != null) {
      Package p = m.pkg;
      w.string(p.name)
          .string(p.group)
          .string(p.version)
          .string(p.apiVersion)
          .optionalString(p.description)
          .optionalString(p.license);
      if (version >= 19) {
        w.i8(p.visibility);
      }
      w.optionalString(p.repository);
      w.i16(p.params.size());
      for (Param param : p.params) {
        w.string(param.name).optionalString(param.description).bool(param.optional);
      }
    }
    w.bool(m.wasmLength != null);
    if (m.wasmLength != null) {
      w.u32(m.wasmLength);
    }
    w.i8(m.format).bytes(m.payload);
  }

  /** Reads one item at {@code version}. */
  public static SmartModuleMetadata decode(ByteReader r, int version) {
    String name = r.string();
    Package pkg = null;
    if (r.bool()) {
      String pkgName = r.string();
      String group = r.string();
      String pkgVersion = r.string();
      String apiVersion = r.string();
      String description = r.optionalString();
      String license = r.optionalString();
      int visibility = version >= 19 ? r.u8() : 0;
      String repository = r.optionalString();
      int count = r.u16();
      List<Param> params = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        params.add(new Param(r.string(), r.optionalString(), r.bool()));
      }
      pkg =
          new Package(
              pkgName,
              group,
              pkgVersion,
              apiVersion,
              description,
              license,
              visibility,
              repository,
              params);
    }
    Long wasmLength = r.bool() ? r.u32() : null;
    int format = r.u8();
    byte[] payload = r.bytes();
    return new SmartModuleMetadata(name, pkg, wasmLength, format, payload);
  }
}
