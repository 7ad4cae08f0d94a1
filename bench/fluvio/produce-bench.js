// Produce throughput of the official Fluvio client (@fluvio/client, Rust via Node) against a
// running test cluster. Usage: node produce-bench.js <clientDir> <endpoint> <topic> <records> <size>
// Prints "records seconds". Records go through sendAll in chunks of 1000 (the binding's fastest
// path), then flush.
'use strict';
const path = require('path');

async function main() {
  const [clientDir, endpoint, topic, records, size] = process.argv.slice(2);
  const native = require(path.join(clientDir, 'dist', 'linux', 'index.node'));
  const fluvio = await native.connect(endpoint);
  const producer = await fluvio.topicProducer(topic);
  const value = Buffer.alloc(Number(size), 'x');
  const key = 'k'; // the binding's send needs a key; a one-byte key costs 1 byte per record
  const start = process.hrtime.bigint();
  let chunk = [];
  for (let i = 0; i < Number(records); i++) {
    chunk.push([key, value]);
    if (chunk.length === 1000) {
      await producer.sendAll(chunk);
      chunk = [];
    }
  }
  if (chunk.length) await producer.sendAll(chunk);
  await producer.flush();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(`${records} ${seconds}\n`);
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exit(1);
});
