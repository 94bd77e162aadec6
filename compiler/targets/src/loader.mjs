// Kiln loader for {WASM}; docs/js.md. `node` on this file runs the program.
// This template is cut to the module: a `//#if a b` .. `//#end` part stays only when the module imports
// `kiln.a` or `kiln.b`; comments and indentation go. Every statement therefore ends its own line.
const file = "{WASM}", onNode = typeof process == "object" && !!process.versions?.node;

// What System.exit throws where it cannot end the process (outside Node).
export class Exit extends Error {
  constructor(code) { super(`exit ${code}`); this.code = code; }
}

// Options: `imports` (the program's JS imports by module), `args` (main's String[]), `stdout` and
// `stderr` (functions taking text; on Node the process's streams by default, elsewhere the console).
export async function instantiate({ imports = {}, args = onNode ? process.argv.slice(2) : [], stdout, stderr } = {}) {
  let memory;
  const kiln = {};
//#if stdout stderr
  // Text for `print` (console.log, say) in whole lines; an unfinished last line waits for its newline.
  const lines = print => {
    let pending = "";
    return text => {
      const parts = (pending + text).split("\n");
      pending = parts.pop();
      parts.forEach(line => print(line));
    };
  };
  // The module writes UTF-8 bytes of its memory; Node's streams take them as they are.
  const writer = (stream, custom) => {
    const bytes = (pointer, length) => new Uint8Array(memory.buffer, pointer, length);
    if (onNode && !custom) return (pointer, length) => process[stream].write(bytes(pointer, length).slice());
    const decoder = new TextDecoder(), sink = custom ?? lines(console[stream == "stdout" ? "log" : "error"]);
    return (pointer, length) => sink(decoder.decode(bytes(pointer, length), { stream: true }));
  };
//#end
//#if stdout
  kiln.stdout = writer("stdout", stdout);
//#end
//#if stderr
  kiln.stderr = writer("stderr", stderr);
//#end
//#if exit
  kiln.exit = code => {
    if (onNode) process.exit(code);
    throw new Exit(code);
  };
//#end
//#if clock
  // Nanoseconds as a double: the wall clock (1), or the monotonic one (0).
  kiln.clock = wall => (wall ? Date.now() : performance.now()) * 1e6;
//#end
//#if argc
  // The program name, then the arguments, stored as UTF-16 code units where the module asks.
  const argv = ["main", ...args];
  kiln.argc = () => argv.length;
  kiln.arglen = index => argv[index].length;
  kiln.argcopy = (index, pointer) => {
    const units = new Uint16Array(memory.buffer, pointer, argv[index].length);
    for (let i = 0; i < units.length; i++) units[i] = argv[index].charCodeAt(i);
  };
//#end
//#if raise
  // A Java exception that escapes an export: a JS Error named after its Java class.
  kiln.raise = (name, message) => {
    throw Object.assign(new Error(message ?? undefined), { name });
  };
//#end
  const url = new URL(file, import.meta.url), all = { ...imports, kiln }, compile = {};
  let exports;
//#if wasm:js-string
  // Strings cross as JS strings: the engine's JS String Builtins, or these stand-ins where it has none
  // (they reach into the module's strings through its own `string.get` and `string.set`).
  compile.builtins = ["js-string"];
  all["wasm:js-string"] = {
    fromCharCodeArray(array, start, end) {
      let text = "";
      for (let i = start; i < end; i++) text += String.fromCharCode(exports["string.get"](array, i));
      return text;
    },
    intoCharCodeArray(text, array, start) {
      for (let i = 0; i < text.length; i++) exports["string.set"](array, start + i, text.charCodeAt(i));
      return text.length;
    },
    length: text => text.length,
    test: value => +(typeof value == "string"),
  };
//#end
  const { instance } = onNode
    ? await WebAssembly.instantiate((await import("node:fs")).readFileSync(url), all, compile)
    : await WebAssembly.instantiateStreaming(fetch(url), all, compile);
  exports = instance.exports;
  memory = exports.memory;
  return exports;
}

// Runs main and returns its exit code; a trap is thrown as the engine reports it.
export async function run(options) {
  const { main } = await instantiate(options);
  try {
    return main();
  } catch (error) {
    if (error instanceof Exit) return error.code;
    throw error;
  }
}

// Run as a program (`node app.mjs args...`): the exit code is main's; a trap exits with 134. Main runs on a
// worker thread with a stack of its own: V8 gives the main thread about 1 MB, which deep recursion fills
// before the module's call budget throws Java's StackOverflowError, and stack overflow in V8 is a trap.
if (onNode) {
  const threads = await import("node:worker_threads");
  if (!threads.isMainThread && threads.workerData?.kilnMain) {
    process.exitCode = await run({ args: threads.workerData.args });
  } else if (process.argv[1] && import.meta.filename == (await import("node:fs")).realpathSync(process.argv[1])) {
    const worker = new threads.Worker(new URL(import.meta.url), {
      workerData: { kilnMain: true, args: process.argv.slice(2) },
      resourceLimits: { stackSizeMb: 256 },
    });
    worker.on("error", error => {
      process.stderr.write(`error: the program trapped: ${error}\n`);
      process.exitCode = 134;
    });
    worker.on("exit", code => {
      process.exitCode ??= code;
    });
  }
}
