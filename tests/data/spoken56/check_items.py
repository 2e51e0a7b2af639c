#!/usr/bin/env python3
"""Validate items.yaml for the spoken-to-公文 held-out corpus.

Standard library only.  Every value in items.yaml is a JSON literal, so the
file is read line by line with json; if PyYAML happens to be importable the
file is also loaded with yaml.safe_load and the two readings are compared.

Usage:
    python3 check_items.py [path/to/items.yaml] [--partial]

--partial accepts a file that stops early (batches written so far): the ids
present must still run s001, s002, ... without gaps, complete groups are
checked exactly and an incomplete last group must not exceed its quota.
Prints PASS, or one line per failure (exit status 1).
"""

import json
import os
import re
import sys

TOTAL = 120
FIELDS = ["id", "role", "script", "text", "spoken", "keep", "written"]
ROLES = ("work", "problem", "plan")

# (region tag, first id number, last id number, quota per role)
GROUPS = [("通用", 1, 20, {"work": 10, "problem": 5, "plan": 5})]
_REGIONS = [
    "湖北荆州",
    "广东韶关",
    "浙江绍兴",
    "山东临沂",
    "河南信阳",
    "陕西汉中",
    "甘肃兰州",
    "黑龙江牡丹江",
    "广西桂林",
    "重庆万州",
]
for _i, _r in enumerate(_REGIONS):
    GROUPS.append((_r, 21 + 8 * _i, 28 + 8 * _i, {"work": 4, "problem": 2, "plan": 2}))
GROUPS.append(("对照", 101, 120, {"work": 10, "problem": 5, "plan": 5}))
EXPECTED_ROLES = {"work": 60, "problem": 30, "plan": 30}

# Markers that no written version may contain (outside a keep string):
# fillers, vague quantities and the regional words used in the texts.
WRITTEN_BLACKLIST = [
    "嗯",
    "呃",
    "啥",
    "咋",
    "俺",
    "咱",
    "蛮",
    "贼",
    "嘎哈",
    "莫得",
    "没得",
    "么斯",
    "交关",
    "木佬佬",
    "老鼻子",
    "啷个",
    "哪样",
    "得劲",
    "攒劲",
    "尕",
    "巴适",
    "安逸",
    "好耍",
    "搞掂",
    "哒",
    "嘞",
    "喃",
    "恁",
    "夜来",
    "夜儿个",
    "块钱",
    "乐得合不拢嘴",
    "那个",
    "就是说",
    "十来",
    "百把",
    "拉呱",
    "唠嗑",
    "埋汰",
    "谝",
    "阿达",
    "嫑",
    "老庚",
    "嬢嬢",
    "扯把子",
    "礼拜",
]


def group_of(num):
    for tag, lo, hi, quota in GROUPS:
        if lo <= num <= hi:
            return tag, lo, hi, quota
    return None


def parse(path):
    """Line parser: '- key: <json>' starts an item, '  key: <json>' continues it."""
    items, fails = [], []
    dec = json.JSONDecoder()
    line_re = re.compile(r"^(- |  )([a-z_]+):\s*(.*)$")
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = line_re.match(line)
            if not m:
                fails.append(f"line {n}: cannot parse: {line[:60]}")
                continue
            lead, key, rest = m.groups()
            try:
                value, end = dec.raw_decode(rest)
            except ValueError as e:
                fails.append(f"line {n}: value of {key} is not JSON: {e}")
                continue
            tail = rest[end:].strip()
            region = None
            if tail:
                if not tail.startswith("#"):
                    fails.append(f"line {n}: trailing text after value: {tail[:40]}")
                else:
                    rm = re.match(r"#\s*region:\s*(\S+)", tail)
                    if rm:
                        region = rm.group(1)
            if lead == "- ":
                items.append({"_line": n, "_region": None})
            elif not items:
                fails.append(f"line {n}: field outside an item")
                continue
            item = items[-1]
            if key in item:
                fails.append(f"line {n}: duplicate field {key}")
            item[key] = value
            if region is not None:
                item["_region"] = region
    return items, fails


def check(path, partial=False):
    items, fails = parse(path)

    # Cross-check with PyYAML when available.
    try:
        import yaml  # type: ignore
    except ImportError:
        yaml = None
    if yaml is not None:
        try:
            with open(path, encoding="utf-8") as fh:
                ydata = yaml.safe_load(fh) or []
            plain = [{k: v for k, v in it.items() if not k.startswith("_")} for it in items]
            if ydata != plain:
                fails.append("PyYAML reading differs from the line-by-line JSON reading")
        except Exception as e:
            fails.append(f"PyYAML cannot load the file: {e}")

    seen = set()
    role_count = {r: 0 for r in ROLES}
    group_roles = {}
    for idx, it in enumerate(items, 1):
        iid = it.get("id", f"#{idx}")
        where = f"{iid}"
        keys = [k for k in it if not k.startswith("_")]
        if keys != FIELDS:
            fails.append(f"{where}: fields {keys} != {FIELDS}")
        # id format, uniqueness, order
        expected_id = f"s{idx:03d}"
        if iid != expected_id:
            fails.append(f"{where}: expected id {expected_id} (ids must be unique and in order)")
        if iid in seen:
            fails.append(f"{where}: duplicate id")
        seen.add(iid)
        m = re.fullmatch(r"s(\d{3})", str(iid))
        num = int(m.group(1)) if m else idx
        grp = group_of(num)
        if grp is None:
            fails.append(f"{where}: id outside s001-s{TOTAL:03d}")
            continue
        tag, lo, hi, quota = grp
        if it.get("_region") != tag:
            fails.append(f"{where}: region comment {it.get('_region')!r}, expected {tag!r}")
        role = it.get("role")
        if role not in ROLES:
            fails.append(f"{where}: bad role {role!r}")
        else:
            role_count[role] += 1
            group_roles.setdefault(tag, {r: 0 for r in ROLES})[role] += 1
        if it.get("script") != "simplified":
            fails.append(f"{where}: script must be 'simplified'")

        text, written = it.get("text"), it.get("written")
        spoken, keep = it.get("spoken"), it.get("keep")
        if not isinstance(text, str) or not text:
            fails.append(f"{where}: text must be a non-empty string")
            continue
        if not isinstance(written, str) or not written:
            fails.append(f"{where}: written must be a non-empty string")
            continue
        if not isinstance(spoken, list) or not all(isinstance(s, str) and s for s in spoken):
            fails.append(f"{where}: spoken must be a list of non-empty strings")
            continue
        if not isinstance(keep, list) or not all(isinstance(s, str) and s for s in keep):
            fails.append(f"{where}: keep must be a list of non-empty strings")
            continue
        if len(set(spoken)) != len(spoken):
            fails.append(f"{where}: duplicate spoken strings")
        if len(set(keep)) != len(keep):
            fails.append(f"{where}: duplicate keep strings")
        if not keep:
            fails.append(f"{where}: keep is empty")
        for s in spoken:
            if s not in text:
                fails.append(f"{where}: spoken {s!r} not a substring of text")
            if s in written:
                fails.append(f"{where}: spoken {s!r} appears in written")
            for k in keep:
                if s in k:
                    fails.append(f"{where}: spoken {s!r} lies inside keep {k!r} (contradiction)")
        for k in keep:
            if k not in text:
                fails.append(f"{where}: keep {k!r} not a substring of text")
            if k not in written:
                fails.append(f"{where}: keep {k!r} missing from written")
        # register lint on written (keep strings masked out)
        masked = written
        for k in sorted(keep, key=len, reverse=True):
            masked = masked.replace(k, "\u0000")
        for w in WRITTEN_BLACKLIST:
            if w in masked:
                fails.append(f"{where}: written contains colloquial marker {w!r}")
        if '"' in text or '"' in written:
            fails.append(f"{where}: ASCII double quote inside a string (use “ ”)")

        if tag == "对照":
            if written != text:
                fails.append(f"{where}: control must have written == text")
            if spoken != []:
                fails.append(f"{where}: control must have spoken == []")
        else:
            if not spoken:
                fails.append(f"{where}: non-control item needs at least one spoken string")
            if written == text:
                fails.append(f"{where}: written is identical to text in a non-control item")

    # counts
    n = len(items)
    if n > TOTAL:
        fails.append(f"{n} items, expected {TOTAL}")
    if n < TOTAL and not partial:
        fails.append(f"{n} items, expected {TOTAL} (use --partial while writing batches)")
    for tag, lo, hi, quota in GROUPS:
        got = group_roles.get(tag, {r: 0 for r in ROLES})
        complete = n >= hi
        if not complete and n < lo:
            continue
        for r in ROLES:
            if complete and got[r] != quota[r]:
                fails.append(f"group {tag}: {got[r]} {r} items, expected {quota[r]}")
            if not complete and got[r] > quota[r]:
                fails.append(f"group {tag}: {got[r]} {r} items, quota is {quota[r]}")
    if n == TOTAL:
        for r in ROLES:
            if role_count[r] != EXPECTED_ROLES[r]:
                fails.append(f"role {r}: {role_count[r]} items, expected {EXPECTED_ROLES[r]}")
    return n, role_count, fails


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    partial = "--partial" in argv
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "items.yaml")
    n, roles, fails = check(path, partial)
    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"{len(fails)} failure(s) in {n} items")
        return 1
    suffix = "" if n == TOTAL else f" (partial: {n}/{TOTAL} items)"
    print(f"PASS{suffix}  work={roles['work']} problem={roles['problem']} plan={roles['plan']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
