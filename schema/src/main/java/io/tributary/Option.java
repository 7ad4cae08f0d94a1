package io.tributary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Refines one option (record component) of a {@link Connector} record. Every attribute is optional;
 * without the annotation the option is named after the component in kebab-case and described by the
 * record's {@code @param} tag.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface Option {
  /** Marker meaning "no default value"; not a value anybody would write. */
  String NO_DEFAULT = "\u0000<no default>";

  /**
   * The option's name (and long flag without {@code --}); defaults to the kebab-cased component.
   */
  String name() default "";

  /** Overrides the description taken from the record's {@code @param} tag. */
  String description() default "";

  /**
   * The default value, written as on the command line ({@code "10s"}, {@code "GET"}, {@code "5"}).
   * It is parsed and checked against the option's type and constraints at compile time, and makes
   * the option optional.
   */
  String defaultValue() default NO_DEFAULT;

  /** Example values, written as on the command line; each is checked at compile time. */
  String[] examples() default {};

  /**
   * Further names the option answers to, each a long flag ({@code --headers}) and a config-file key
   * ({@code headers:}, {@code snake_case} too), for names other tools already use, such as the keys
   * of an existing Fluvio connector's configuration. The schema and {@code --help} name the option
   * by its {@link #name()}; each alias follows the rules of a name and must not clash with another
   * option's name or alias, or with a common option (checked at compile time).
   */
  String[] aliases() default {};
}
