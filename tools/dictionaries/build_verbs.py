#!/usr/bin/env python3
"""Convert PETRARCH2's CAMEO.2.0 verb dictionary (MIT) into Dyad's verb pattern format, and
derive Dyad's codebook table from the shared CAMEO/GDELT/PLOVER tables.

Usage: python3 tools/dictionaries/build_verbs.py ../shared/data

Dyad verb patterns (verbs.tsv), one per line: verb, object, pp, code, origin.
  verb    lemma, with a particle after a space ("beef up")
  object  lemmas of the direct object, head last; '&name' refers to a synonym set; empty = any
  pp      a prepositional argument: the preposition, then optionally the lemmas of its noun
  code    CAMEO code, or '---' for "no event"
Only patterns whose slots Dyad can check on a dependency tree are converted: subject-side
patterns and patterns with more than one phrase are left out (the count is printed).
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dyad-coding", "src", "main", "resources", "org", "dyad", "coding", "dictionary")


def singular(w):
    if w.startswith("&"):
        return w.lower()
    w = w.lower().strip("_")
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if w.endswith(suf) and len(w) > 4:
            return w[: -len(suf)] + rep
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3 and not w.endswith("us") and not w.endswith("is"):
        return w[:-1]
    return w


def words(phrase):
    phrase = phrase.replace("{", " ").replace("}", " ").replace("_", " ")
    return [singular(w) for w in phrase.split() if w not in ("+", "$", "%", "^", "=")]


def main(data):
    src = os.path.join(data, "petrarch2", "dictionaries", "CAMEO.2.0.txt")
    lines = open(src, encoding="latin-1").read().split("\n")
    synsets = {}
    patterns = []
    skipped = 0
    i = 0
    cur_name = None
    block_code = None
    members = []
    while i < len(lines):
        raw = lines[i]
        line = raw.split("#", 1)[0].rstrip()
        i += 1
        if not line.strip():
            continue
        if line.startswith("&"):
            name = line.strip().rstrip("_").lower()
            synsets[name] = []
            while i < len(lines) and lines[i].strip().startswith("+"):
                w = lines[i].split("#", 1)[0].strip()[1:].strip().rstrip("_").replace("_", " ").lower()
                if w:
                    synsets[name].append(w)
                i += 1
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            cur_name = m.group(1)
            block_code = m.group(2).split(":")[0].strip()
            members = []
            continue
        if cur_name is None:
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
            if not m:
                skipped += 1
                continue
            body, code = m.group(1), m.group(2).split(":")[0].strip()
            if "*" not in body:
                skipped += 1
                continue
            before, after = body.split("*", 1)
            if [w for w in before.split() if w not in ("$", "+", "%")]:
                skipped += 1  # subject-side words: not checked on a tree here
                continue
            pps = re.findall(r"\(([^)]*)\)", after)
            obj = re.sub(r"\([^)]*\)", " ", after)
            if len(pps) > 1:
                skipped += 1
                continue
            ow = words(obj)
            pw = words(pps[0]) if pps else []
            if any(w in ("*",) for w in ow):
                skipped += 1
                continue
            for verb in members:
                patterns.append((verb, " ".join(ow), " ".join(pw), code, "CAMEO.2.0 " + cur_name))
            continue
        # a member verb: WORD, WORD {forms}, +WORD_PARTICLE [code]
        mm = re.match(r"^\+?([A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?", line.strip())
        if mm:
            verb = mm.group(1).strip("_").replace("_", " ").lower()
            members.append(verb)
            own = mm.group(4)
            # The block's default code holds for its head verb and for members with their own
            # code. The other members are WordNet synonyms ("consider", "face" under CONSULT,
            # "relate", "rule" under COOPERATE): far too loose to code on their own, so they only
            # take their block's specific patterns.
            head = cur_name.replace("_", " ").lower()
            if own:
                code = own.split(":")[0].strip()
            elif verb == head:
                code = block_code
            else:
                code = "---"
            patterns.append((verb, "", "", code if code else "---", "CAMEO.2.0 " + cur_name))
    os.makedirs(OUT, exist_ok=True)
    seen = set()
    with open(os.path.join(OUT, "verbs.tsv"), "w", encoding="utf-8") as f:
        f.write("# Dyad verb patterns converted from PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance)\n")
        f.write("# by tools/dictionaries/build_verbs.py. Columns: verb, object, pp, code, origin.\n")
        f.write("verb\tobject\tpp\tcode\torigin\n")
        for p in patterns:
            if p[3] in ("", "---") and (p[1] or p[2]):
                continue
            key = p[:4]
            if key in seen:
                continue
            seen.add(key)
            f.write("\t".join(p) + "\n")
    with open(os.path.join(OUT, "synsets.tsv"), "w", encoding="utf-8") as f:
        f.write("# Synonym sets of CAMEO.2.0.txt (MIT): name, members separated by |\n")
        f.write("name\tmembers\n")
        for k in sorted(synsets):
            f.write("%s\t%s\n" % (k, "|".join(singular(w) if " " not in w else w for w in synsets[k])))
    print("patterns: %d written, %d skipped; synsets: %d" % (len(seen), skipped, len(synsets)))

    # Codebook: code, name (GDELT's open label), Goldstein (GDELT and ICEWS), PLOVER columns.
    plover = {}
    with open(os.path.join(data, "cameo", "cameo_to_plover.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            plover[r["cameo_code"]] = r
    with open(os.path.join(data, "cameo", "cameo_event_codes.tsv"), encoding="utf-8") as f, \
            open(os.path.join(OUT, "codebook.tsv"), "w", encoding="utf-8") as out:
        out.write("# CAMEO event codes with GDELT's labels and Goldstein scale (GDELT lookups, open with citation),\n")
        out.write("# the ICEWS variant of the scale, and PLOVER event/mode/context from CAMEO2PLOVER-2021\n")
        out.write("# (CC BY-SA 4.0, Open Event Data Alliance). Built by tools/dictionaries/build_verbs.py.\n")
        out.write("code\tname\tgoldstein\tgoldstein_icews\tplover_event\tplover_mode\tplover_context\n")
        for r in csv.DictReader(f, delimiter="\t"):
            p = plover.get(r["code"], {})
            name = r["gdelt_lookup_name"] or r["name"]
            out.write("\t".join([r["code"], name, r["goldstein"], r["goldstein_icews"],
                                 p.get("plover_event", ""), p.get("plover_mode", ""), p.get("plover_context", "")]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data"))
