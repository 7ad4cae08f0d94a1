package io.tributary.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import io.tributary.processor.diag.Diagnostics;
import io.tributary.processor.diag.ValidationReport;
import io.tributary.processor.model.Annotations;
import io.tributary.processor.model.ConnectorDescriptor;
import io.tributary.processor.model.ConnectorRecord;
import io.tributary.processor.model.DescriptorFactory;
import io.tributary.processor.model.RecordReader;
import io.tributary.processor.model.TypeMapper;
import io.tributary.processor.validate.ConnectorNames;
import io.tributary.processor.validate.ConnectorValidator;
import io.tributary.processor.validate.ImplementationLocator;
import io.tributary.processor.write.ConnectorResources;
import io.tributary.processor.write.DefinitionWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The Tributary annotation processor. For each {@code @Connector} record it validates, builds a
 * descriptor and generates {@code Tributary_<Record>}; at the end of the compilation it writes the
 * metadata resources, {@code connectors.list} and the service file. It only orchestrates:
 * validation, modelling and writing live in their own packages.
 *
 * <p>Processor option: {@code -Atributary.version=<version>}, the connectors' version unless
 * {@code @Connector(version)} is set.
 */
@AutoService(Processor.class)
public final class ConnectorProcessor extends AbstractProcessor {
  /** The processor option holding the version. */
  public static final String VERSION_OPTION = "tributary.version";

  private final ConnectorNames names = new ConnectorNames();
  private final ConnectorResources resources = new ConnectorResources();
  private final Map<String, TypeElement> candidates = new LinkedHashMap<>();
  private final Set<String> deferred = new LinkedHashSet<>();
  private Elements elements;
  private Diagnostics diagnostics;
  private RecordReader reader;
  private ImplementationLocator locator;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    diagnostics = new Diagnostics(env.getMessager());
    reader = new RecordReader(elements, javacTrees(env));
    locator = new ImplementationLocator(elements, env.getTypeUtils());
  }

  /** javac's tree utilities, or {@code null} under another compiler. */
  private static Trees javacTrees(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.CONNECTOR);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VERSION_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      collectTypes(root);
    }
    List<TypeElement> work = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        work.add(type);
      }
    }
    deferred.clear();
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        work.add((TypeElement) element);
      }
    }
    for (TypeElement element : work) {
      processConnector(element, round.processingOver());
    }
    if (round.processingOver()) {
      finish();
    }
    return false;
  }

  /**
   * Read, validate, model, write; one try per element so that one failure spares the others. The
   * element is read once into a {@link ConnectorRecord}; the later phases are functions of it.
   */
  private void processConnector(TypeElement element, boolean lastRound) {
    try {
      if (!lastRound && hasMissingTypes(element)) {
        deferred.add(element.getQualifiedName().toString());
        return;
      }
      ConnectorRecord record = reader.read(element, processingEnv.getOptions().get(VERSION_OPTION));
      ValidationReport report = ConnectorValidator.validate(record);
      if (!report.isClean()) {
        diagnostics.print(report);
        return;
      }
      String name = record.name().text();
      ImplementationLocator.Result impl =
          locator.locate(element, record.direction(), name, candidatesFor(element));
      if (impl.missing() && !lastRound) {
        deferred.add(element.getQualifiedName().toString());
        return;
      }
      ValidationReport all =
          ValidationReport.builder()
              .addAll(report)
              .addAll(impl.report())
              .addAll(names.claim(name, element))
              .build();
      diagnostics.print(all);
      if (all.isClean()) {
        ConnectorDescriptor descriptor = DescriptorFactory.connector(record, impl.implementation());
        DefinitionWriter.writeTo(DefinitionWriter.write(descriptor), processingEnv.getFiler());
        resources.add(descriptor);
      }
    } catch (RuntimeException | LinkageError | IOException e) {
      diagnostics.internal(element, element.getQualifiedName().toString(), e);
    }
  }

  /** Checks that no class arrived late that makes an implementation ambiguous, then writes. */
  private void finish() {
    for (ConnectorDescriptor connector : resources.connectors().values()) {
      TypeElement record = connector.record();
      ImplementationLocator.Result again =
          locator.locate(
              record,
              connector.model().direction(),
              connector.model().name(),
              candidatesFor(record));
      if (!again.report().isClean()) {
        diagnostics.print(again.report());
      }
    }
    try {
      resources.writeTo(processingEnv.getFiler());
    } catch (IOException | RuntimeException | LinkageError e) {
      diagnostics.internal(null, "the connector resources", e);
    }
  }

  private static boolean hasMissingTypes(TypeElement element) {
    if (element.getKind() != ElementKind.RECORD) {
      return false;
    }
    // The components alone: their fields and accessors (OptionSite) are read later, once.
    for (RecordComponentElement component : element.getRecordComponents()) {
      if (TypeMapper.hasErrors(component.asType())) {
        return true;
      }
    }
    return false;
  }

  /** The classes of the compilation so far, plus those of the record's package. */
  private List<TypeElement> candidatesFor(TypeElement record) {
    Map<String, TypeElement> all = new LinkedHashMap<>(candidates);
    PackageElement pkg = elements.getPackageOf(record);
    for (Element member : pkg.getEnclosedElements()) {
      collectTypes(member, all);
    }
    return new ArrayList<>(all.values());
  }

  private void collectTypes(Element element) {
    collectTypes(element, candidates);
  }

  private static void collectTypes(Element element, Map<String, TypeElement> into) {
    if (!(element instanceof TypeElement type)) {
      return;
    }
    into.putIfAbsent(type.getQualifiedName().toString(), type);
    for (Element member : type.getEnclosedElements()) {
      collectTypes(member, into);
    }
  }
}
