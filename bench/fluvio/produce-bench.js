// The official Fluvio client (@fluvio/client, Rust via Node) against a running test cluster.
//   node produce-bench.js <clientDir> <endpoint> throughput <topic> <records> <size>
//     produces the records through sendAll in chunks of 1000 (the binding's fastest path), then
//     flushes; prints "records seconds cpuSeconds serverCpuSeconds" (this process's CPU, every
//     thread, and the test cluster's, read from /proc/$BENCH_SERVER_PID/stat; 0 without it).
//   node produce-bench.js <clientDir> <endpoint> latency <topic> <rate> <seconds> <size>
//     sends one record every 1/rate s while a consumer of the same process streams the topic
//     from its end; prints p50 and p99 of send-to-receive latency in ms, leaving out the first
//     second (warm-up).
//   node produce-bench.js <clientDir> <endpoint> consume <topic> <records>
//     streams the topic from its beginning until <records> arrived, twice (the first round
//     warms up); prints the same figures for the second.
// The producer has the binding's fixed settings (Fluvio's defaults: linger 100 ms, batch 16 KiB).
'use strict';
const fs = require('fs');
const path = require('path');

async function main() {
  const [clientDir, endpoint, mode, topic, ...rest] = process.argv.slice(2);
  const native = require(path.join(clientDir, 'dist', 'linux', 'index.node'));
  const fluvio = await native.connect(endpoint);
  if (mode === 'throughput') {
    const [records, size] = rest.map(Number);
    const producer = await fluvio.topicProducer(topic);
    const value = Buffer.alloc(size, 'x');
    const key = 'k'; // the binding's send needs a key; a one-byte key costs 1 byte per record
    const server = serverCpu();
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    let chunk = [];
    for (let i = 0; i < records; i++) {
      chunk.push([key, value]);
      if (chunk.length === 1000) {
        await producer.sendAll(chunk);
        chunk = [];
      }
    }
    if (chunk.length) await producer.sendAll(chunk);
    await producer.flush();
    report(records, start, cpu, server);
  } else if (mode === 'latency') {
    const [rate, seconds, size] = rest.map(Number);
    const total = rate * seconds;
    const consumer = await fluvio.partitionConsumer(topic, 0);
    const stream = await consumer.createStream({ index: 0, from: 'end' });
    stream[Symbol.asyncIterator] = () => stream;
    const latencies = [];
    const received = (async () => {
      for await (const record of stream) {
        const sent = Buffer.from(record.value()).readBigInt64BE(0);
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
        if (latencies.length >= total) break;
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    const producer = await fluvio.topicProducer(topic);
    const start = process.hrtime.bigint();
    for (let i = 0; i < total; i++) {
      const due = start + BigInt(Math.round(i * 1e9 / rate));
      const wait = Number(due - process.hrtime.bigint()) / 1e6;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const value = Buffer.alloc(size, 'x');
      value.writeBigInt64BE(process.hrtime.bigint(), 0);
      await producer.send('k', value);
    }
    await producer.flush();
    await Promise.race([received, new Promise((r) => setTimeout(r, 30000))]);
    latencies.splice(0, rate); // the first second warms up: left out, as in ProduceBench
    latencies.sort((a, b) => a - b);
    process.stdout.write(`${latencies[Math.floor(latencies.length / 2)].toFixed(3)} `
      + `${latencies[Math.floor(latencies.length * 0.99)].toFixed(3)}\n`);
  } else if (mode === 'consume') {
    const [records] = rest.map(Number);
    await consume(fluvio, topic, records); // warm-up round, as in ProduceBench
    const server = serverCpu();
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await consume(fluvio, topic, records);
    report(records, start, cpu, server);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  process.exit(0);
}

async function consume(fluvio, topic, records) {
  const consumer = await fluvio.partitionConsumer(topic, 0);
  const stream = await consumer.createStream({ index: 0, from: 'beginning' });
  stream[Symbol.asyncIterator] = () => stream;
  let seen = 0;
  let bytes = 0;
  for await (const record of stream) {
    bytes += record.value().byteLength; // touch the value, as a consumer would
    if (++seen >= records) break;
  }
  return bytes;
}

function report(records, start, cpu, server) {
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${records} ${seconds} ${(used.user + used.system) / 1e6} `
    + `${serverCpu() - server}\n`);
}

// CPU seconds of the test cluster's process (pid in BENCH_SERVER_PID), as ProduceBench reads it.
function serverCpu() {
  const pid = process.env.BENCH_SERVER_PID;
  if (!pid) return 0;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exit(1);
});
