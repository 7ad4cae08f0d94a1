package io.tributary.fluvio.internal;

import io.tributary.fluvio.FluvioConfigException;
import io.tributary.fluvio.TlsConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds JDK {@link SSLContext}s from a {@link TlsConfig}'s PEM text. */
public final class TlsContexts {
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");

  private TlsContexts() {}

  /**
   * The context for {@code tls}.
   *
   * @throws FluvioConfigException if the PEM material cannot be used (the message never quotes key
   *     material)
   */
  public static SSLContext create(TlsConfig tls) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      if (tls.mode() == TlsConfig.Mode.ANONYMOUS) {
        ctx.init(null, new TrustManager[] {new TrustAll()}, null);
        return ctx;
      }
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      List<X509Certificate> chain = certificates(tls.certPem(), "cert");
      keys.setKeyEntry(
          "client", privateKey(tls.keyPem()), new char[0], chain.toArray(new Certificate[0]));
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, new char[0]);
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      int n = 0;
      for (X509Certificate ca : certificates(tls.caCertPem(), "ca_cert")) {
        trust.setCertificateEntry("ca-" + n++, ca);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new FluvioConfigException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static List<X509Certificate> certificates(String pem, String what) {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      Collection<? extends Certificate> certs =
          cf.generateCertificates(
              new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : certs) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new FluvioConfigException("TLS " + what + " holds no PEM certificate");
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new FluvioConfigException(
          "TLS " + what + " is not a PEM certificate: " + e.getMessage());
    }
  }

  private static PrivateKey privateKey(String pem) {
    Matcher m = PEM.matcher(pem);
    if (!m.find()) {
      throw new FluvioConfigException(
          "TLS key is not a PEM private key (expected -----BEGIN "
              + "PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)");
    }
    String type = m.group(1);
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(m.group(2).trim());
    } catch (IllegalArgumentException e) {
      throw new FluvioConfigException("TLS key is not valid base64 PEM");
    }
    byte[] pkcs8 =
        switch (type) {
          case "PRIVATE KEY" -> der;
          case "RSA PRIVATE KEY" -> wrapPkcs1(der);
          default ->
              throw new FluvioConfigException(
                  "TLS key of type '"
                      + type
                      + "' is not "
                      + "supported; convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        };
    for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new FluvioConfigException("TLS key could not be read as an RSA, EC or Ed25519 key");
  }

  /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo. */
  private static byte[] wrapPkcs1(byte[] pkcs1) {
    byte[] algId = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x02, 0x01, 0x00});
    body.writeBytes(algId);
    body.write(0x04);
    body.writeBytes(derLength(pkcs1.length));
    body.writeBytes(pkcs1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.writeBytes(derLength(body.size()));
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static byte[] derLength(int len) {
    if (len < 0x80) {
      return new byte[] {(byte) len};
    }
    if (len < 0x100) {
      return new byte[] {(byte) 0x81, (byte) len};
    }
    if (len < 0x10000) {
      return new byte[] {(byte) 0x82, (byte) (len >> 8), (byte) len};
    }
    return new byte[] {(byte) 0x83, (byte) (len >> 16), (byte) (len >> 8), (byte) len};
  }

  /** Accepts every certificate: Fluvio's "anonymous" TLS policy. */
  private static final class TrustAll extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] c, String a) {}

    @Override
    public void checkServerTrusted(X509Certificate[] c, String a) {}

    @Override
    public void checkClientTrusted(X509Certificate[] c, String a, Socket s) {}

    @Override
    public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {}

    @Override
    public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) {}

    @Override
    public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
