package io.tributary.processor.write;

import io.tributary.processor.model.ConnectorDescriptor;
import io.tributary.schema.ConnectorModel;
import io.tributary.schema.MetadataWriter;
import io.tributary.schema.OptionTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Gathers the connectors of every round and writes the aggregate resources once, at the end, sorted
 * so that the same sources always give the same bytes: {@code
 * META-INF/tributary/connectors/<name>.json}, the option table each generated definition reads
 * ({@code META-INF/tributary/options/<definition>.table}), {@code
 * META-INF/tributary/connectors.list} and {@code
 * META-INF/services/io.tributary.spi.ConnectorDefinition}.
 */
public final class ConnectorResources {
  /** The service file listing the generated definitions. */
  public static final String SERVICES = "META-INF/services/io.tributary.spi.ConnectorDefinition";

  /** The list of connector names the runtime's {@code metadata} fast path reads. */
  public static final String CONNECTORS_LIST = ConnectorModel.LIST_RESOURCE;

  private final Map<String, ConnectorDescriptor> byName = new TreeMap<>();

  /** Adds a connector whose definition has been generated. */
  public void add(ConnectorDescriptor connector) {
    byName.put(connector.model().name(), connector);
  }

  /** The connectors gathered so far, by name. */
  public Map<String, ConnectorDescriptor> connectors() {
    return java.util.Collections.unmodifiableMap(byName);
  }

  /** Writes every resource; does nothing when no connector was gathered. */
  public void writeTo(Filer filer) throws IOException {
    if (byName.isEmpty()) {
      return;
    }
    List<Element> records = new ArrayList<>();
    StringBuilder names = new StringBuilder();
    TreeMap<String, TypeElement> definitions = new TreeMap<>();
    for (ConnectorDescriptor connector : byName.values()) {
      ConnectorModel model = connector.model();
      write(
          filer,
          ConnectorModel.resourcePath(model.name()),
          MetadataWriter.write(model),
          connector.record());
      write(
          filer,
          OptionTable.resourcePath(connector.definitionBinaryName()),
          OptionTable.write(model),
          connector.record());
      records.add(connector.record());
      names.append(model.name()).append('\n');
      definitions.put(connector.definitionBinaryName(), connector.record());
    }
    write(filer, CONNECTORS_LIST, names.toString(), records.toArray(new Element[0]));
    write(
        filer,
        SERVICES,
        String.join("\n", definitions.keySet()) + "\n",
        records.toArray(new Element[0]));
  }

  private static void write(Filer filer, String path, String text, Element... originating)
      throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
    try (OutputStream out = file.openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
