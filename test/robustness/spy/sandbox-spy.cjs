/**
 * Preload (`node --require`) for sandbox tests: records every file-system path the process
 * touches and every attempt to reach the network, as JSON lines in $RESDRAFT_SPY_LOG.
 * Network attempts also fail (the call throws), so nothing can leave the machine.
 * Worker threads inherit `--require`, so they are watched too.
 */
"use strict";
const fs = require("node:fs");
const log = process.env.RESDRAFT_SPY_LOG;
const append = fs.appendFileSync.bind(fs);
const record = (entry) => {
  if (log) append(log, JSON.stringify(entry) + "\n");
};

const asPath = (p) => (typeof p === "string" ? p : Buffer.isBuffer(p) ? p.toString() : p instanceof URL ? p.pathname : null);
const FS_CALLS = [
  "readFileSync", "readFile", "openSync", "open", "readdirSync", "readdir", "statSync", "stat", "lstatSync", "lstat",
  "existsSync", "accessSync", "access", "realpathSync", "realpath", "createReadStream", "opendirSync", "opendir", "watch", "watchFile",
];
for (const name of FS_CALLS) {
  const original = fs[name];
  if (typeof original !== "function") continue;
  const wrapped = function (p, ...rest) {
    const path = asPath(p);
    if (path !== null) record({ kind: "fs", op: name, path });
    return original.call(this, p, ...rest);
  };
  Object.assign(wrapped, original); // keep realpathSync.native and friends
  fs[name] = wrapped;
}
for (const name of ["readFile", "open", "readdir", "stat", "lstat", "access", "realpath", "opendir"]) {
  const original = fs.promises[name];
  fs.promises[name] = function (p, ...rest) {
    const path = asPath(p);
    if (path !== null) record({ kind: "fs", op: `promises.${name}`, path });
    return original.call(this, p, ...rest);
  };
}

const blocked = (what) =>
  function () {
    record({ kind: "net", op: what, args: JSON.stringify([...arguments].filter((a) => typeof a !== "function")).slice(0, 200) });
    throw new Error(`resdraft sandbox: network access (${what}) is not allowed`);
  };
const net = require("node:net");
net.connect = net.createConnection = blocked("net.connect");
net.Socket.prototype.connect = blocked("net.Socket.connect");
for (const mod of ["http", "https"]) {
  const m = require(`node:${mod}`);
  m.request = m.get = blocked(`${mod}.request`);
}
require("node:tls").connect = blocked("tls.connect");
require("node:dgram").createSocket = blocked("dgram.createSocket");
const dns = require("node:dns");
dns.lookup = dns.resolve = blocked("dns.lookup");
if (typeof globalThis.fetch === "function") globalThis.fetch = blocked("fetch");
