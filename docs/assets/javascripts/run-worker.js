// One run of an example's Go program (GOOS=wasip1 GOARCH=wasm, built by hooks/wasm.py), in a
// Web Worker started by run.js. The worker receives {module, args} (a compiled
// WebAssembly.Module), runs it through the WASI preview 1 calls below, and posts back, in the
// order they happen, {type: "out", fd: 1|2, bytes} for each write to stdout or stderr, then
// {type: "exit", code} when the program ends (or {type: "error", message} if it cannot start).
//
// The calls are the ones Go's runtime imports on wasip1 (src/runtime/os_wasip1.go,
// src/syscall/fs_wasip1.go, src/runtime/netpoll_wasip1.go). The program gets no file system
// (no preopened directory), no environment, no stdin (reads see end of file), no sockets and no
// processes: what a call cannot do it refuses with ENOSYS or EBADF, as a WASI host may.
// poll_oneoff with clock subscriptions is how Go sleeps when every goroutine waits for a timer:
// a worker cannot block without SharedArrayBuffer, so it waits by spinning on the clock.
"use strict";

const ESUCCESS = 0;
const EBADF = 8;
const ENOSYS = 52;
const CLOCK_REALTIME = 0;
const EVENTTYPE_CLOCK = 0;
const SUBCLOCKFLAGS_ABSTIME = 1;
const FILETYPE_CHARACTER_DEVICE = 2;

class ProcExit {
  constructor(code) {
    this.code = code;
  }
}

function run(module, args) {
  let memory = null;
  const view = () => new DataView(memory.buffer);
  const u8 = () => new Uint8Array(memory.buffer);
  const encoder = new TextEncoder();
  const argv = args.map((a) => encoder.encode(a + "\0"));
  const start = performance.now();

  // Nanoseconds, as BigInt: monotonic from the start of the run, or the wall clock.
  const now = (clock) =>
    clock === CLOCK_REALTIME
      ? BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e3)) * 1000n
      : BigInt(Math.round((performance.now() - start) * 1e3)) * 1000n;

  const wasi = {
    args_sizes_get(countPtr, sizePtr) {
      view().setUint32(countPtr, argv.length, true);
      view().setUint32(sizePtr, argv.reduce((n, a) => n + a.length, 0), true);
      return ESUCCESS;
    },
    args_get(argvPtr, bufPtr) {
      for (const [i, arg] of argv.entries()) {
        view().setUint32(argvPtr + 4 * i, bufPtr, true);
        u8().set(arg, bufPtr);
        bufPtr += arg.length;
      }
      return ESUCCESS;
    },
    environ_sizes_get(countPtr, sizePtr) {
      view().setUint32(countPtr, 0, true);
      view().setUint32(sizePtr, 0, true);
      return ESUCCESS;
    },
    environ_get() {
      return ESUCCESS;
    },
    clock_res_get(clock, resPtr) {
      view().setBigUint64(resPtr, 1000n, true);
      return ESUCCESS;
    },
    clock_time_get(clock, precision, timePtr) {
      view().setBigUint64(timePtr, now(clock), true);
      return ESUCCESS;
    },
    random_get(bufPtr, length) {
      for (let done = 0; done < length; done += 65536) {
        crypto.getRandomValues(new Uint8Array(memory.buffer, bufPtr + done, Math.min(65536, length - done)));
      }
      return ESUCCESS;
    },
    sched_yield() {
      return ESUCCESS;
    },
    proc_exit(code) {
      throw new ProcExit(code);
    },
    fd_write(fd, iovsPtr, iovsLen, writtenPtr) {
      if (fd !== 1 && fd !== 2) return EBADF;
      const v = view();
      const chunks = [];
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = v.getUint32(iovsPtr + 8 * i, true);
        const len = v.getUint32(iovsPtr + 8 * i + 4, true);
        chunks.push(u8().slice(ptr, ptr + len));
        total += len;
      }
      const bytes = new Uint8Array(total);
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      if (total > 0) self.postMessage({ type: "out", fd, bytes }, [bytes.buffer]);
      v.setUint32(writtenPtr, total, true);
      return ESUCCESS;
    },
    fd_read(fd, iovsPtr, iovsLen, readPtr) {
      if (fd !== 0) return EBADF;
      view().setUint32(readPtr, 0, true); // stdin is empty: end of file
      return ESUCCESS;
    },
    fd_fdstat_get(fd, statPtr) {
      if (fd > 2) return EBADF;
      const v = view();
      v.setUint8(statPtr, FILETYPE_CHARACTER_DEVICE);
      v.setUint16(statPtr + 2, 0, true); // flags
      v.setBigUint64(statPtr + 8, 0xffffffffffffffffn, true); // rights
      v.setBigUint64(statPtr + 16, 0xffffffffffffffffn, true); // inherited rights
      return ESUCCESS;
    },
    fd_fdstat_set_flags(fd) {
      return fd > 2 ? EBADF : ESUCCESS;
    },
    fd_prestat_get() {
      return EBADF; // no preopened directory: the program has no file system
    },
    fd_prestat_dir_name() {
      return EBADF;
    },
    fd_close(fd) {
      return fd > 2 ? EBADF : ESUCCESS;
    },
    poll_oneoff(inPtr, outPtr, count, neventsPtr) {
      // Subscriptions are 48 bytes: userdata u64, tag u8, then for a clock: id u32 at 16,
      // timeout u64 at 24, precision u64 at 32, flags u16 at 40. Events are 32 bytes.
      const v = view();
      const subs = [];
      for (let i = 0; i < count; i++) {
        const at = inPtr + 48 * i;
        subs.push({
          userdata: v.getBigUint64(at, true),
          tag: v.getUint8(at + 8),
          clock: v.getUint32(at + 16, true),
          timeout: v.getBigUint64(at + 24, true),
          flags: v.getUint16(at + 40, true),
        });
      }
      const deadline = (s) => (s.flags & SUBCLOCKFLAGS_ABSTIME ? s.timeout : now(s.clock) + s.timeout);
      const clocks = subs.filter((s) => s.tag === EVENTTYPE_CLOCK).map((s) => ({ ...s, at: deadline(s) }));
      // An fd subscription is ready at once (writes never block here, stdin is at end of file).
      let ready = subs.filter((s) => s.tag !== EVENTTYPE_CLOCK);
      if (ready.length === 0 && clocks.length > 0) {
        const first = clocks.reduce((a, b) => (b.at < a.at ? b : a));
        while (now(first.clock) < first.at) {
          // spin: a worker has no way to block without SharedArrayBuffer
        }
        ready = clocks.filter((s) => now(s.clock) >= s.at);
      }
      for (const [i, s] of ready.entries()) {
        const at = outPtr + 32 * i;
        v.setBigUint64(at, s.userdata, true);
        v.setUint16(at + 8, ESUCCESS, true);
        v.setUint8(at + 10, s.tag);
        v.setBigUint64(at + 16, 0n, true);
        v.setUint16(at + 24, 0, true);
      }
      v.setUint32(neventsPtr, ready.length, true);
      return ESUCCESS;
    },
  };
  // Whatever else Go may import (files, sockets) is refused.
  const imports = new Proxy(wasi, { get: (target, name) => target[name] || (() => ENOSYS) });

  const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: imports });
  memory = instance.exports.memory;
  try {
    instance.exports._start();
  } catch (e) {
    if (e instanceof ProcExit) return e.code;
    throw e;
  }
  return 0;
}

self.onmessage = (event) => {
  const { module, args } = event.data;
  let code;
  try {
    code = run(module, args);
  } catch (e) {
    self.postMessage({ type: "error", message: String(e) });
    return;
  }
  self.postMessage({ type: "exit", code });
};
