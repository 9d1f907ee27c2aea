#!/usr/bin/env python3
"""Dependency cycles among the files of src/, from their `crate::`, `super::` and
`self::` paths (in `use` lines and in code).

    examples/modcycles.py [--edges] [--children] [SRC]

Each file is a node; `a.rs -> b.rs` when a.rs names an item of b.rs (or b.rs itself).
A path is resolved to the deepest file it reaches: `crate::render::report::render` is
src/render/report.rs, `crate::render::Table` is src/render/mod.rs. `pub mod x;` lines
are not dependencies, and a file's own inline modules (`mod tests { use super::*; }`)
belong to the file. Prints every group of files that depend on each other (a strongly
connected component of two or more files) with one cycle through it, and exits 1 if
there is any; prints "no cycles" and exits 0 otherwise.

--children also counts paths a file starts with a child module it declares
(`report::run(..)` in cmd/mod.rs, `use fsio::Batch` in store/mod.rs): with it, a
parent that dispatches to its children and children that use the parent's types
show up as cycles of a parent and its children.
--edges prints every dependency first.
"""

import re
import sys
from pathlib import Path


def strip(text):
    """The text without comments, string and char literals (kept as `""`)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c == "r" and re.match(r'r#*"', text[i:]) and not re.match(r"\w", text[i - 1 : i] or " "):
            hashes = re.match(r"r(#*)\"", text[i:]).group(1)
            end = text.find('"' + hashes, i + 2 + len(hashes))
            out.append('""')
            i = n if end < 0 else end + 1 + len(hashes)
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            out.append('""')
            i += 1
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:]):
            m = re.match(r"'(\\.|[^\\'])'", text[i:])
            out.append("''")
            i += len(m.group(0))
        elif c == "'" and re.match(r"'\\u\{[0-9a-fA-F]+\}'", text[i:]):
            m = re.match(r"'\\u\{[0-9a-fA-F]+\}'", text[i:])
            out.append("''")
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def module_of(src, path):
    """The module path of a file: src/a/b.rs and src/a/b/mod.rs are ["a", "b"]."""
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main") and len(parts) >= 1:
        parts = parts[:-1]
    return parts


def file_of(src, module):
    """The file that holds a module path, or None."""
    if not module:
        return src / "lib.rs"
    p = src.joinpath(*module)
    for f in (p.with_suffix(".rs"), p / "mod.rs"):
        if f.exists():
            return f
    return None


def resolve(src, base, segs, overrides):
    """The deepest file reached by `segs` from the module path `base`."""
    module = list(base)
    found = file_of(src, module) if module else src / "lib.rs"
    for s in segs:
        if s == "super":
            module = module[:-1]
            found = overrides.get(tuple(module)) or file_of(src, module)
            continue
        if s == "self":
            continue
        nxt = module + [s]
        f = overrides.get(tuple(nxt)) or file_of(src, nxt)
        if f is None:
            break
        module, found = nxt, f
    return found


def use_paths(tree):
    """Expands a use tree (`crate::a::{b, c::{d, e as f}}`) into segment lists."""
    tree = re.sub(r"\s+as\s+\w+", "", tree)
    tree = re.sub(r"\s+", "", tree)

    def expand(t):
        depth = 0
        for i, ch in enumerate(t):
            if ch == "{":
                if depth == 0:
                    prefix = t[:i].rstrip(":")
                    inner = t[i + 1 : t.rindex("}")]
                    parts, d, cur = [], 0, ""
                    for c in inner:
                        if c == "," and d == 0:
                            parts.append(cur)
                            cur = ""
                            continue
                        d += c == "{"
                        d -= c == "}"
                        cur += c
                    parts.append(cur)
                    out = []
                    for p in parts:
                        if not p:
                            continue
                        for sub in expand(p):
                            out.append(([s for s in prefix.split("::") if s]) + sub)
                    return out
                depth += 1
        return [[s for s in t.split("::") if s and s != "*"]]

    return expand(tree)


def deps(src, path, overrides, files_module, children=False):
    text = strip(path.read_text())
    base = files_module[path]
    out = set()
    # With --children, a path that starts with a child module declared here
    # (`report::run` in cmd/mod.rs) counts too.
    kids = set(re.findall(r"\bmod\s+(\w+)\s*;", text)) if children else set()
    # Inline modules: a stack of (name, depth at which it opened).
    stack, depth, i = [], 0, 0
    token = re.compile(
        r"\bmod\s+(\w+)\s*\{|\buse\s+([^;]+);|(?<!::)\b((?:crate|super|self|\w+)(?:::\w+)+)|([{}])"
    )
    for m in token.finditer(text):
        here = base + [name for name, _ in stack]
        if m.group(1):
            depth += 1
            stack.append((m.group(1), depth))
        elif m.group(2):
            tree = m.group(2).strip()
            for segs in use_paths(tree):
                if segs and segs[0] in kids:
                    segs = ["self"] + segs
                if segs and segs[0] in ("crate", "super", "self"):
                    start = [] if segs[0] == "crate" else here
                    rest = segs[1:] if segs[0] == "crate" else segs
                    f = resolve(src, start, rest, overrides)
                    if f:
                        out.add(f)
        elif m.group(3):
            segs = m.group(3).split("::")
            if segs[0] in kids:
                segs = ["self"] + segs
            if segs[0] not in ("crate", "super", "self"):
                continue
            start = [] if segs[0] == "crate" else here
            rest = segs[1:] if segs[0] == "crate" else segs
            f = resolve(src, start, rest, overrides)
            if f:
                out.add(f)
        elif m.group(4) == "{":
            depth += 1
        elif m.group(4) == "}":
            if stack and stack[-1][1] == depth:
                stack.pop()
            depth -= 1
    out.discard(path)
    return out


def sccs(graph):
    index, low, on, st, res, counter = {}, {}, set(), [], [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        st.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = st.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            res.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return res


def cycle_in(graph, comp):
    """One cycle through the first file of a component (breadth-first, shortest)."""
    start, inside = comp[0], set(comp)
    prev, queue = {start: None}, [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v]):
            if w == start:
                path = [v]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return list(reversed(path)) + [start]
            if w in inside and w not in prev:
                prev[w] = v
                queue.append(w)
    return comp


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    src = Path(args[0] if args else Path(__file__).resolve().parent.parent / "src")
    files = sorted(src.rglob("*.rs"))
    files_module = {f: module_of(src, f) for f in files}
    # `#[path = "x.rs"] mod name;` puts x.rs at the module `name` of its parent.
    overrides = {}
    for f in files:
        for m in re.finditer(r'#\[path\s*=\s*"([^"]+)"\]\s*(?:#\[[^\]]*\]\s*)*(?:pub\s+)?mod\s+(\w+)\s*;', f.read_text()):
            target = (f.parent / m.group(1)).resolve()
            parent = files_module[f]
            mod_path = tuple(parent + [m.group(2)])
            for g in files:
                if g.resolve() == target:
                    files_module[g] = list(mod_path)
                    overrides[mod_path] = g
    children = "--children" in sys.argv
    graph = {f: deps(src, f, overrides, files_module, children) for f in files}
    rel = lambda f: str(f.relative_to(src.parent))
    if "--edges" in sys.argv:
        for f in files:
            for g in sorted(graph[f]):
                print(f"{rel(f)} -> {rel(g)}")
    found = [c for c in sccs(graph) if len(c) > 1]
    for comp in found:
        print(f"cycle among {len(comp)} files: " + ", ".join(rel(f) for f in comp))
        print("  " + " -> ".join(rel(f) for f in cycle_in(graph, comp)))
    if not found:
        print(f"no cycles among the {len(files)} files of {rel(src)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
