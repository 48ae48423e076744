#!/usr/bin/env python3
"""Convert PETRARCH2's Phoenix issue coding (MIT) into Dyad's issue format.

Usage: python3 tools/dictionaries/build_issues.py ../shared/data

Dyad issues (issues.tsv), one phrase per line: phrase, issue, category.
  phrase    words matched case-insensitively, whole words, punctuation ignored; a word also
            matches a token whose lemma it is ("refugee" matches "refugees")
  issue     the topic code (NUCLEAR, REFUGEES), or '-' for an exclusion: a phrase that hides the
            issue phrases inside it ("olive oil" is not OIL)
  category  the Phoenix block the row came from

Phoenix's markers are dropped: 'n:' and 'v:' (inflected noun or verb: Dyad matches lemmas),
'+' (a hyphen or space: Dyad ignores punctuation). A '~' row is an exclusion. A row without
'[ISSUE]' takes its block's category.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dyad-coding", "src", "main", "resources", "org", "dyad", "coding",
                   "dictionary")
BLOCK = re.compile(r'<ISSUE\s+CATEGORY="([^"]+)"')
ENTRY = re.compile(r"([^\[\]]+?)\s*\[([A-Za-z0-9_-]+)\]")


def phrase_of(raw):
    words = []
    for w in raw.replace("+", " ").split():
        words.append(re.sub(r"^[nvm]:", "", w))
    return " ".join(words).lower().strip()


def read_issues(path):
    rows, seen, category = [], set(), ""
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.split("#", 1)[0].strip()
        m = BLOCK.search(line)
        if m:
            category = m.group(1)
            continue
        if not line or line.startswith("<"):
            continue
        if line.startswith("~"):
            entries = [(line.lstrip("~"), "-")]
        else:
            entries = [(p, code) for p, code in ENTRY.findall(line)] or [(line, category)]
        for raw, issue in entries:
            phrase = phrase_of(raw)
            if phrase and issue and phrase not in seen:
                seen.add(phrase)
                rows.append((phrase, issue, category))
    return rows


def main(data):
    rows = read_issues(os.path.join(data, "petrarch2", "dictionaries", "Phoenix.IssueCoding.txt"))
    with open(os.path.join(OUT, "issues.tsv"), "w", encoding="utf-8") as f:
        f.write("# Issue phrases: the topics of a sentence, carried by its events. Converted from PETRARCH2's\n")
        f.write("# Phoenix.IssueCoding.txt (MIT) by tools/dictionaries/build_issues.py.\n")
        f.write("# Columns: phrase (whole words, any case, lemmas match), issue ('-' excludes), category.\n")
        f.write("phrase\tissue\tcategory\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("issues: %d phrases, %d issues, %d exclusions"
          % (len(rows), len({r[1] for r in rows if r[1] != "-"}), sum(1 for r in rows if r[1] == "-")))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data"))
