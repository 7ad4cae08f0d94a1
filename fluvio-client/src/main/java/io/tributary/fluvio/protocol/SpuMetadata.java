package io.tributary.fluvio.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * An SPU as the SC lists it: {@code Metadata<SpuSpec>} with its status
 * (docs/protocol.md#metadata-spus-partitions-and-topics).
 *
 * @param name metadata name (used for TLS SNI as {@code <name>.<domain>})
 * @param id SPU id
 * @param custom spu_type: false Managed (0), true Custom (1)
 * @param publicEndpoint the public endpoint clients connect to
 * @param privateEndpoint the private (replication) endpoint
 * @param rack rack, or null
 * @param publicEndpointLocal local public endpoint (version 1 and later), or null
 * @param resolution status: 0 Online, 1 Offline, 2 Init
 */
public record SpuMetadata(
    String name,
    int id,
    boolean custom,
    IngressPort publicEndpoint,
    Endpoint privateEndpoint,
    String rack,
    Endpoint publicEndpointLocal,
    int resolution) {

  /**
   * {@code IngressPort}.
   *
   * @param port TCP port
   * @param ingress addresses
   * @param tls encryption: false PLAINTEXT (0), true SSL (1)
   */
  public record IngressPort(int port, List<IngressAddr> ingress, boolean tls) {
    /** Copies the list. */
    public IngressPort {
      ingress = List.copyOf(ingress);
    }
  }

  /**
   * {@code IngressAddr}.
   *
   * @param hostname host name, or null
   * @param ip IP address, or null
   */
  public record IngressAddr(String hostname, String ip) {}

  /**
   * {@code Endpoint}.
   *
   * @param port TCP port
   * @param host host
   * @param tls encryption: false PLAINTEXT, true SSL
   */
  public record Endpoint(int port, String host, boolean tls) {
    void encode(ByteWriter w) {
      w.i16(port).string(host).bool(tls);
    }

    static Endpoint decode(ByteReader r) {
      return new Endpoint(r.u16(), r.string(), r.u8() == 1);
    }
  }

  /**
   * The address a client connects to: the first ingress hostname, else its ip, then the port. With
   * {@code useLocal}, the local public endpoint when present.
   */
  public String address(boolean useLocal) {
    if (useLocal && publicEndpointLocal != null) {
      return publicEndpointLocal.host() + ":" + publicEndpointLocal.port();
    }
    String host = "localhost";
    if (!publicEndpoint.ingress().isEmpty()) {
      IngressAddr a = publicEndpoint.ingress().get(0);
      host = a.hostname() != null ? a.hostname() : a.ip() != null ? a.ip() : host;
    }
    return host + ":" + publicEndpoint.port();
  }

  /** Writes name, spec and status at {@code version}. */
  public void encode(ByteWriter w, int version) {
    w.string(name).i32(id).i8(custom ? 1 : 0);
    w.i16(publicEndpoint.port());
    w.list(
        publicEndpoint.ingress(),
        (iw, a) -> iw.optionalString(a.hostname()).optionalString(a.ip()));
    w.bool(publicEndpoint.tls());
    privateEndpoint.encode(w);
    w.optionalString(rack);
    if (version >= 1) {
      MetadataParts.writeOptional(w, publicEndpointLocal, e -> e.encode(w));
    }
    w.i8(resolution);
  }

  /** Reads name, spec and status at {@code version}. */
  public static SpuMetadata decode(ByteReader r, int version) {
    String name = r.string();
    int id = r.i32();
    boolean custom = r.u8() == 1;
    int port = r.u16();
    // A loop rather than ByteReader.list with a lambda, as in ApiVersionsResponse.decode.
    int n = r.i32();
    List<IngressAddr> ingress = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ingress.add(new IngressAddr(r.optionalString(), r.optionalString()));
    }
    IngressPort pub = new IngressPort(port, ingress, r.u8() == 1);
    Endpoint priv = Endpoint.decode(r);
    String rack = r.optionalString();
    Endpoint local = version >= 1 && r.bool() ? Endpoint.decode(r) : null;
    return new SpuMetadata(name, id, custom, pub, priv, rack, local, r.u8());
  }
}
