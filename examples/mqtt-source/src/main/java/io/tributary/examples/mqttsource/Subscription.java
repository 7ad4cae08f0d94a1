package io.tributary.examples.mqttsource;

import io.tributary.TopicProducer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttAsyncClient;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/**
 * Paho's callbacks: subscribes after every (re)connection and sends each message to the topic. A
 * failure that should stop the connector completes {@code failed} exceptionally.
 */
final class Subscription implements MqttCallbackExtended {
  private static final Logger LOG = System.getLogger("mqtt-source");

  /** The SUBACK code of a refused subscription. */
  private static final int REFUSED = 0x80;

  private final IMqttAsyncClient client;
  private final MqttSourceOptions options;
  private final BrokerAddress broker;
  private final TopicProducer producer;
  private final PayloadFormatter formatter;
  private final CompletableFuture<Void> failed;

  Subscription(
      IMqttAsyncClient client,
      MqttSourceOptions options,
      BrokerAddress broker,
      TopicProducer producer,
      CompletableFuture<Void> failed) {
    this.client = client;
    this.options = options;
    this.broker = broker;
    this.producer = producer;
    this.formatter = new PayloadFormatter(options.payloadOutputType());
    this.failed = failed;
  }

  @Override
  public void connectComplete(boolean reconnect, String serverUri) {
    LOG.log(Level.INFO, (reconnect ? "reconnected to " : "connected to ") + broker);
    try {
      client.subscribe(
          options.mqttTopic(),
          options.qos(),
          null,
          new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
              int granted = token.getGrantedQos()[0];
              if (granted == REFUSED) {
                fail("the broker refused the subscription to " + options.mqttTopic());
              } else {
                LOG.log(
                    Level.INFO, "subscribed to " + options.mqttTopic() + " (qos " + granted + ")");
              }
            }

            @Override
            public void onFailure(IMqttToken token, Throwable e) {
              fail("cannot subscribe to " + options.mqttTopic() + ": " + describe(e));
            }
          });
    } catch (MqttException e) {
      fail("cannot subscribe to " + options.mqttTopic() + ": " + describe(e));
    }
  }

  @Override
  public void messageArrived(String topic, MqttMessage message) throws Exception {
    var value = formatter.format(topic, message.getPayload());
    if (value.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "skipped a message on "
              + topic
              + ": its payload is not JSON "
              + "(--payload-output-type json)");
      return;
    }
    try {
      producer.send(topic.getBytes(StandardCharsets.UTF_8), value.get());
      if (message.getQos() > 0) {
        producer.flush(); // produced (acknowledged by Fluvio) before the broker gets our ack
      }
    } catch (Exception e) {
      fail("cannot send a message of " + topic + ": " + e);
      throw e; // not acknowledged: with a --client-id session the broker sends it again
    }
  }

  @Override
  public void connectionLost(Throwable cause) {
    LOG.log(
        Level.WARNING,
        "lost the connection to " + broker + " (" + describe(cause) + "); reconnecting");
  }

  @Override
  public void deliveryComplete(IMqttDeliveryToken token) {
    // This connector only subscribes.
  }

  private void fail(String message) {
    failed.completeExceptionally(new IllegalStateException(message));
  }

  /** A one-line description of a Paho failure, e.g. "Not authorized to connect (5)". */
  static String describe(Throwable e) {
    if (!(e instanceof MqttException m)) {
      return String.valueOf(e);
    }
    Throwable cause = m.getCause();
    return m.getMessage()
        + " ("
        + m.getReasonCode()
        + ")"
        + (cause == null
            ? ""
            : ": "
                + Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName()));
  }
}
