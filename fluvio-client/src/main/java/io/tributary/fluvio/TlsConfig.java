package io.tributary.fluvio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * TLS settings of a cluster, as in the profile file's {@code [cluster.<name>.tls]} table. PEM
 * material is held as text; {@link #toString()} never shows the private key.
 *
 * @param mode disabled, anonymous (no certificate verification) or verified
 * @param domain the name the server certificate is verified against (not the endpoint host); SPU
 *     connections use SNI {@code <spu-name>.<domain>}
 * @param keyPem client private key, PEM (PKCS#8 or PKCS#1 RSA), verified mode only
 * @param certPem client certificate chain, PEM, verified mode only
 * @param caCertPem CA certificate(s) to trust, PEM, verified mode only
 */
public record TlsConfig(Mode mode, String domain, String keyPem, String certPem, String caCertPem) {
  /** TLS modes ({@code tls_policy}). */
  public enum Mode {
    /** Plain TCP. */
    DISABLED,
    /** TLS without certificate verification. */
    ANONYMOUS,
    /** Mutual TLS: client certificate, the given CA, verification against {@code domain}. */
    VERIFIED
  }

  /** Checks verified mode has all of its material. */
  public TlsConfig {
    if (mode == Mode.VERIFIED) {
      for (String[] f :
          new String[][] {
            {"domain", domain}, {"key", keyPem}, {"cert", certPem}, {"ca_cert", caCertPem}
          }) {
        if (f[1] == null || f[1].isBlank()) {
          throw new FluvioConfigException("verified TLS needs '" + f[0] + "' in [tls.certs]");
        }
      }
    }
  }

  /** Plain TCP. */
  public static TlsConfig disabled() {
    return new TlsConfig(Mode.DISABLED, null, null, null, null);
  }

  /** TLS without certificate verification. */
  public static TlsConfig anonymous() {
    return new TlsConfig(Mode.ANONYMOUS, null, null, null, null);
  }

  /** Verified mutual TLS from PEM text. */
  public static TlsConfig verified(String domain, String keyPem, String certPem, String caPem) {
    return new TlsConfig(Mode.VERIFIED, domain, keyPem, certPem, caPem);
  }

  /**
   * Verified mutual TLS from PEM files.
   *
   * @throws FluvioConfigException if a file cannot be read
   */
  public static TlsConfig verifiedFromFiles(String domain, Path key, Path cert, Path ca) {
    return verified(domain, read(key, "key"), read(cert, "cert"), read(ca, "ca_cert"));
  }

  private static String read(Path file, String what) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FluvioConfigException(
          "cannot read TLS " + what + " file " + file + ": " + e.getMessage());
    }
  }

  /** Whether connections use TLS. */
  public boolean enabled() {
    return mode != Mode.DISABLED;
  }

  /** Mode and domain only; PEM material is never printed. */
  @Override
  public String toString() {
    return "TlsConfig["
        + mode.name().toLowerCase()
        + (domain == null ? "" : ", domain=" + domain)
        + "]";
  }
}
