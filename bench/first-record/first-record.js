// The official Fluvio client's (@fluvio/client, Rust via Node) path to a first record: connect,
// create a producer, send one record, flush (which returns once the SPU acknowledged it), exit.
// Usage: node first-record.js <clientDir> <endpoint> <topic>
'use strict';
const path = require('path');

async function main() {
  const [clientDir, endpoint, topic] = process.argv.slice(2);
  const native = require(path.join(clientDir, 'dist', 'linux', 'index.node'));
  const fluvio = await native.connect(endpoint);
  const producer = await fluvio.topicProducer(topic);
  await producer.send('', 'Hello, Fluvio - 1');
  await producer.flush();
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exit(1);
});
