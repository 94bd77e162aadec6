#!/usr/bin/env python3
"""Random class hierarchies: overrides, super calls, abstract classes, interfaces with default methods,
constructors and dispatch through every static type: a Java program on standard output.
Usage: python3 tools/fuzz/classes.py SEED [COUNT] > ObjSEED.java (see tools/fuzz/run.sh)."""
import random, sys

seed = int(sys.argv[1])
R = random.Random(seed)
NC = R.randint(3, 8)
NM = R.randint(2, 5)
NI = R.randint(1, 3)

parents = {}
for c in range(NC):
    parents[c] = None if c == 0 or R.random() < 0.2 else R.randint(0, c - 1)
abstract = {c: R.random() < 0.25 for c in range(NC)}
interfaces = {c: R.sample(range(NI), R.randint(0, NI)) for c in range(NC)}
# interface i declares methods im{i}; some have default bodies
idefault = {i: R.random() < 0.5 for i in range(NI)}


def ancestors(c):
    out = []
    while c is not None:
        out.append(c)
        c = parents[c]
    return out


def all_interfaces(c):
    s = set()
    for a in ancestors(c):
        s.update(interfaces[a])
    return sorted(s)


defines = {}
for c in range(NC):
    defines[c] = [m for m in range(NM) if R.random() < 0.5 or (c == 0 or parents[c] is None)]

out = [f'// Fuzz program {seed}: random class hierarchies, overrides, super calls, interfaces and dispatch.',
       f'public class Obj{seed} {{']
for i in range(NI):
    body = f' default String im{i}() {{ return "I{i}.im{i}/" + tag(); }}' if idefault[i] else f' String im{i}();'
    out.append(f'    interface I{i} {{ String tag();{body} }}')
for c in range(NC):
    ext = f' extends C{parents[c]}' if parents[c] is not None else ''
    ifs = interfaces[c]
    # the class must implement tag() (root) and abstract interface methods unless abstract
    impl = f' implements {", ".join(f"I{i}" for i in ifs)}' if ifs else ''
    kw = 'abstract ' if abstract[c] else ''
    members = []
    members.append(f'        int field = {R.randint(0, 99)};')
    members.append(f'        static int created{c};')
    members.append(f'        C{c}() {{ {"super(); " if parents[c] is not None else ""}created{c}++; field += {c}; }}')
    if parents[c] is None or R.random() < 0.4:
        members.append(f'        public String tag() {{ return "C{c}#" + field; }}')
    for m in defines[c]:
        if abstract[c] and R.random() < 0.3 and parents[c] is None:
            members.append(f'        abstract String m{m}(int x);')
            continue
        sup = ''
        anc = ancestors(c)[1:]
        if any(m in defines[a] for a in anc) and R.random() < 0.5:
            sup = f' + "<" + super.m{m}(x + 1) + ">"'
        other = R.randint(0, NM - 1)
        call = f' + (x > 0 ? m{other}(x - 1) : "")' if R.random() < 0.4 else ''
        members.append(f'        String m{m}(int x) {{ return "C{c}.m{m}(" + x + ")"{sup}{call}; }}')
    for i in all_interfaces(c):
        if not idefault[i] and not abstract[c]:
            members.append(f'        public String im{i}() {{ return "C{c}.im{i}"; }}')
        elif idefault[i] and R.random() < 0.3:
            members.append(f'        public String im{i}() {{ return "C{c}.im{i}+" + I{i}.super.im{i}(); }}' if i in interfaces[c] else f'        public String im{i}() {{ return "C{c}.im{i}"; }}')
    out.append(f'    static {kw}class C{c}{ext}{impl} {{\n' + '\n'.join(members) + '\n    }')

# make sure every concrete class has all abstract methods: a root-level abstract method defined later
concrete = [c for c in range(NC) if not abstract[c]]
out.append('    public static void main(String[] args) {')
out.append('        java.util.List<Object> objects = new java.util.ArrayList<>();')
for c in concrete:
    out.append(f'        objects.add(new C{c}());')
out.append('        for (Object o : objects) {')
for c in range(NC):
    methods = set()
    for a in ancestors(c):
        methods.update(defines[a])
    calls = ' + " " + '.join(f'v.m{m}({R.randint(0, 2)})' for m in sorted(methods))
    if calls:
        out.append(f'            if (o instanceof C{c}) {{ C{c} v = (C{c}) o; System.out.println("as C{c}: " + {calls} + " " + v.tag() + " " + v.field); }}')
for i in range(NI):
    out.append(f'            if (o instanceof I{i}) {{ I{i} v = (I{i}) o; System.out.println("as I{i}: " + v.im{i}() + " " + v.tag()); }}')
out.append('        }')
out.append('        System.out.println(' + ' + " " + '.join(f'C{c}.created{c}' for c in range(NC)) + ');')
out.append('    }')
out.append('}')
print('\n'.join(out))
