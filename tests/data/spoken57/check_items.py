#!/usr/bin/env python3
"""Validate items.yaml (spoken-to-公文 test corpus).

Standard library only.  If PyYAML is importable, the file is also loaded
with yaml.safe_load and compared with the line parser's result.

Usage:
    python3 check_items.py [path/to/items.yaml] [--partial]

--partial accepts a file holding only the first N items (s001..sN), as
used while the file is being written in batches.  Without it the file
must hold all 120 items.

Prints PASS (with a summary) or FAIL followed by one line per failure.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PATH = os.path.join(HERE, "items.yaml")

TOTAL = 120
FIELDS = ["id", "role", "script", "text", "spoken", "keep", "written"]
ROLES = ("work", "problem", "plan")
REGIONS = [
    "江苏常州",
    "福建莆田",
    "贵州毕节",
    "湖北十堰",
    "河南周口",
    "吉林四平",
    "山东菏泽",
    "广东茂名",
    "甘肃酒泉",
    "内蒙古呼伦贝尔",
]
# Strings that must never appear in any written version (fillers and
# first-person dialect pronouns); controls' text is checked too, since
# for them written == text.
BANNED_IN_WRITTEN = ["嗯", "呃", "俺", "咱", "啥", "那个啥", "就是说"]

ITEM_START = re.compile(r"^- id:\s*(.*)$")
FIELD_LINE = re.compile(r"^  ([a-z_]+):\s*(.*)$")
REGION_COMMENT = re.compile(r"^#\s*region:\s*(\S+)\s*$")


def expected(n):
    """(region tag, role) that item number n must have."""
    if 1 <= n <= 20:
        return "通用", ("work" if n <= 10 else "problem" if n <= 15 else "plan")
    if 21 <= n <= 100:
        block, off = divmod(n - 21, 8)
        return REGIONS[block], ("work" if off < 4 else "problem" if off < 6 else "plan")
    if 101 <= n <= 120:
        return "对照", ("work" if n <= 110 else "problem" if n <= 115 else "plan")
    return None, None


def parse_value(raw, where, failures):
    """Decode a JSON value at the start of raw; return (value, trailing comment)."""
    dec = json.JSONDecoder()
    try:
        value, end = dec.raw_decode(raw)
    except json.JSONDecodeError as exc:
        failures.append("%s: value is not JSON: %s (%r)" % (where, exc, raw[:60]))
        return None, ""
    rest = raw[end:].strip()
    if rest and not rest.startswith("#"):
        failures.append("%s: unexpected text after value: %r" % (where, rest[:40]))
    return value, rest


def parse_file(path, failures):
    items = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for lineno, line in enumerate(lines, 1):
        where = "line %d" % lineno
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = ITEM_START.match(line)
        if m:
            value, comment = parse_value(m.group(1), where, failures)
            cm = REGION_COMMENT.match(comment) if comment else None
            cur = {"_line": lineno, "_region": cm.group(1) if cm else None, "_order": ["id"], "id": value}
            items.append(cur)
            continue
        m = FIELD_LINE.match(line)
        if m and cur is not None:
            key = m.group(1)
            value, comment = parse_value(m.group(2), where, failures)
            if comment:
                failures.append("%s: comments are only allowed on the id line" % where)
            if key in cur:
                failures.append("%s: duplicate field %r" % (where, key))
            cur[key] = value
            cur["_order"].append(key)
            continue
        failures.append("%s: cannot parse line: %r" % (where, line[:60]))
    return items


def check_item(it, n, failures):
    iid = it.get("id")
    tag = "%s (line %d)" % (iid, it["_line"])
    if it["_order"] != FIELDS:
        failures.append("%s: fields must be exactly %s in that order, got %s" % (tag, FIELDS, it["_order"]))
    want_id = "s%03d" % n
    if iid != want_id:
        failures.append("%s: expected id %s (ids unique and in order)" % (tag, want_id))
    region, role = expected(n)
    if it["_region"] != region:
        failures.append("%s: region comment %r, expected %r" % (tag, it["_region"], region))
    if it.get("role") != role:
        failures.append("%s: role %r, expected %r" % (tag, it.get("role"), role))
    if it.get("script") != "simplified":
        failures.append('%s: script must be "simplified"' % tag)

    text, written = it.get("text"), it.get("written")
    spoken, keep = it.get("spoken"), it.get("keep")
    for name, val in (("text", text), ("written", written)):
        if not isinstance(val, str) or not val.strip():
            failures.append("%s: %s must be a non-empty string" % (tag, name))
            return
        if "\n" in val or val != val.strip():
            failures.append("%s: %s has a newline or surrounding spaces" % (tag, name))
    for name, val in (("spoken", spoken), ("keep", keep)):
        if not isinstance(val, list) or not all(isinstance(s, str) and s for s in val):
            failures.append("%s: %s must be a list of non-empty strings" % (tag, name))
            return
        if len(set(val)) != len(val):
            failures.append("%s: %s has duplicates" % (tag, name))

    for s in spoken:
        if s not in text:
            failures.append("%s: spoken %r is not a substring of text" % (tag, s))
        if s in written:
            failures.append("%s: spoken %r appears in written" % (tag, s))
        for k in keep:
            if s in k:
                failures.append("%s: spoken %r lies inside keep %r (contradiction)" % (tag, s, k))
    for k in keep:
        if k not in text:
            failures.append("%s: keep %r is not a substring of text" % (tag, k))
        if k not in written:
            failures.append("%s: keep %r missing from written" % (tag, k))
    for b in BANNED_IN_WRITTEN:
        if b in written:
            failures.append("%s: written contains filler/dialect pronoun %r" % (tag, b))

    if region == "对照":
        if written != text:
            failures.append("%s: control must have written == text" % tag)
        if spoken != []:
            failures.append("%s: control must have spoken == []" % tag)
        if not keep:
            failures.append("%s: control should list keep strings" % tag)
    else:
        if not spoken:
            failures.append("%s: non-control item needs at least one spoken string" % tag)
        if not keep:
            failures.append("%s: non-control item needs at least one keep string" % tag)
        if written == text:
            failures.append("%s: non-control item has written == text" % tag)


def yaml_cross_check(path, items, failures):
    try:
        import yaml
    except ImportError:
        return "PyYAML not installed; cross-check skipped"
    with open(path, encoding="utf-8") as fh:
        try:
            data = yaml.safe_load(fh)
        except yaml.YAMLError as exc:
            failures.append("PyYAML cannot load the file: %s" % exc)
            return "PyYAML load failed"
    if not isinstance(data, list):
        failures.append("PyYAML: top level is not a list")
        return "PyYAML load failed"
    if len(data) != len(items):
        failures.append("PyYAML: %d items vs %d from line parser" % (len(data), len(items)))
    for y, it in zip(data, items):
        mine = {k: it[k] for k in FIELDS if k in it}
        if y != mine:
            failures.append("PyYAML: item %s differs from line parser result" % it.get("id"))
    return "PyYAML %s cross-check ran" % yaml.__version__


def main(argv):
    partial = "--partial" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else DEFAULT_PATH
    failures = []
    if not os.path.exists(path):
        print("FAIL\n- %s does not exist" % path)
        return 1
    items = parse_file(path, failures)
    for n, it in enumerate(items, 1):
        check_item(it, n, failures)
    ids = [it.get("id") for it in items]
    dups = sorted({i for i in ids if ids.count(i) > 1 and i is not None})
    if dups:
        failures.append("duplicate ids: %s" % ", ".join(map(str, dups)))
    if len(items) > TOTAL:
        failures.append("%d items, at most %d allowed" % (len(items), TOTAL))
    if not partial and len(items) != TOTAL:
        failures.append("%d items, expected %d (use --partial while writing)" % (len(items), TOTAL))
    note = yaml_cross_check(path, items, failures)

    roles = {r: sum(1 for it in items if it.get("role") == r) for r in ROLES}
    if not partial or len(items) == TOTAL:
        for r, want in (("work", 60), ("problem", 30), ("plan", 30)):
            if roles[r] != want:
                failures.append("role %s: %d items, expected %d" % (r, roles[r], want))

    summary = "%d items; roles %s; %s" % (len(items), ", ".join("%s=%d" % kv for kv in roles.items()), note)
    if failures:
        print("FAIL (%s)" % summary)
        for f in failures:
            print("- " + f)
        return 1
    print("PASS (%s%s)" % (summary, "; partial" if partial and len(items) < TOTAL else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
