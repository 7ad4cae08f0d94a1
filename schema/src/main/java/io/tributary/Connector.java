package io.tributary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as the options of a Fluvio connector.
 *
 * <p>The annotation processor turns the record into the connector's metadata resource ({@code
 * META-INF/tributary/connectors/<name>.json}) and its command-line wiring. Each record component is
 * one option; its Javadoc {@code @param} tag is the option's description.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Connector {
  /** The connector's name, matching {@code ^[a-z][a-z0-9-]*$}, e.g. {@code http-source}. */
  String name();

  /** Whether the connector produces to a topic (source) or consumes from one (sink). */
  Direction direction();

  /** Overrides the description taken from the record's Javadoc (its first paragraph). */
  String description() default "";

  /**
   * The connector's version. Defaults to the processor option {@code -Atributary.version}, which
   * the connector parent POM sets to {@code ${project.version}}.
   */
  String version() default "";
}
