#!/usr/bin/env python3
"""Convert the PETRARCH validation-suite dictionaries to Dyad's format, for `dyad eval`.

Usage: python3 tools/dictionaries/build_validation.py ../shared/data

The PETRARCH unit-test records (eval/petrarch-unit) use made-up countries (Arnor, Gondor) and
their own verbs; PETRARCH2 was scored with these dictionaries, so Dyad is too. They are loaded
as a user dictionary directory on top of Dyad's bundled dictionaries, the way a user would add
their own. Sources (MIT, Open Event Data Alliance): UniversalPetrarch PETR.Validate.actors.txt
and PETR.Validate.verbs.2.0.txt, PETRARCH2 PETR.Validate.agents.txt and
PETR.Validate.discards.txt.
"""
import os
import sys

from build_discards import read_discards, write_discards
from build_actors import clean_name, read_agents, read_phoenix, write_agents
from build_verbs import parse_petrarch_verbs, write_synsets, write_verbs

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "eval", "petrarch-unit", "dictionary")


def main(data):
    os.makedirs(OUT, exist_ok=True)
    up = os.path.join(data, "universalpetrarch", "dictionaries")
    rows = []
    for names, codes in read_phoenix(os.path.join(up, "PETR.Validate.actors.txt")):
        names = [n for n in (clean_name(x) for x in names) if n]
        if not names or not codes:
            continue
        for code, start, end in codes:
            # Several dated codes mark a person's roles over time (GOLLUM: HOB, then HOBGOV,
            # then HOBREB); a single three-letter code is one of the suite's made-up states.
            if len(codes) > 1:
                kind = "PERSON"
            else:
                kind = "STATE" if len(code) == 3 else "ORGANISATION"
            rows.append((names[0], "|".join(names[1:]), code, start, end, kind, "PETR.Validate.actors"))
    with open(os.path.join(OUT, "actors-validate.tsv"), "w", encoding="utf-8") as f:
        f.write("# Actors of the PETRARCH validation suite (MIT), converted by build_validation.py\n")
        f.write("name\taliases\tcode\tstart\tend\tkind\tsource\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    agents = read_agents(os.path.join(data, "petrarch2", "dictionaries", "PETR.Validate.agents.txt"),
                         full_role=True)
    write_agents(os.path.join(OUT, "agents-validate.tsv"), agents,
                 ["Agents of the PETRARCH validation suite (MIT), converted by build_validation.py"])
    patterns, synsets, skipped = parse_petrarch_verbs(
        os.path.join(up, "PETR.Validate.verbs.2.0.txt"), "PETR.Validate.verbs.2.0")
    # The suite tests its coder with made-up codes ("003", "+++"); Dyad validates codes against
    # the CAMEO codebook, so those rows are left out.
    with open(os.path.join(data, "cameo", "cameo_event_codes.tsv"), encoding="utf-8") as f:
        valid = {line.split("\t", 1)[0] for line in f} | {"---"}
    dropped = sum(1 for p in patterns if p[3] not in valid)
    patterns = [p for p in patterns if p[3] in valid]
    print("verb patterns with codes outside the CAMEO codebook left out: %d" % dropped)
    n = write_verbs(os.path.join(OUT, "verbs-validate.tsv"), patterns, [
        "Verbs of the PETRARCH validation suite (MIT), converted by build_validation.py.",
        "Columns: verb, object, pp, code, origin."])
    write_synsets(os.path.join(OUT, "synsets-validate.tsv"), synsets,
                  "Synonym sets of the PETRARCH validation suite (MIT)")
    discards = read_discards(os.path.join(data, "petrarch2", "dictionaries", "PETR.Validate.discards.txt"))
    write_discards(os.path.join(OUT, "discards-validate.tsv"), discards, "PETR.Validate.discards", [
        "Discards of the PETRARCH validation suite (MIT), converted whole by build_validation.py."])
    print("actors: %d rows, agents: %d, verb patterns: %d (%d skipped), synsets: %d"
          % (len(rows), len(agents), n, skipped, len(synsets)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data"))
