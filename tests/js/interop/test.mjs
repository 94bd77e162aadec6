// Drives main.ir compiled with --target js: supplies its imports, runs main, calls its exports.
import { instantiate } from "./main.mjs";

const opaque = { kind: "a JS object" };
const exports = await instantiate({
  imports: {
    "demo.Host": {
      log: message => console.log(`log: ${message}`),
      twice: x => x * 2,
      add: (a, b) => a + b,
      half: x => x / 2,
      isEven: x => x % 2 == 0,
      upper: text => text.toUpperCase(),
      makeValue: () => opaque,
      describe: value => (typeof value == "string" ? `string ${value}` : value === opaque ? "the same JS object" : `other ${value}`),
      nothing: () => null,
    },
  },
});
exports.main();
console.log(exports.greet("Node"));
console.log(exports.greet("wörld 🌍"));
console.log(exports.square(12));
console.log(exports.average(1, 2));
console.log(exports.factorial(20));
console.log(exports.length("😀"));
console.log(exports.keep(opaque) === opaque, exports.keep("text"), exports.keep(null));
console.log(exports.isNull(null), exports.isNull(""));
for (const call of [() => exports.fail("bad state"), () => exports.divide(1, 0)]) {
  try {
    call();
    console.log("no exception");
  } catch (error) {
    console.log(error instanceof Error, error.name, JSON.stringify(error.message));
  }
}
