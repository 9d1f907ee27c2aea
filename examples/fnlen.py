#!/usr/bin/env python3
"""Lists Rust functions longer than N lines (default 80) under src/: a rough brace
matcher over `fn` items, enough to keep functions short enough to read at once.

    python3 examples/fnlen.py [N] [DIR]
"""
import pathlib, re, sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 80
root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "src")
FN = re.compile(r'^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)')
found = []
for p in sorted(root.rglob("*.rs")):
    lines = p.read_text().splitlines()
    i = 0
    while i < len(lines):
        m = FN.match(lines[i])
        if not m:
            i += 1
            continue
        depth, start, j, opened = 0, i, i, False
        while j < len(lines):
            code = re.sub(r'"(\\.|[^"\\])*"|//.*', '', lines[j])
            depth += code.count("{") - code.count("}")
            opened = opened or "{" in code
            if opened and depth <= 0:
                break
            if not opened and code.rstrip().endswith(";"):
                break
            j += 1
        n = j - start + 1
        if n > limit:
            found.append((n, f"{p}:{start + 1}", m.group(6)))
        i = start + 1
for n, where, name in sorted(found, reverse=True):
    print(f"{n:4} {where} {name}")
print(f"{len(found)} functions over {limit} lines")
