#!/usr/bin/env python3
"""Random String.format specifiers (flags, widths, precisions, conversions) over ints, floating point,
BigInteger, BigDecimal, strings and objects: a Java program on standard output.
Usage: python3 tools/fuzz/formats.py SEED [COUNT] > FmtSEED.java (see tools/fuzz/run.sh)."""
import random, sys

seed = int(sys.argv[1])
R = random.Random(seed)
INTS = ['0', '-1', '42', '-42', '123456789', 'Integer.MIN_VALUE', 'Integer.MAX_VALUE', '7L', '-9000000000L', 'Long.MIN_VALUE',
        '(byte) -5', '(short) 300', 'new java.math.BigInteger("-123456789012345678901234567890")']
FLOATS = ['0.0', '-0.0', '1.5', '-2.5', '0.125', '123456.789', '1e-5', '1e20', '9.999999', 'Double.NaN',
          'Double.POSITIVE_INFINITY', 'Double.NEGATIVE_INFINITY', 'Double.MIN_VALUE', 'Double.MAX_VALUE', '1.5f', '0.1f',
          '-3.4028235E38f', 'new java.math.BigDecimal("12345.678901234567890")', '0.5', '2.5', '1.005', '100.0']
OTHERS = ['"text"', '""', 'null', '\'c\'', 'true', 'false', '(Object) null', 'java.util.List.of(1, 2)', '"ǅ straße"', '65', '0x1F600']


def spec():
    conv = R.choice('dxXo' * 3 + 'eEfgGaA' * 2 + 'sSbBhHc' + '%n')
    flags = ''.join(R.sample('-#+ 0,(', R.choice([0, 0, 0, 1, 1, 2])))
    width = R.choice(['', '', '', '1', '5', '10', '12'])
    prec = R.choice(['', '', '', '.0', '.1', '.3', '.10'])
    if conv == '%' or conv == 'n':
        return '%' + conv, None
    if conv in 'dxXo':
        arg = R.choice(INTS + FLOATS[:3] + OTHERS[:2])
    elif conv in 'eEfgGaA':
        arg = R.choice(FLOATS + INTS[:3])
    elif conv == 'c':
        arg = R.choice(["'x'", '65', '0x1F600', '-1', '"s"', "'ß'", '(byte) 66'])
    else:
        arg = R.choice(OTHERS + INTS[:3] + FLOATS[:3])
    return f'%{flags}{width}{prec}{conv}', arg


lines = []
for n in range(80):
    k = R.randint(1, 3)
    specs = [spec() for _ in range(k)]
    fmt = '|'.join(s for s, _ in specs)
    args = [a for _, a in specs if a is not None]
    argtext = ''.join(', ' + a for a in args)
    lines.append(f'        try {{ System.out.println("{n} [" + String.format("{fmt}"{argtext}) + "]"); }}'
                 f' catch (RuntimeException e) {{ System.out.println("{n} " + e); }}')

print(f'// Fuzz program {seed}: random format specifiers over ints, floating point, strings and objects.')
print(f'public class Fmt{seed} {{')
print('    public static void main(String[] args) {')
print('\n'.join(lines))
print('    }')
print('}')
