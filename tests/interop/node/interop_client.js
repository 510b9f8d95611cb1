'use strict';
// Interop cases driven by @grpc/grpc-js against a running server. Each case prints
// `PASS node/<case>` or `FAIL node/<case>: why`; the exit code is non-zero when any failed.
// Usage: node interop_client.js --port PORT [--host H] [--proto-root DIR] [--case NAME]...
const { GrpcReflection } = require('grpc-js-reflection-client');
const {
  grpc, LOADER_OPTIONS, expect, loadProtos, deadline, unary, collect, expectError, zeros,
  largeRequest, checkLargeResponse, withTimeout,
} = require('./support');

const CASE_TIMEOUT_MS = 30000;
const SPECIAL_MESSAGE = '\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \u{1f608}\t\n';
const ECHO_INITIAL_VALUE = 'test_initial_metadata_value';
const ECHO_TRAILING_VALUE = Buffer.from([0xab, 0xab, 0xab]);
const { status } = grpc;

const cases = {
  async empty_unary({ test }) {
    const { response } = await unary(test, 'EmptyCall', {});
    expect(Object.keys(response).length === 0, `response is not empty: ${JSON.stringify(response)}`);
  },

  async large_unary({ test }) {
    checkLargeResponse((await unary(test, 'UnaryCall', largeRequest())).response);
  },

  async server_streaming({ test }) {
    const sizes = [31415, 9, 2653, 58979];
    const call = test.StreamingOutputCall(
      { response_parameters: sizes.map((size) => ({ size })) }, { deadline: deadline() });
    const { messages } = await collect(call);
    const got = messages.map((m) => m.payload.body.length);
    expect(JSON.stringify(got) === JSON.stringify(sizes), `response sizes ${got}`);
  },

  async client_streaming({ test }) {
    const response = await new Promise((resolve, reject) => {
      const call = test.StreamingInputCall({ deadline: deadline() }, (error, r) => (error ? reject(error) : resolve(r)));
      for (const n of [27182, 8, 1828, 45904]) call.write({ payload: { body: zeros(n) } });
      call.end();
    });
    expect(response.aggregated_payload_size === 74922, `aggregated size ${response.aggregated_payload_size}`);
  },

  async ping_pong({ test }) {
    const call = test.FullDuplexCall({ deadline: deadline() });
    const done = collect(call);
    const pending = [];
    call.on('data', (m) => pending.shift()(m));
    for (const [size, payloadSize] of [[31415, 27182], [9, 8], [2653, 1828], [58979, 45904]]) {
      const reply = new Promise((resolve) => pending.push(resolve));
      call.write({ response_parameters: [{ size }], payload: { body: zeros(payloadSize) } });
      const got = (await reply).payload.body.length;
      expect(got === size, `response size ${got}, expected ${size}`);
    }
    call.end();
    expect((await done).messages.length === 4, 'responses after half-close');
  },

  async empty_stream({ test }) {
    const call = test.FullDuplexCall({ deadline: deadline() });
    const done = collect(call);
    call.end();
    const { messages } = await done;
    expect(messages.length === 0, `${messages.length} responses to an empty stream`);
  },

  async cancel_after_begin({ test }) {
    const done = new Promise((resolve, reject) => {
      const call = test.StreamingInputCall({ deadline: deadline() }, (error, r) => (error ? reject(error) : resolve(r)));
      call.cancel();
    });
    await expectError(done, status.CANCELLED);
  },

  async custom_metadata({ test }) {
    const metadata = () => {
      const m = new grpc.Metadata();
      m.add('x-grpc-test-echo-initial', ECHO_INITIAL_VALUE);
      m.add('x-grpc-test-echo-trailing-bin', ECHO_TRAILING_VALUE);
      return m;
    };
    const result = await unary(test, 'UnaryCall', largeRequest(), { metadata: metadata() });
    checkLargeResponse(result.response);
    checkEchoedMetadata(result, 'unary');

    const call = test.FullDuplexCall(metadata(), { deadline: deadline() });
    const done = collect(call);
    call.write({ response_parameters: [{ size: 314159 }], payload: { body: zeros(271828) } });
    call.end();
    const streamed = await done;
    const sizes = streamed.messages.map((m) => m.payload.body.length);
    expect(sizes.length === 1 && sizes[0] === 314159, `full duplex response sizes ${sizes}`);
    checkEchoedMetadata(streamed, 'full duplex');
  },

  async status_code_and_message(clients) {
    await checkEchoStatus(clients, 'test status message');
  },

  async special_status_message(clients) {
    await checkEchoStatus(clients, SPECIAL_MESSAGE);
  },

  async unimplemented_method({ test }) {
    await expectError(unary(test, 'UnimplementedCall', {}), status.UNIMPLEMENTED);
  },

  async unimplemented_service({ unimplemented }) {
    await expectError(unary(unimplemented, 'UnimplementedCall', {}), status.UNIMPLEMENTED);
  },

  async timeout_on_sleeping_server({ test }) {
    const call = test.FullDuplexCall({ deadline: deadline(1) });
    const done = collect(call);
    call.write({ payload: { body: zeros(27182) } });
    await expectError(done, status.DEADLINE_EXCEEDED);
  },

  async cancel_after_first_response({ test }) {
    const call = test.FullDuplexCall({ deadline: deadline() });
    const first = new Promise((resolve) => call.once('data', resolve));
    const done = collect(call);
    call.write({ response_parameters: [{ size: 31415 }], payload: { body: zeros(27182) } });
    const message = await first;
    expect(message.payload.body.length === 31415, `first response size ${message.payload.body.length}`);
    call.cancel();
    await expectError(done, status.CANCELLED);
  },

  async client_compressed_unary({ test, gzipTest }) {
    const probe = largeRequest({ expect_compressed: { value: true } });
    await expectError(unary(test, 'UnaryCall', probe), status.INVALID_ARGUMENT);
    checkLargeResponse((await unary(gzipTest, 'UnaryCall', probe)).response);
    const plain = largeRequest({ expect_compressed: { value: false } });
    checkLargeResponse((await unary(test, 'UnaryCall', plain)).response);
  },

  async server_compressed_unary({ test }) {
    for (const value of [true, false]) {
      checkLargeResponse((await unary(test, 'UnaryCall', largeRequest({ response_compressed: { value } }))).response);
    }
  },

  async concurrent_large_unary({ test }) {
    const calls = Array.from({ length: 100 }, () => unary(test, 'UnaryCall', largeRequest()));
    for (const { response } of await Promise.all(calls)) checkLargeResponse(response);
  },

  async health_check({ health }) {
    const { response } = await unary(health, 'Check', { service: '' });
    expect(response.status === 'SERVING', `status ${response.status} for the server`);
    await expectError(unary(health, 'Check', { service: 'no.such.Service' }), status.NOT_FOUND);
  },

  async health_watch({ health }) {
    for (const [service, wanted] of [['', 'SERVING'], ['no.such.Service', 'SERVICE_UNKNOWN']]) {
      const call = health.Watch({ service }, { deadline: deadline() });
      call.on('error', () => {});
      const first = await new Promise((resolve, reject) => {
        call.once('data', resolve);
        call.once('error', reject);
      });
      call.cancel();
      expect(first.status === wanted, `first status ${first.status} for '${service}', expected ${wanted}`);
    }
  },

  async reflection_v1(clients) {
    await checkReflection(clients, 'v1');
  },

  async reflection_v1alpha(clients) {
    await checkReflection(clients, 'v1alpha');
  },
};

function checkEchoedMetadata({ initial, trailing }, where) {
  const echoed = initial ? initial.get('x-grpc-test-echo-initial') : [];
  expect(echoed.length === 1 && echoed[0] === ECHO_INITIAL_VALUE, `${where}: initial metadata ${echoed}`);
  const trailed = trailing ? trailing.get('x-grpc-test-echo-trailing-bin') : [];
  expect(trailed.length === 1 && Buffer.from(trailed[0]).equals(ECHO_TRAILING_VALUE),
    `${where}: trailing metadata ${trailed.map((b) => Buffer.from(b).toString('hex'))}`);
}

async function checkEchoStatus({ test }, message) {
  const response_status = { code: 2, message };
  await expectError(unary(test, 'UnaryCall', { response_status }), status.UNKNOWN, message);
  const call = test.FullDuplexCall({ deadline: deadline() });
  const done = collect(call);
  call.write({ response_status });
  call.end();
  await expectError(done, status.UNKNOWN, message);
}

// The third-party reflection client lists services, then fetches TestService's descriptor and
// the call is made through a stub built only from what reflection returned.
async function checkReflection({ address }, version) {
  const reflection = new GrpcReflection(address, grpc.credentials.createInsecure(), {}, version);
  const options = { deadline: deadline() };
  const services = await reflection.listServices('', options);
  for (const wanted of ['grpc.testing.TestService', 'grpc.health.v1.Health']) {
    expect(services.includes(wanted), `${version} listing lacks ${wanted}: ${services}`);
  }
  const methods = (await reflection.listMethods('grpc.testing.TestService', { deadline: deadline() })).map((m) => m.name);
  expect(methods.includes('UnaryCall') && methods.includes('FullDuplexCall'), `${version} TestService methods ${methods}`);

  const descriptor = await reflection.getDescriptorBySymbol('grpc.testing.TestService', { deadline: deadline() });
  const reflected = descriptor.getPackageObject(LOADER_OPTIONS);
  const client = new reflected.grpc.testing.TestService(address, grpc.credentials.createInsecure());
  try {
    const { response } = await unary(client, 'UnaryCall', { response_size: 17 });
    expect(response.payload.body.length === 17, `${version} reflected call payload ${response.payload.body.length}`);
  } finally {
    client.close();
  }
}

function parseArgs(argv) {
  const args = { host: '127.0.0.1', protoRoot: '/usr/share/grpc-proto', cases: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--port') args.port = Number(value);
    else if (flag === '--host') args.host = value;
    else if (flag === '--proto-root') args.protoRoot = value;
    else if (flag === '--case') args.cases.push(value);
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!args.port) throw new Error('--port is required');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pkg = loadProtos(args.protoRoot);
  const address = `${args.host}:${args.port}`;
  const insecure = grpc.credentials.createInsecure();
  const clients = {
    address,
    test: new pkg.grpc.testing.TestService(address, insecure),
    gzipTest: new pkg.grpc.testing.TestService(address, insecure, { 'grpc.default_compression_algorithm': 2 }),
    unimplemented: new pkg.grpc.testing.UnimplementedService(address, insecure),
    health: new pkg.grpc.health.v1.Health(address, insecure),
  };
  let failed = 0;
  for (const [name, run] of Object.entries(cases)) {
    if (args.cases.length && !args.cases.includes(name)) continue;
    try {
      await withTimeout(run(clients), CASE_TIMEOUT_MS, name);
      console.log(`PASS node/${name}`);
    } catch (error) {
      failed += 1;
      const why = error.code !== undefined ? `status ${error.code}: ${error.details}` : error.message;
      console.log(`FAIL node/${name}: ${String(why).replace(/\n/g, ' ')}`);
    }
  }
  for (const client of [clients.test, clients.gzipTest, clients.unimplemented, clients.health]) client.close();
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.log(`FAIL node/setup: ${error.message}`);
  process.exit(2);
});
