package io.tributary.log;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.ERROR;
import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.TRACE;
import static java.lang.System.Logger.Level.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RustLogFilterTest {
  @Test
  void defaultIsInfo() {
    RustLogFilter f = RustLogFilter.defaults();
    assertThat(f.enabled("any", INFO)).isTrue();
    assertThat(f.enabled("any", DEBUG)).isFalse();
  }

  @Test
  void bareLevelSetsTheDefault() {
    RustLogFilter f = RustLogFilter.parse("warn");
    assertThat(f.enabled("x", WARNING)).isTrue();
    assertThat(f.enabled("x", INFO)).isFalse();
    assertThat(RustLogFilter.parse("off").enabled("x", ERROR)).isFalse();
  }

  @Test
  void longestTargetWinsAndSeparatorsAreEquivalent() {
    RustLogFilter f = RustLogFilter.parse("error,io::tributary=debug,io.tributary.cli=trace");
    assertThat(f.enabled("io.tributary.cli.Main", TRACE)).isTrue();
    assertThat(f.enabled("io.tributary.log.X", DEBUG)).isTrue();
    assertThat(f.enabled("io.tributary.log.X", TRACE)).isFalse();
    assertThat(f.enabled("io.tributaryx", INFO)).isFalse();
    assertThat(f.enabled("other", WARNING)).isFalse();
    assertThat(f.enabled("other", ERROR)).isTrue();
  }

  @Test
  void targetAloneMeansTraceAndDashesMatchUnderscores() {
    RustLogFilter f = RustLogFilter.parse("http_source");
    assertThat(f.enabled("http-source", TRACE)).isTrue();
    assertThat(f.enabled("http-source.client", TRACE)).isTrue();
    assertThat(f.enabled("mqtt", DEBUG)).isFalse();
  }

  @Test
  void badDirectivesNameThemselves() {
    assertThatThrownBy(() -> RustLogFilter.parse("info,x=loud"))
        .hasMessageContaining("'x=loud' has an unknown level");
    assertThatThrownBy(() -> RustLogFilter.parse("a b"))
        .hasMessageContaining("'a b' is not a directive");
  }

  @Test
  void anUnsetOrInvalidEnvironmentValueMeansTheDefaults() {
    assertThat(RustLogFilter.orDefaults(null)).isSameAs(RustLogFilter.defaults());
    assertThat(RustLogFilter.orDefaults("x=loud")).isSameAs(RustLogFilter.defaults());
    assertThat(RustLogFilter.orDefaults("debug").enabled("a", DEBUG)).isTrue();
  }
}
