#!/usr/bin/env python3
"""Validate items.yaml (spoken-to-公文 held-out corpus).

Standard library only.  Every value in items.yaml is written JSON-style so it
can be read with json.loads; if PyYAML is importable the file is also loaded
with yaml.safe_load and the two readings are compared.

Usage:
    python3 check_items.py [path/to/items.yaml] [--partial]

--partial  accept a file that stops early (s001..sN, no gaps); group role
           counts are checked only for groups that are complete, and the
           120-item total is not required.

Prints PASS, or one line per failure (exit status 1).
"""

import json
import os
import re
import sys

FIELDS = ["id", "role", "script", "text", "spoken", "keep", "written"]
ROLES = ("work", "problem", "plan")
TOTAL = 120
TOTAL_ROLES = {"work": 60, "problem": 30, "plan": 30}

# (first id, last id, region tag, {role: count})
GROUPS = [(1, 20, "通用", {"work": 10, "problem": 5, "plan": 5})]
for _i, _tag in enumerate(
    [
        "广东湛江",
        "浙江台州",
        "江西九江",
        "湖北孝感",
        "山西运城",
        "辽宁锦州",
        "宁夏固原",
        "云南大理",
        "四川达州",
        "江苏南通",
    ]
):
    _a = 21 + 8 * _i
    GROUPS.append((_a, _a + 7, _tag, {"work": 4, "problem": 2, "plan": 2}))
GROUPS.append((101, 120, "对照", {"work": 10, "problem": 5, "plan": 5}))


def group_of(n):
    for g in GROUPS:
        if g[0] <= n <= g[1]:
            return g
    return None


def parse(path):
    """Line-based reader for the restricted format; returns (items, errors)."""
    dec = json.JSONDecoder()
    items, errs = [], []
    cur = None
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(- |  )([a-z]+): (.*)$", line)
            if not m:
                errs.append(f"line {ln}: unrecognised line: {line[:60]!r}")
                continue
            lead, key, rest = m.groups()
            try:
                val, end = dec.raw_decode(rest)
            except json.JSONDecodeError as e:
                errs.append(f"line {ln}: value of {key!r} is not JSON: {e}")
                continue
            tail = rest[end:].strip()
            comment = ""
            if tail:
                if not tail.startswith("#"):
                    errs.append(f"line {ln}: trailing text after value: {tail[:40]!r}")
                comment = tail
            if lead == "- ":
                if key != "id":
                    errs.append(f"line {ln}: an item must start with id")
                cur = {"_line": ln, "_region": None}
                items.append(cur)
                rm = re.search(r"region:\s*(\S+)", comment)
                if rm:
                    cur["_region"] = rm.group(1)
            elif cur is None:
                errs.append(f"line {ln}: field outside an item")
                continue
            if key in cur:
                errs.append(f"line {ln}: duplicate field {key!r}")
            cur[key] = val
    return items, errs


def strip_meta(it):
    return {k: v for k, v in it.items() if not k.startswith("_")}


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    partial = "--partial" in argv
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "items.yaml")
    items, fails = parse(path)
    warns = []

    # optional cross-check with PyYAML
    try:
        import yaml  # type: ignore
    except ImportError:
        yaml = None
    if yaml is not None:
        try:
            with open(path, encoding="utf-8") as fh:
                ydata = yaml.safe_load(fh)
            mine = [strip_meta(i) for i in items]
            if ydata != mine:
                fails.append("PyYAML reading differs from the JSON-style line reading")
        except Exception as e:
            fails.append(f"PyYAML cannot load the file: {e}")

    seen_ids, seen_text = set(), {}
    for idx, it in enumerate(items, 1):
        iid = it.get("id", f"#{idx}")
        where = f"{iid}"
        for f in FIELDS:
            if f not in it:
                fails.append(f"{where}: missing field {f}")
        for f in it:
            if not f.startswith("_") and f not in FIELDS:
                fails.append(f"{where}: unknown field {f}")
        if any(f not in it for f in FIELDS):
            continue
        # id order
        want = f"s{idx:03d}"
        if iid != want:
            fails.append(f"{where}: expected id {want} here (ids must be unique and in order)")
        if iid in seen_ids:
            fails.append(f"{where}: duplicate id")
        seen_ids.add(iid)
        # types
        bad_type = False
        for f in ("id", "role", "script", "text", "written"):
            if not isinstance(it[f], str) or not it[f]:
                fails.append(f"{where}: {f} must be a non-empty string")
                bad_type = True
        for f in ("spoken", "keep"):
            if not isinstance(it[f], list) or not all(isinstance(s, str) and s for s in it[f]):
                fails.append(f"{where}: {f} must be a list of non-empty strings")
                bad_type = True
            elif len(set(it[f])) != len(it[f]):
                fails.append(f"{where}: {f} has duplicate entries")
        if bad_type:
            continue
        if it["role"] not in ROLES:
            fails.append(f"{where}: role {it['role']!r} not in {ROLES}")
        if it["script"] != "simplified":
            fails.append(f"{where}: script must be 'simplified'")
        text, written = it["text"], it["written"]
        if text in seen_text:
            fails.append(f"{where}: same text as {seen_text[text]}")
        seen_text[text] = iid
        # region tag
        n = idx
        g = group_of(n)
        if g is None:
            fails.append(f"{where}: id beyond s{TOTAL:03d}")
        elif it.get("_region") != g[2]:
            fails.append(f"{where}: region comment {it.get('_region')!r}, expected {g[2]!r}")
        # substrings
        for s in it["spoken"]:
            if s not in text:
                fails.append(f"{where}: spoken {s!r} is not a substring of text")
            if s in written:
                fails.append(f"{where}: spoken {s!r} appears in written")
        for k in it["keep"]:
            if k not in text:
                fails.append(f"{where}: keep {k!r} is not a substring of text")
            if k not in written:
                fails.append(f"{where}: keep {k!r} missing from written")
            for s in it["spoken"]:
                if s in k:
                    fails.append(f"{where}: spoken {s!r} lies inside keep {k!r} (contradiction)")
        control = g is not None and g[2] == "对照"
        if control:
            if written != text:
                fails.append(f"{where}: control must have written == text")
            if it["spoken"]:
                fails.append(f"{where}: control must have spoken == []")
        else:
            if not it["spoken"]:
                fails.append(f"{where}: non-control item needs at least one spoken string")
            if written == text:
                fails.append(f"{where}: non-control item has written == text")
        if not it["keep"]:
            warns.append(f"{where}: keep is empty")

    # counts
    n_items = len(items)
    present = {int(i["id"][1:]): i for i in items if isinstance(i.get("id"), str) and re.fullmatch(r"s\d{3}", i["id"])}
    if not partial and n_items != TOTAL:
        fails.append(f"expected {TOTAL} items, found {n_items}")
    for a, b, tag, want in GROUPS:
        ids = range(a, b + 1)
        if not all(x in present for x in ids):
            if not partial and any(x in present for x in ids):
                fails.append(f"group {tag} s{a:03d}-s{b:03d} incomplete")
            continue
        got = {r: 0 for r in ROLES}
        for x in ids:
            r = present[x].get("role")
            if r in got:
                got[r] += 1
        if got != want:
            fails.append(f"group {tag} s{a:03d}-s{b:03d}: roles {got}, expected {want}")
    if not partial or n_items == TOTAL:
        got = {r: sum(1 for i in items if i.get("role") == r) for r in ROLES}
        if got != TOTAL_ROLES:
            fails.append(f"overall roles {got}, expected {TOTAL_ROLES}")

    for w in warns:
        print("note:", w)
    if fails:
        for f in fails:
            print("FAIL:", f)
        print(f"{len(fails)} failure(s) in {n_items} item(s)")
        return 1
    print(f"PASS ({n_items} items{', partial' if partial else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
