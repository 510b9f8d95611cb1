'use strict';
// Helpers for the grpc-js interop cases: proto loading, promise wrappers that keep the
// initial and trailing metadata, and assertions that name what differed.
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const CALL_TIMEOUT_MS = 10000;
const LOADER_OPTIONS = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };

class Failure extends Error {}

function expect(condition, message) {
  if (!condition) throw new Failure(message);
}

function loadProtos(protoRoot) {
  const definition = protoLoader.loadSync(
    ['grpc/testing/test.proto', 'grpc/health/v1/health.proto'],
    { ...LOADER_OPTIONS, includeDirs: [protoRoot] });
  return grpc.loadPackageDefinition(definition);
}

function deadline(ms = CALL_TIMEOUT_MS) {
  return new Date(Date.now() + ms);
}

// Resolves with the response and both metadata sets; rejects with the grpc-js error
// (which carries code, details and trailing metadata).
function unary(client, method, request, { metadata = new grpc.Metadata(), options = {} } = {}) {
  return new Promise((resolve, reject) => {
    let initial = null;
    const call = client[method](request, metadata, { deadline: deadline(), ...options }, (error, response) => {
      if (error) reject(error);
      else call.once('status', (status) => resolve({ response, initial, trailing: status.metadata }));
    });
    call.on('metadata', (m) => { initial = m; });
  });
}

// Collects every message of a server-to-client stream and its final status.
function collect(call) {
  return new Promise((resolve, reject) => {
    const messages = [];
    let initial = null;
    let error = null;
    call.on('metadata', (m) => { initial = m; });
    call.on('data', (m) => messages.push(m));
    call.on('error', (e) => { error = e; });
    call.on('status', (status) => {
      if (error) reject(error);
      else if (status.code !== grpc.status.OK) reject(Object.assign(new Error(status.details), status));
      else resolve({ messages, initial, trailing: status.metadata });
    });
  });
}

async function expectError(promise, code, message) {
  let error = null;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error !== null, `call succeeded, expected status ${code}`);
  expect(error.code === code, `status ${error.code}, expected ${code} (${JSON.stringify(error.details)})`);
  if (message !== undefined) {
    expect(error.details === message, `message ${JSON.stringify(error.details)}, expected ${JSON.stringify(message)}`);
  }
  return error;
}

function zeros(n) {
  return Buffer.alloc(n);
}

function largeRequest(extra = {}) {
  return { response_size: 314159, payload: { body: zeros(271828) }, ...extra };
}

function checkLargeResponse(response) {
  const body = response.payload.body;
  expect(body.length === 314159, `payload size ${body.length}`);
  expect(body.equals(zeros(314159)), 'payload is not all zeros');
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Failure(`${what} timed out after ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

module.exports = {
  grpc, CALL_TIMEOUT_MS, LOADER_OPTIONS, Failure, expect, loadProtos, deadline, unary, collect,
  expectError, zeros, largeRequest, checkLargeResponse, withTimeout,
};
