#!/usr/bin/env python3
"""Convert PETRARCH2's CAMEO.2.0 verb dictionary (MIT) into Dyad's verb pattern format, and
derive Dyad's codebook table from the shared CAMEO/GDELT/PLOVER tables.

Usage: python3 tools/dictionaries/build_verbs.py ../shared/data

Dyad verb patterns (verbs.tsv), one per line: verb, object, pp, code, origin.
  verb    lemma, with a particle after a space ("beef up")
  object  lemmas of the direct object, head last; '&name' refers to a synonym set; empty = any
  pp      a prepositional argument: the preposition, then optionally the lemmas of its noun
  code    CAMEO code, or '---' for "no event"; ':' before the code reverses the event, as
          PETRARCH's "[:030]" does: "received assurances from B" is B -> subject 030
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


def petrarch_code(bracket):
    """PETRARCH's "[a:b]" holds the code of the subject's act and of its reverse; "[:b]" has only
    the reverse (the other party acts on the subject), written ":b" in Dyad's format."""
    own, _, reverse = bracket.partition(":")
    own, reverse = own.strip(), reverse.strip()
    return ":" + reverse if not own and reverse else own


def parse_petrarch_verbs(src, origin):
    """A PETRARCH2 ("CAMEO 2.0" format) verb file -> (patterns, synsets, skipped).

    A pattern is (verb, object words, pp words, code, origin). Only patterns Dyad can check on a
    dependency tree are kept: the verb, its object and one prepositional argument.
    """
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
            # Members are "+WORD" lines; comment lines may sit among them (&CURRENCY's does).
            while i < len(lines) and (lines[i].strip().startswith("+")
                                      or lines[i].strip().startswith("#")):
                if lines[i].strip().startswith("+"):
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
            body, code = m.group(1), petrarch_code(m.group(2))
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
            if not ow and len(pw) == 1 and pw[0] in PLACE_PREPOSITIONS:
                skipped += 1  # "MEET (AT) [036]": where an act happened does not say what it was
                continue
            if any(w in ("*",) for w in ow):
                skipped += 1
                continue
            # PETRARCH2 merged the patterns of WordNet synonyms into one block, and the comment
            # keeps the verb each was written for ("- * ATTACK [053] # PREVENT" in a block
            # that also holds CONDEMN). A pattern applies to that verb only, where it is a member.
            author = raw.split("#", 1)[1].strip().split(" ")[0].strip("_").replace("_", " ").lower() \
                if "#" in raw else ""
            for verb in ([author] if author in members else members):
                patterns.append((verb, " ".join(ow), " ".join(pw), code, origin + " " + cur_name))
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
                continue  # no bare row: another dictionary may still code this verb
            patterns.append((verb, "", "", code if code else "---", origin + " " + cur_name))
    return patterns, synsets, skipped


def write_verbs(path, patterns, header):
    """Writes patterns as Dyad's verbs TSV, dropping exact duplicates; returns the row count."""
    seen = set()
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n")
        f.write("verb\tobject\tpp\tcode\torigin\n")
        for p in patterns:
            if p[3] in ("", "---") and (p[1] or p[2]):
                continue
            key = p[:4]
            if key in seen:
                continue
            seen.add(key)
            f.write("\t".join(p) + "\n")
    return len(seen)


def write_synsets(path, synsets, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        f.write("name\tmembers\n")
        for k in sorted(synsets):
            f.write("%s\t%s\n" % (k, "|".join(singular(w) if " " not in w else w for w in synsets[k])))


def cameo2_member_verbs(src):
    out = set()
    for line in open(src, encoding="latin-1"):
        m = re.match(r"^\+?([A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", line.split("#", 1)[0].strip())
        if m and not line.startswith("-"):
            out.add(m.group(1).strip("_").replace("_", " ").lower())
    return out


def parse_tabari_verbs(src, known_verbs):
    """TABARI's CAMEO.091003.master.verbs -> patterns as in parse_petrarch_verbs.

    TABARI roots are stems ("ACCUS" matches accuse, accused); Dyad matches lemmas, so a stem
    becomes the known verb it is a stem of (from CAMEO.2.0), or stem + "e" where English verbs
    drop an "e" before -ed/-ing.
    """
    patterns = []
    verb = None
    for raw in open(src, encoding="latin-1"):
        line = raw.split(";", 1)[0].split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line.startswith("-"):
            m = re.match(r"^([A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*\[([^\]]*)\]", line)
            verb = None
            if not m:
                continue
            verb = tabari_lemma(m.group(1), known_verbs)
            code = m.group(3).split(":")[0].strip()
            if verb:
                patterns.append((verb, "", "", code or "---", "TABARI 2009 " + m.group(1)))
            continue
        if verb is None:
            continue
        m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
        if not m or "*" not in m.group(1) or "{" in m.group(1) or "|" in m.group(1):
            continue
        before, after = m.group(1).split("*", 1)
        if [w for w in before.split() if w not in ("$", "+", "%")] or after.startswith("_"):
            continue  # subject-side words, or words glued to the verb
        code = m.group(2).split(":")[0].strip()
        toks = [t for t in after.split() if t not in ("$", "+", "%", "^")]
        obj, pp = [], []
        for t in toks:
            if not pp and t.rstrip("_").lower() in PREPOSITIONS:
                pp.append(t.rstrip("_").lower())
            elif pp:
                pp.append(singular(t))
            else:
                obj.append(singular(t))
        if len(obj) > 2 or len(pp) > 3:
            continue
        patterns.append((verb, " ".join(obj), " ".join(pp), code or "---", "TABARI 2009 " + verb.upper()))
    return patterns


PLACE_PREPOSITIONS = {"at", "in", "near", "inside", "outside", "within", "around", "along", "across"}

PREPOSITIONS = {"to", "with", "on", "in", "for", "against", "from", "of", "at", "by", "into", "about",
                "over", "toward", "towards", "between", "among", "upon", "under", "after", "through", "as",
                "behind", "near", "during", "without", "despite", "across", "amid", "around", "before",
                "beyond", "inside", "outside", "within", "via", "since", "until"}


# TABARI lists irregular past forms as roots of their own ("GAVE", "HELD"); Dyad matches lemmas.
IRREGULAR = {
    "became": "become", "began": "begin", "begun": "begin", "blew": "blow", "bought": "buy",
    "brought": "bring", "came": "come", "caught": "catch", "chose": "choose", "chosen": "choose",
    "drew": "draw", "drove": "drive", "dug": "dig", "fell": "fall", "fled": "flee", "flew": "fly",
    "flies": "fly", "flown": "fly", "forbade": "forbid", "fought": "fight", "froze": "freeze",
    "gave": "give", "goes": "go", "gone": "go", "got": "get", "held": "hold", "kept": "keep",
    "knew": "know", "laide": "lay", "led": "lead", "left": "leave", "lent": "lend", "made": "make",
    "met": "meet", "overflew": "overfly", "overran": "overrun", "oversaw": "oversee",
    "overthrew": "overthrow", "paide": "pay", "risen": "rise", "saide": "say", "sank": "sink",
    "sent": "send", "shot": "shoot", "slain": "slay", "sold": "sell", "sought": "seek",
    "spent": "spend", "spoke": "speak", "sprange": "spring", "stole": "steal", "stoode": "stand",
    "strove": "strive", "struck": "strike", "stuck": "stick", "sunk": "sink", "swept": "sweep",
    "swore": "swear", "sworn": "swear", "threw": "throw", "told": "tell", "took": "take",
    "undertook": "undertake", "upheld": "uphold", "went": "go", "withdrew": "withdraw",
    "withheld": "withhold", "written": "write", "wrote": "write", "said": "say", "paid": "pay",
    "laid": "lay", "stood": "stand", "sprang": "spring",
}
# ... and some regular inflected forms, which the stem rules below would keep as they are.
IRREGULAR.update({w: w[:-2] for w in (
    "concerned", "crushed", "ended", "faulted", "hinted", "inked", "massed", "mounted", "played",
    "registered", "restarted", "routed", "rubbished", "scoffed", "shattered", "shelled",
    "skirmished", "smashed", "termed", "thronged", "toured", "unloaded", "vented", "wounded",
    "honoured", "rocketed", "stationed")})
IRREGULAR.update({w: w[:-1] for w in (
    "died", "dynamited", "fined", "freed", "incensed", "lauded", "overruled", "raced", "raked",
    "rejoiced", "saluted", "scored", "secured", "sentenced", "shuttled", "silenced", "stated",
    "stoned", "sentences")})
IRREGULAR.update({w: w[:-3] for w in (
    "banned", "barred", "dragged", "manned", "nabbed", "prodded", "rammed", "ripped", "shipped",
    "stabbed", "travelled")})
IRREGULAR.update({w: w[:-3] + "y" for w in (
    "allied", "buried", "declassified", "decried", "intensified", "lobbied", "rallied", "tried")})
IRREGULAR.update({"beefing": "beef", "brandishing": "brandish", "deliberating": "deliberate",
                  "easing": "ease", "facing": "face", "filing": "file", "firing": "fire",
                  "massing": "mass", "using": "use", "prod": "prod"})


def tabari_lemma(root, known_verbs):
    exact = root.endswith("_")
    stem = root.strip("_").replace("_", " ").lower()
    if not stem or " " in stem:
        return None  # multi-word roots are phrases Dyad reads from the tree, not lemmas
    if stem in IRREGULAR:
        return IRREGULAR[stem]
    if exact or stem in known_verbs:
        return stem
    if stem + "e" in known_verbs:
        return stem + "e"
    if stem.endswith("ie"):
        return stem[:-2] + "y"  # DENIE -> deny
    if stem.endswith(("li", "ci")):
        return stem + "ze"  # CRITICI -> criticize
    starts = [v for v in known_verbs if v.startswith(stem) and len(v) - len(stem) <= 2]
    if len(starts) == 1:
        return starts[0]
    if stem.endswith(("ing", "ed")):
        return stem  # an inflected root: never a lemma, so never matches
    if re.search(r"(at|us|iz|is|anc|enc|uc|ag|iv|ov|ur|ir|bl|pl|dl|tl|rg|ng|ps|rc|rs|ud|id|od|ss|ns|rv|lv)$", stem) \
            and not stem.endswith("ss"):
        return stem + "e"
    return stem


def main(data):
    patterns, synsets, skipped = parse_petrarch_verbs(
        os.path.join(data, "petrarch2", "dictionaries", "CAMEO.2.0.txt"), "CAMEO.2.0")
    os.makedirs(OUT, exist_ok=True)
    n = write_verbs(os.path.join(OUT, "verbs.tsv"), patterns, [
        "Dyad verb patterns converted from PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance)",
        "by tools/dictionaries/build_verbs.py. Columns: verb, object, pp, code, origin."])
    write_synsets(os.path.join(OUT, "synsets.tsv"), synsets,
                  "Synonym sets of CAMEO.2.0.txt (MIT): name, members separated by |")
    print("CAMEO.2.0 patterns: %d written, %d skipped; synsets: %d" % (n, skipped, len(synsets)))
    known = {p[0] for p in patterns}
    # Also CAMEO.2.0's WordNet synonyms, which have no bare row (see parse_petrarch_verbs).
    known |= cameo2_member_verbs(os.path.join(data, "petrarch2", "dictionaries", "CAMEO.2.0.txt"))
    tabari = parse_tabari_verbs(os.path.join(data, "tabari", "CAMEO.091003.master.verbs"), known)
    # TABARI fills CAMEO.2.0's gaps: its patterns for verbs CAMEO.2.0 also has are older and
    # finer-grained in ways that disagree with it ("hold talks" 046 against 040), so they are
    # left out.
    tabari = [p for p in tabari if p[0] not in known]
    n = write_verbs(os.path.join(OUT, "verbs-tabari.tsv"), tabari, [
        "Dyad verb patterns converted from TABARI's CAMEO.091003.master.verbs (GPL-3, P. Schrodt)",
        "by tools/dictionaries/build_verbs.py, for the verbs CAMEO.2.0 lacks. Columns: verb, object, pp,",
        "code, origin."])
    print("TABARI patterns: %d written" % n)

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
            name = (r["gdelt_lookup_name"] or r["name"]).replace("matyerial", "material")  # GDELT's typo
            out.write("\t".join([r["code"], name, r["goldstein"], r["goldstein_icews"],
                                 p.get("plover_event", ""), p.get("plover_mode", ""), p.get("plover_context", "")]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data"))
