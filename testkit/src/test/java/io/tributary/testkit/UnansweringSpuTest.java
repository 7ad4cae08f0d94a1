package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.fluvio.ClusterConfig;
import io.tributary.fluvio.FluvioException;
import io.tributary.fluvio.internal.ClusterSession;
import io.tributary.fluvio.internal.Connection;
import io.tributary.fluvio.protocol.SpuMetadata;
import io.tributary.fluvio.protocol.SpuMetadata.Endpoint;
import io.tributary.fluvio.protocol.SpuMetadata.IngressAddr;
import io.tributary.fluvio.protocol.SpuMetadata.IngressPort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An SPU that accepts connections but never answers the handshake: opening a connection to it waits
 * for the request time-out, and while it waits the session serves every other caller.
 */
class UnansweringSpuTest {
  TestCluster cluster;
  ClusterSession session;
  ServerSocket silent;
  final List<Socket> accepted = new ArrayList<>();
  final CountDownLatch connected = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    cluster = TestCluster.builder().topic("quiet", 2).start();
    ClusterConfig base = ClusterConfig.ofEndpoint(cluster.endpoint());
    // Long enough that the test ends long before a connection to the silent SPU times out.
    session =
        new ClusterSession(
            new ClusterConfig(
                base.endpoint(),
                base.tls(),
                base.useSpuLocalAddress(),
                base.clientId(),
                Duration.ofSeconds(60),
                base.connectTimeout()));
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket s = silent.accept();
                  synchronized (accepted) {
                    accepted.add(s);
                  }
                  connected.countDown();
                }
              } catch (IOException closed) {
                // the test ended
              }
            },
            "silent-spu");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    session.close();
    cluster.close();
    silent.close();
    synchronized (accepted) {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  private SpuMetadata silentSpu() {
    int port = silent.getLocalPort();
    return new SpuMetadata(
        "silent",
        9001,
        true,
        new IngressPort(port, List.of(new IngressAddr(null, "127.0.0.1")), false),
        new Endpoint(port, "127.0.0.1", false),
        null,
        null,
        0);
  }

  @Test
  void aConnectionWaitingForAnUnansweringSpuHoldsUpNoOtherCaller() throws Exception {
    CompletableFuture<Connection> waiting =
        CompletableFuture.supplyAsync(() -> session.spuConnection(silentSpu()));
    assertThat(connected.await(30, TimeUnit.SECONDS)).as("the SPU saw the connection").isTrue();

    // While that handshake waits: metadata, the SC and the real SPU's connection all answer.
    assertThat(session.partitionCount("quiet")).isEqualTo(2);
    session.refresh();
    Connection leader = session.spuConnection(session.leaderSpu("quiet", 1));
    assertThat(leader.isOpen()).isTrue();
    assertThat(session.spuConnection(session.leaderSpu("quiet", 0))).isSameAs(leader);
    assertThat(waiting).as("the handshake with the silent SPU is still waiting").isNotDone();
  }

  @Test
  void aClosedSessionOpensNoNewConnection() {
    SpuMetadata leader = session.leaderSpu("quiet", 0);
    session.close();
    assertThatThrownBy(() -> session.spuConnection(leader))
        .isInstanceOf(FluvioException.class)
        .hasMessageContaining("is closed");
    assertThat(connected.getCount()).isEqualTo(1);
  }
}
