package bench;

import io.tributary.Source;
import io.tributary.TopicProducer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sends values "a,b,c,...,N..." padded to the size: a comma-separated list, so array_map splits
 * each into several records; every 2nd value contains "keep", for the filter.
 */
public final class ThroughputSource implements Source<ThroughputOptions> {
  @Override
  public void run(ThroughputOptions options, TopicProducer producer) throws Exception {
    byte[][] values = new byte[2][];
    for (int i = 0; i < 2; i++) {
      char[] text = new char[options.size()];
      Arrays.fill(text, 'x');
      String head = (i == 0 ? "keep" : "drop") + ",alpha,beta,gamma,";
      head.getChars(0, Math.min(head.length(), text.length), text, 0);
      values[i] = new String(text).getBytes(StandardCharsets.UTF_8);
    }
    for (long n = 0; n < options.count(); n++) {
      producer.send(null, values[(int) (n & 1)]);
    }
  }
}
