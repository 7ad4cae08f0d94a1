package io.tributary.examples.mqttsource;

import io.tributary.Source;
import io.tributary.TopicProducer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Connects to the broker, subscribes, and sends each message to the topic from Paho's callback
 * thread ({@link Subscription}). A QoS 1 or 2 message is acknowledged to the broker only once it
 * has been produced (sent and flushed), so a message the broker counts as delivered is in the
 * topic, even if the connector then crashes. QoS 0 messages are sent without waiting. After a lost
 * connection Paho reconnects by itself and the subscription is made again. The connector runs until
 * it is stopped (SIGTERM) or a record cannot be sent.
 */
public final class MqttSource implements Source<MqttSourceOptions> {
  private static final Logger LOG = System.getLogger("mqtt-source");

  @Override
  public void run(MqttSourceOptions options, TopicProducer producer) throws Exception {
    BrokerAddress broker = BrokerAddress.parse(options.mqttUrl());
    String clientId = options.clientId().orElseGet(MqttAsyncClient::generateClientId);
    CompletableFuture<Void> failed = new CompletableFuture<>();
    try (MqttAsyncClient client =
        new MqttAsyncClient(broker.serverUri(), clientId, new MemoryPersistence())) {
      client.setCallback(new Subscription(client, options, broker, producer, failed));
      connect(client, connectOptions(options, broker), broker);
      try {
        failed.get(); // until SIGTERM interrupts this thread, or a record could not be sent
      } catch (ExecutionException e) {
        throw (RuntimeException) e.getCause();
      } finally {
        boolean interrupted = Thread.interrupted(); // let the disconnect complete
        disconnect(client);
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static MqttConnectOptions connectOptions(
      MqttSourceOptions options, BrokerAddress broker) {
    MqttConnectOptions connect = new MqttConnectOptions();
    int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, options.timeout().toSeconds()));
    connect.setKeepAliveInterval(seconds);
    connect.setConnectionTimeout(seconds);
    connect.setCleanSession(options.clientId().isEmpty());
    connect.setAutomaticReconnect(true);
    broker.user().ifPresent(connect::setUserName);
    broker.password().ifPresent(p -> connect.setPassword(p.toCharArray()));
    return connect;
  }

  private static void connect(
      MqttAsyncClient client, MqttConnectOptions connect, BrokerAddress broker) {
    try {
      client.connect(connect).waitForCompletion();
    } catch (MqttException e) {
      throw new IllegalStateException(
          "cannot connect to the MQTT broker " + broker + ": " + Subscription.describe(e));
    }
  }

  private static void disconnect(MqttAsyncClient client) {
    try {
      if (client.isConnected()) {
        client.disconnect(5_000).waitForCompletion(10_000); // lets callbacks in progress finish
      }
    } catch (MqttException e) {
      LOG.log(Level.WARNING, "disconnect: " + Subscription.describe(e));
      try {
        client.disconnectForcibly(0, 1_000);
      } catch (MqttException ignored) {
        // closing anyway
      }
    }
  }
}
