package io.tributary.examples.postgressink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void postgresUrlsBecomeJdbcUrlsWithTheCredentialsAsProperties() {
    DatabaseUrl url =
        DatabaseUrl.parse(
            "postgres://app%20user:p%40ss%3Aword@db.example:6543/shop?sslmode=require");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=require");
    assertThat(url.property("user")).isEqualTo("app user");
    assertThat(url.property("password")).isEqualTo("p@ss:word");
  }

  @Test
  void jdbcUrlsLoseTheirCredentialsToProperties() {
    DatabaseUrl url =
        DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/db?user=u&password=s%26cret&ssl=false");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/db?ssl=false");
    assertThat(url.property("user")).isEqualTo("u");
    assertThat(url.property("password")).isEqualTo("s&cret");
  }

  @Test
  void valuesAreSentUntypedSoPostgresCastsThem() {
    assertThat(DatabaseUrl.parse("postgresql://h/db").property("stringtype"))
        .isEqualTo("unspecified");
  }

  @Test
  void maskedHidesThePassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://u:hunter22@h/db");
    assertThat(url.masked("FATAL: hunter22 rejected")).isEqualTo("FATAL: **** rejected");
    assertThat(DatabaseUrl.parse("postgres://u@h/db").masked("text")).isEqualTo("text");
  }

  @Test
  void errorsNameTheFlagWithoutTheUrl() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:hunter22@h b/db"))
        .hasMessageStartingWith("--url: is not a valid URL")
        .hasMessageNotContaining("hunter22");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres:///db"))
        .hasMessage("--url: expected postgres://USER:PASSWORD@host:port/db");
  }
}
