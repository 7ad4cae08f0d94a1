// Drives the official Fluvio client (@fluvio/client, a native Rust module) for Tributary's
// oracle tests. Usage:
//   node oracle.js <clientDir> <endpoint> produce <topic> <json-lines-file>
//   node oracle.js <clientDir> <endpoint> consume <topic> <partition> <count> [beginning|end|<n>]
// Records are JSON objects {"key": hex|null, "value": hex}; consume prints one per line with
// its key and value. A null key is sent as an empty key (the Node binding has no keyless
// byte send). Exits 0 on success, 1 with a message on stderr otherwise.
'use strict';
const fs = require('fs');
const path = require('path');

function fail(msg) {
  process.stderr.write(`oracle: ${msg}\n`);
  process.exit(1);
}

async function main() {
  const [clientDir, endpoint, cmd, ...rest] = process.argv.slice(2);
  const native = require(path.join(clientDir, 'dist', 'linux', 'index.node'));
  const fluvio = await native.connect(endpoint);
  if (cmd === 'produce') {
    const [topic, file] = rest;
    const producer = await fluvio.topicProducer(topic);
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines) {
      const r = JSON.parse(line);
      const value = Buffer.from(r.value, 'hex');
      // Empty Buffers crash the native binding (node-bindgen), so an empty key goes as ''.
      const key = r.key === null || r.key === '' ? '' : Buffer.from(r.key, 'hex');
      await producer.send(key, value);
    }
    await producer.flush();
    process.stdout.write(`produced ${lines.length}\n`);
  } else if (cmd === 'consume') {
    const [topic, partition, count, from] = rest;
    const consumer = await fluvio.partitionConsumer(topic, Number(partition));
    const offset = from === 'end' ? { index: 0, from: 'end' }
      : from === undefined || from === 'beginning' ? { index: 0, from: 'beginning' }
        : { index: Number(from), from: 'beginning' };
    const stream = await consumer.createStream(offset);
    // readiness for tests that produce only once the stream is open (its start offset resolved)
    process.stdout.write('streaming\n');
    stream[Symbol.asyncIterator] = () => stream;
    let seen = 0;
    for await (const record of stream) {
      const key = record.hasKey() ? Buffer.from(record.key()).toString('hex') : null;
      const value = Buffer.from(record.value()).toString('hex');
      process.stdout.write(JSON.stringify({ key, value }) + '\n');
      if (++seen >= Number(count)) break;
    }
  } else {
    fail(`unknown command ${cmd}`);
  }
  // Exit once standard output is flushed: to a pipe it is written asynchronously, and
  // process.exit would cut long output short.
  process.stdout.write('', () => process.exit(0));
}

setTimeout(() => fail('timed out after 30 s'), 30000).unref();
main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
