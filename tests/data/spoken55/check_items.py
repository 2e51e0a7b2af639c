#!/usr/bin/env python3
"""Validate items.yaml of the spoken55 held-out corpus.

Standard library only. The file is parsed line by line: every item starts with
`- id: "sNNN"   # region: TAG` and each following field is `  key: <json value>`.
If PyYAML is importable, the file is also loaded with yaml.safe_load and the
two parses are compared.

Usage:
    python3 check_items.py [items.yaml] [--partial]

--partial accepts a prefix of the corpus (s001..sNNN) while batches are being
appended: per-region role counts are then enforced only for regions whose id
range is complete, and never allowed to exceed their targets.

Prints PASS, or one line per failure followed by FAIL.
"""

import json
import os
import re
import sys

FIELDS = ["id", "role", "script", "text", "spoken", "keep", "written"]
ROLES = ("work", "problem", "plan")

# tag, first id, last id, (work, problem, plan)
REGIONS = [
    ("通用", 1, 20, (10, 5, 5)),
    ("河北保定", 21, 28, (4, 2, 2)),
    ("吉林延边", 29, 36, (4, 2, 2)),
    ("山东淄博", 37, 44, (4, 2, 2)),
    ("安徽蚌埠", 45, 52, (4, 2, 2)),
    ("江西上饶", 53, 60, (4, 2, 2)),
    ("河南商丘", 61, 68, (4, 2, 2)),
    ("吉林通化", 69, 76, (4, 2, 2)),
    ("河北张家口", 77, 84, (4, 2, 2)),
    ("江苏盐城", 85, 92, (4, 2, 2)),
    ("云南曲靖", 93, 100, (4, 2, 2)),
    ("对照", 101, 120, (10, 5, 5)),
]
TOTAL = 120
TOTAL_ROLES = (60, 30, 30)
CONTROL = "对照"

ID_LINE = re.compile(r'^- id:\s*("(?:[^"\\]|\\.)*")\s*(?:#\s*region:\s*(\S.*?))?\s*$')
FIELD_LINE = re.compile(r"^  ([a-z_]+):\s*(.*?)\s*$")


def region_of(num):
    for tag, lo, hi, _ in REGIONS:
        if lo <= num <= hi:
            return tag
    return None


def parse(path, errors):
    items = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = ID_LINE.match(line)
            if m:
                try:
                    ident = json.loads(m.group(1))
                except ValueError as exc:
                    errors.append(f"line {lineno}: id not JSON: {exc}")
                    ident = None
                cur = {"id": ident, "_region": m.group(2), "_line": lineno}
                items.append(cur)
                continue
            m = FIELD_LINE.match(line)
            if m and cur is not None:
                key, val = m.group(1), m.group(2)
                if key not in FIELDS or key == "id":
                    errors.append(f"line {lineno}: unexpected field {key!r}")
                    continue
                if key in cur:
                    errors.append(f"line {lineno}: field {key!r} repeated")
                try:
                    cur[key] = json.loads(val)
                except ValueError as exc:
                    errors.append(f"line {lineno}: {key} is not a JSON value: {exc}")
                continue
            errors.append(f"line {lineno}: cannot parse: {line[:60]}")
    return items


def yaml_crosscheck(path, items, errors):
    try:
        import yaml
    except ImportError:
        return "PyYAML not importable; cross-check skipped"
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        errors.append("yaml: top level is not a list")
        return "PyYAML cross-check failed"
    if len(data) != len(items):
        errors.append(f"yaml: {len(data)} items vs {len(items)} from line parser")
    for a, b in zip(data, items):
        mine = {k: v for k, v in b.items() if not k.startswith("_")}
        if a != mine:
            errors.append(f"yaml: item {b.get('id')} differs between PyYAML and line parser")
    return "PyYAML cross-check done"


def check(path, partial):
    errors = []
    items = parse(path, errors)
    note = yaml_crosscheck(path, items, errors)

    counts = {tag: {r: 0 for r in ROLES} for tag, *_ in REGIONS}
    seen_ids, seen_texts = set(), {}
    with_figure = 0
    for pos, it in enumerate(items, 1):
        ident = it.get("id")
        where = f"{ident} (line {it['_line']})"
        for f in FIELDS:
            if f not in it:
                errors.append(f"{where}: missing field {f}")
        expected = f"s{pos:03d}"
        if ident != expected:
            errors.append(f"{where}: expected id {expected} (ids must be unique and in order)")
        if ident in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(ident)
        num = int(ident[1:]) if isinstance(ident, str) and re.fullmatch(r"s\d{3}", ident) else None
        tag = region_of(num) if num else None
        if tag is None:
            errors.append(f"{where}: id outside s001-s120")
            continue
        if it["_region"] is None:
            errors.append(f"{where}: missing '# region:' comment")
        elif not it["_region"].startswith(tag):
            errors.append(f"{where}: region comment {it['_region']!r}, expected {tag}")

        role, script = it.get("role"), it.get("script")
        text, written = it.get("text"), it.get("written")
        spoken, keep = it.get("spoken"), it.get("keep")
        if role not in ROLES:
            errors.append(f"{where}: bad role {role!r}")
        else:
            counts[tag][role] += 1
        if script != "simplified":
            errors.append(f"{where}: script must be 'simplified'")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: text empty or not a string")
            continue
        if not isinstance(written, str) or not written.strip():
            errors.append(f"{where}: written empty or not a string")
            continue
        if text in seen_texts:
            errors.append(f"{where}: same text as {seen_texts[text]}")
        seen_texts[text] = ident
        if re.search(r"\d", text):
            with_figure += 1
        for name, lst in (("spoken", spoken), ("keep", keep)):
            if not isinstance(lst, list) or not all(isinstance(s, str) and s for s in lst):
                errors.append(f"{where}: {name} must be a list of non-empty strings")
                continue
            if len(set(lst)) != len(lst):
                errors.append(f"{where}: {name} has duplicates")
            for s in lst:
                if s not in text:
                    errors.append(f"{where}: {name} string not in text: {s!r}")
        if isinstance(keep, list):
            for s in keep:
                if isinstance(s, str) and s not in written:
                    errors.append(f"{where}: keep string missing from written: {s!r}")
        if isinstance(spoken, list):
            for s in spoken:
                if isinstance(s, str) and s in written:
                    errors.append(f"{where}: spoken string present in written: {s!r}")
        if tag == CONTROL:
            if written != text:
                errors.append(f"{where}: control must have written == text")
            if spoken != []:
                errors.append(f"{where}: control must have spoken == []")
        else:
            if written == text:
                errors.append(f"{where}: non-control has written == text")
            if not spoken:
                errors.append(f"{where}: non-control has empty spoken list")

    # counts
    present = {int(it["id"][1:]) for it in items if isinstance(it.get("id"), str) and re.fullmatch(r"s\d{3}", it["id"])}
    for tag, lo, hi, target in REGIONS:
        got = tuple(counts[tag][r] for r in ROLES)
        complete = all(n in present for n in range(lo, hi + 1))
        if complete or not partial:
            if got != target:
                errors.append(f"region {tag}: roles (work, problem, plan) = {got}, expected {target}")
        elif any(g > t for g, t in zip(got, target)):
            errors.append(f"region {tag}: roles {got} exceed target {target}")
    if not partial:
        if len(items) != TOTAL:
            errors.append(f"{len(items)} items, expected {TOTAL}")
        tot = tuple(sum(counts[t][r] for t in counts) for r in ROLES)
        if tot != TOTAL_ROLES:
            errors.append(f"roles overall = {tot}, expected {TOTAL_ROLES}")
    if items and with_figure * 2 < len(items):
        errors.append(f"only {with_figure}/{len(items)} items carry a figure; most should")
    return errors, items, note


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    partial = "--partial" in argv[1:]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "items.yaml")
    errors, items, note = check(path, partial)
    if errors:
        for e in errors:
            print(e)
        print(f"FAIL ({len(errors)} problems, {len(items)} items; {note})")
        return 1
    if partial and len(items) != TOTAL:
        print(f"PASS (partial: {len(items)}/{TOTAL} items; {note})")
    else:
        print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
