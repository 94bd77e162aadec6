#!/usr/bin/env python3
"""Random control flow: nested loops with labelled break and continue, switches that fall through,
try/catch/finally with returns and throws, calls between six methods: a Java program on standard output.
Usage: python3 tools/fuzz/control_flow.py SEED [COUNT] > FlowSEED.java (see tools/fuzz/run.sh)."""
import random, sys

seed = int(sys.argv[1])
R = random.Random(seed)
NFUN = 6
label_counter = [0]


def fresh(prefix):
    label_counter[0] += 1
    return f'{prefix}{label_counter[0]}'


def iexpr(vars_, d=2):
    if d <= 0 or R.random() < 0.3:
        return R.choice(vars_ + [str(R.randint(-5, 20))])
    op = R.choice(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>'])
    return f'({iexpr(vars_, d - 1)} {op} {iexpr(vars_, d - 1)})'


def cond(vars_):
    return f'({iexpr(vars_, 1)} {R.choice(["<", "<=", ">", ">=", "==", "!="])} {iexpr(vars_, 1)})'


def block(vars_, depth, fn, loops, in_finally=False):
    n = R.randint(1, 4)
    return ''.join(stmt(vars_, depth, fn, loops, in_finally) for _ in range(n))


def stmt(vars_, depth, fn, loops, in_finally=False):
    ind = '    ' * (depth + 2)
    k = R.random()
    if depth >= 4 or k < 0.25:
        v = R.choice(vars_)
        return f'{ind}{v} = {iexpr(vars_)};\n'
    if k < 0.32:
        return f'{ind}System.out.println("{fn} " + {iexpr(vars_, 1)});\n'
    if k < 0.42:
        return (f'{ind}if {cond(vars_)} {{\n{block(vars_, depth + 1, fn, loops, in_finally)}{ind}}}'
                f' else {{\n{block(vars_, depth + 1, fn, loops, in_finally)}{ind}}}\n')
    if k < 0.5:
        i = fresh('i')
        lab = fresh('loop')
        body = block(vars_ + [i], depth + 1, fn, loops + [lab], in_finally)
        return f'{ind}{lab}:\n{ind}for (int {i} = 0; {i} < {R.randint(0, 4)}; {i}++) {{\n{body}{ind}}}\n'
    if k < 0.56:
        c = fresh('c')
        lab = fresh('loop')
        body = block(vars_, depth + 1, fn, loops + [lab], in_finally)
        return (f'{ind}int {c} = {R.randint(1, 4)};\n{ind}{lab}:\n{ind}while ({c}-- > 0) {{\n{body}{ind}}}\n'
                f'{ind}{c} = 0;\n')
    if k < 0.62 and loops:
        lab = R.choice(loops)
        kind = R.choice(['break', 'continue'])
        return f'{ind}if {cond(vars_)} {kind} {lab};\n'
    if k < 0.7:
        cases = R.sample(range(0, 5), R.randint(1, 4))
        text = f'{ind}switch (Math.floorMod({iexpr(vars_, 1)}, 5)) {{\n'
        for c in cases:
            text += f'{ind}    case {c}:\n{block(vars_, depth + 2, fn, loops, in_finally)}'
            if R.random() < 0.6:
                text += f'{ind}        break;\n'
        if R.random() < 0.5:
            text += f'{ind}    default:\n{block(vars_, depth + 2, fn, loops, in_finally)}'
        return text + f'{ind}}}\n'
    if k < 0.8:
        e = fresh('e')
        text = f'{ind}try {{\n{block(vars_, depth + 1, fn, loops, in_finally)}{ind}}}'
        handlers = R.sample(['ArithmeticException', 'IllegalStateException', 'RuntimeException'], R.randint(0, 2))
        if 'RuntimeException' in handlers:
            handlers.remove('RuntimeException')
            handlers.append('RuntimeException')
        for h in handlers:
            text += f' catch ({h} {e}) {{\n{ind}    System.out.println("{fn} caught " + {e}.getMessage());\n{block(vars_, depth + 1, fn, loops, in_finally)}{ind}}}'
        if not handlers or R.random() < 0.5:
            text += f' finally {{\n{ind}    System.out.println("{fn} finally");\n{block(vars_, depth + 1, fn, loops, True)}{ind}}}'
        return text + '\n'
    if k < 0.86:
        return f'{ind}if {cond(vars_)} throw new IllegalStateException("{fn} " + {iexpr(vars_, 1)});\n'
    if k < 0.92:
        return f'{ind}if {cond(vars_)} return {iexpr(vars_, 1)};\n'
    if k < 0.97:
        callee = R.randint(0, NFUN - 1)
        v = R.choice(vars_)
        return f'{ind}if (depth < 3) {v} = f{callee}({iexpr(vars_, 1)}, {iexpr(vars_, 1)}, depth + 1);\n'
    v = R.choice(vars_)
    return f'{ind}{v} {R.choice(["+=", "-=", "*=", "^=", "<<="])} {iexpr(vars_, 1)};\n'


out = [f'// Fuzz program {seed}: random control flow: loops, labels, switches, exceptions, finally, calls.',
       f'public class Flow{seed} {{']
for f in range(NFUN):
    vars_ = ['a', 'b', 'x']
    body = block(vars_, 0, f'f{f}', [])
    out.append(f'    static int f{f}(int a, int b, int depth) {{\n        int x = {R.randint(0, 9)};\n{body}        return x + a * 31 + b;\n    }}')
out.append('    public static void main(String[] args) {')
for t in range(8):
    f = R.randint(0, NFUN - 1)
    out.append(f'        try {{ System.out.println("main {t} " + f{f}({R.randint(-3, 9)}, {R.randint(-3, 9)}, 0)); }}'
               f' catch (RuntimeException e) {{ System.out.println("main {t} threw " + e); }}')
out.append('    }')
out.append('}')
print('\n'.join(out))
