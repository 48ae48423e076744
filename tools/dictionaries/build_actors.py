#!/usr/bin/env python3
"""Build Dyad's actor dictionary (dyad-actors/src/main/resources/org/dyad/actors/dictionary)
from the shared reference data.

Usage: python3 tools/dictionaries/build_actors.py ../shared/data

Sources (licences in NOTICE): leaders.tsv (CC0), CountryInfo.120116.txt (CC BY-SA 3.0),
Phoenix.{Countries,International,MilNonState}.actors.txt and Phoenix.agents.txt (MIT),
NGEC countries.csv (MIT), cameo_actor_codes.tsv. Hand-curated rows live in curated.tsv next to
the output, which the resolver reads as well; this script does not write it. The output is
deterministic (sorted), so a rebuild shows as a readable diff.
"""
import csv
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dyad-actors", "src", "main", "resources", "org", "dyad", "actors", "dictionary")

ROLE_OF_POST = {
    "HEAD_OF_STATE": "GOV", "HEAD_OF_GOVERNMENT": "GOV", "FOREIGN_MINISTER": "GOV",
    "DEFENCE_MINISTER": "MIL", "SUPREME_LEADER": "GOV", "PARTY_LEADER": "GOV",
}
# Names a source gives an actor that news of 2000-2025 uses for another. CountryInfo's misspelt
# "Columbia" is a university, a space shuttle and a Canadian province far more often than
# Colombia; Phoenix's "Islamic Jihad" for Hezbollah (a cover name of the 1980s) has meant the
# Palestinian group since (curated.tsv codes it).
NOT_NAMES = {
    "COL": {"Columbia", "Republic of Columbia"},
    "LBNREB": {"Islamic Jihad", "Islamic Jihad for the Liberation of Palestine"},
    # CountryInfo keeps the union of Serbia and Montenegro (to 2006) in Montenegro's row: its
    # capital Belgrade and the word "Serb" are Serbia's.
    "MNE": {"Serb"},
    "MNEGOV": {"Belgrade"},
    # a Swazi group's short name that news uses for Sri Lanka's Tamil Tigers and for sports teams
    "SWZREB": {"Tigers"},
    # since 1997 news means the Democratic Republic (ex-Zaire) by "Congo" alone; curated.tsv dates
    # which state the bare name is
    "COG": {"Congo"},
}

# Nationality adjectives CountryInfo gives to more than one state, of which the sorted first is
# not the one news means: "Serbian" is listed for Montenegro too (their union of 1992-2006).
ADJECTIVE_OWNERS = {"Serbian": "SRB",
                    # not a nationality CountryInfo lists; its last word would be taken for Ireland's
                    "Northern Irish": "GBR"}

# Former states and their successors: name, aliases, code, nationality adjectives.
HISTORICAL_STATES = [
    ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], "RUS", ["Soviet"]),
    ("Yugoslavia", ["Socialist Federal Republic of Yugoslavia"], "SRB", ["Yugoslav", "Yugoslavian"]),
    ("Czechoslovakia", ["Czecho-Slovakia"], "CZE", ["Czechoslovak", "Czechoslovakian"]),
    ("West Germany", ["Federal Republic of Germany"], "DEU", ["West German"]),
    ("East Germany", ["German Democratic Republic", "GDR"], "DEU", ["East German"]),
]


def without_misleading_names(row):
    """The row without the names NOT_NAMES takes from its code; None if none is left."""
    name, aliases, code = row[0], row[1], row[2]
    drop = NOT_NAMES.get(code, set())
    names = [n for n in [name] + (aliases.split("|") if aliases else []) if n not in drop]
    if not names:
        return None
    return (names[0], "|".join(names[1:])) + tuple(row[2:])


SMALL = {"of", "the", "and", "for", "de", "la", "al", "el", "von", "van", "der", "du", "bin", "da", "do", "dos", "das"}


def pretty(raw):
    """NORTH_KOREA_ -> North Korea; keeps dotted acronyms."""
    s = raw.strip().rstrip("_").replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    words = []
    for i, w in enumerate(s.split(" ")):
        lw = w.lower()
        if "." in w and len(w) <= 8:
            words.append(w.upper())
        elif i > 0 and lw in SMALL:
            words.append(lw)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def yymmdd(s):
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        year = (1900 if yy >= 30 else 2000) + yy
        return "%04d-%s-%s" % (year, s[2:4], s[4:6])
    if len(s) == 8:
        return "%s-%s-%s" % (s[:4], s[4:6], s[6:8])
    return ""


def parse_code(text):
    """'PRKGOV >041201' -> (PRKGOV, 2004-12-01, '')"""
    # Dates may be spaced: "HOB < 950601", "HOBGOV 19950601 - 19990815".
    text = re.sub(r"([<>])\s+", r"\1", re.sub(r"\s+-\s+", "-", text))
    parts = text.split()
    if not parts:
        return None
    code = parts[0].strip()
    if not re.fullmatch(r"[A-Z0-9]{3}([A-Z0-9]{3}){0,4}", code):  # malformed codes in the source are dropped
        return None
    start = end = ""
    for p in parts[1:]:
        if p.startswith(">"):
            start = yymmdd(p[1:])
        elif p.startswith("<"):
            end = yymmdd(p[1:])
        elif "-" in p:
            a, b = p.split("-", 1)
            start, end = yymmdd(a), yymmdd(b)
    return code, start, end


def read_phoenix(path):
    """Yields (names, [(code, start, end)]) per entry of a TABARI/PETRARCH actor file."""
    entries = []
    cur = None
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.rstrip("\n")
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            if body.startswith("\t") or body.startswith(" ") and body.strip().startswith("["):
                if cur is not None:
                    cur[1].extend(c for c in (parse_code(m) for m in re.findall(r"\[([^\]]*)\]", body)) if c)
                continue
            if body.startswith("+"):
                if cur is not None:
                    name = body[1:].split("[", 1)[0]
                    cur[0].append(name)
                    cur[1].extend(c for c in (parse_code(m) for m in re.findall(r"\[([^\]]*)\]", body)) if c)
                continue
            if body.startswith("<") or body.startswith("!"):
                continue
            cur = ([body.split("[", 1)[0]], [])
            cur[1].extend(c for c in (parse_code(m) for m in re.findall(r"\[([^\]]*)\]", body)) if c)
            entries.append(cur)
    return entries


def clean_name(raw):
    n = pretty(raw)
    if not n or len(n) < 2 or "(" in n or ")" in n or "," in n or "/" in n or "!" in n:
        return None
    return n


def countryinfo(path):
    """code -> dict(name, nationality[], capital[], places set)"""
    data = open(path, encoding="latin-1").read()
    out = {}
    # Blocks start and end on lines of their own: the header mentions the tags in prose, and
    # commented-out tags ("#<CountryCode>[YUGHRV ...]") precede some real ones.
    for block in re.findall(r"^<Country>[ \t]*$(.*?)^</Country>", data, re.S | re.M):
        block = "\n".join(l for l in block.split("\n") if not l.lstrip().startswith("#"))
        def field(tag):
            m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), block, re.S)
            if not m:
                return []
            return [l.strip() for l in m.group(1).split("\n") if l.strip() and not l.strip().startswith("#")]
        code = (field("CountryCode") or [""])[0]
        if not code:
            continue
        out[code] = dict(
            name=(field("CountryName") or [""])[0], iso3=(field("ISO3166-alpha3") or [""])[0],
            nationality=field("Nationality"), capital=field("Capital"),
            places=set(x.rstrip("_").upper() for t in ("MajorCities", "Regions", "GeogFeatures") for x in field(t)),
            cities=field("MajorCities"), regions=field("Regions"))
    return out


def places(ci, countries, rows, adjectives):
    """Major cities and regions (CountryInfo) standing for their state: "Mosul", "the West Bank".

    A name is left out when it could mean anything else: a name or alias of another actor, a
    nationality, a place of two states ("Punjab", "Kashmir"), or three letters or fewer.
    """
    taken = {a.casefold() for a in adjectives}
    curated = os.path.join(OUT, "curated.tsv")  # hand-kept entries, read by the resolver too
    with open(curated, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1 and not line.startswith("#"):
                taken.add(cols[0].casefold())
                taken.update(a.casefold() for a in cols[1].split("|") if a)
    for r in rows:
        taken.add(r[0].casefold())
        taken.update(a.casefold() for a in r[1].split("|") if a)
    codes_of = defaultdict(set)
    source_of = {}
    for code, info in ci.items():
        if code not in countries:
            continue
        for tag, raw_names in (("major city", info["cities"]), ("region", info["regions"])):
            for raw in raw_names:
                name = clean_name(raw)
                if name and len(name) > 3 and re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", name):
                    codes_of[name].add(code)
                    source_of.setdefault((name, code), "CountryInfo " + tag)
    out = []
    for name, codes in sorted(codes_of.items()):
        if len(codes) == 1 and name.casefold() not in taken:
            code = next(iter(codes))
            out.append((name, "", code, "", "", "PLACE", source_of[(name, code)]))
    return out


def main(shared):
    data = shared
    rows = []  # name, aliases, code, start, end, kind, source
    adjectives = {}
    ci = countryinfo(os.path.join(data, "countryinfo", "CountryInfo.120116.txt"))
    countries = {}
    with open(os.path.join(data, "cameo", "cameo_actor_codes.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["kind"] in ("country", "country_nonstandard", "historical", "subnational"):
                countries[r["code"]] = r["label"]
                if r["iso3_current"] and r["iso3_current"] != r["code"]:
                    # CountryInfo and Phoenix use current ISO codes (ROU), GDELT older ones (ROM)
                    countries.setdefault(r["iso3_current"], r["label"])

    # States: CountryInfo names and nationalities, NGEC adjectives; capitals are government metonyms.
    ngec = {}
    with open(os.path.join(data, "ngec", "countries.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            ngec[r["CCA3"]] = r
    for code, info in sorted(ci.items()):
        if code not in countries:
            continue
        names = {pretty(info["name"])}
        adjs = set()
        for n in info["nationality"]:
            if n.rstrip("_").upper() in info["places"]:
                continue
            p = clean_name(n)
            if not p:
                continue
            if re.search(r"(an|ese|ish|ian|ic|i|ch)$", p.split(" ")[-1]) and not p.lower().startswith(("republic", "kingdom", "state", "democratic", "people")) and " of " not in p:
                adjs.add(p)
            else:
                names.add(p)
        if code in ngec:
            names.add(ngec[code]["Name"].strip())
            for n in ngec[code]["Nationality"].split(","):
                n = n.strip()
                if not n:
                    continue
                if n.endswith("s") and not n.endswith("ss") and n[:-1] in adjs | {x.strip() for x in ngec[code]["Nationality"].split(",")}:
                    adjs.add(n)  # demonym plural
                elif " of " in n or n.isupper():
                    names.add(n)
                else:
                    adjs.add(n)
        label = countries[code]
        names.add(label)
        name = label
        aliases = sorted(n for n in names if n and n != name)
        rows.append((name, "|".join(aliases), code, "", "", "STATE", "CountryInfo; NGEC countries.csv; CAMEO table"))
        for a in sorted(adjs):
            adjectives.setdefault(a, code)
        for cap in info["capital"]:
            c = clean_name(cap)
            if c:
                rows.append((c, "", code + "GOV", "", "", "CAPITAL", "CountryInfo capital"))

    adjectives.update(ADJECTIVE_OWNERS)

    # Territories CountryInfo lacks (Greenland, Puerto Rico, Vatican City): the CAMEO table's label.
    covered = {r[2] for r in rows if r[5] == "STATE"}
    with open(os.path.join(data, "cameo", "cameo_actor_codes.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["kind"] == "country" and r["code"] not in covered and r["iso3_current"] not in covered:
                rows.append((r["label"], "", r["code"], "", "", "STATE", "CAMEO table"))

    # States that no longer exist, which CountryInfo lacks: coded as their successor, as GDELT codes
    # them and the PLOVER gold codes Soviet-era Moscow, so that a dyad's series runs on across 1991.
    for name, aliases, code, adjs in HISTORICAL_STATES:
        rows.append((name, "|".join(aliases), code, "", "", "STATE", "Dyad: successor state"))
        for a in adjs:
            adjectives.setdefault(a, code)

    # Leaders 2000-2025 (CC0): dated roles, checked rows first.
    with open(os.path.join(data, "leaders", "leaders.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            cc = r["cameo_country"]
            code = cc + ROLE_OF_POST.get(r["role"], "") if not cc.startswith("IGO") else cc
            rows.append((r["person"], r["aliases"], code, r["start"], r["end"], "PERSON", "leaders.tsv " + r["role"]))

    # Phoenix people and organisations (MIT): dated codes, frozen around 2014-2016.
    for fname, kind in (("Phoenix.Countries.actors.txt", "PERSON"), ("Phoenix.International.actors.txt", "ORGANISATION"),
                        ("Phoenix.MilNonState.actors.txt", "GROUP")):
        for names, codes in read_phoenix(os.path.join(data, "petrarch2", "dictionaries", fname)):
            if not codes:
                continue
            cleaned = [c for c in (clean_name(n) for n in names) if c]
            if not cleaned:
                continue
            first = cleaned[0]
            if fname.startswith("Phoenix.Countries") and all(len(c[0]) == 3 for c in codes):
                continue  # country names: taken from CountryInfo above
            k = kind
            # A code must start with a country or an international prefix; sector-only codes
            # (MED, BUS, MNC ...) name no country and cannot form a dyad.
            codes = [c for c in codes if c[0][:3] in countries or c[0][:3] in ("IGO", "NGO", "IMG", "NGM")]
            if not codes:
                continue
            if kind == "PERSON" or fname.startswith("Phoenix.Countries"):
                # One-word person names ("Hassan", "Kostov") are too ambiguous to match alone;
                # the full names still resolve, and surnames follow them inside a document.
                cleaned = [c for c in cleaned if " " in c]
                if not cleaned:
                    continue
                first = cleaned[0]
            if fname.startswith("Phoenix.International") and any(c[0].startswith("IGO") for c in codes) and all(not c[1] and not c[2] for c in codes):
                k = "IGO"
            for code, start, end in codes:
                # In the countries file a bare country code names the state itself ("South Sudan",
                # "Republic of Serbia"); people there carry a role (USAGOV, USAELI).
                kc = "STATE" if fname.startswith("Phoenix.Countries") and len(code) == 3 else k
                rows.append((first, "|".join(cleaned[1:]), code, start, end, kc, fname))

    rows.extend(places(ci, countries, rows, adjectives))

    rows = [r for r in map(without_misleading_names, rows) if r is not None]
    os.makedirs(OUT, exist_ok=True)
    header = "# Dyad named actors. Columns: name, aliases (|), code, start, end (ISO dates, empty = open),\n" \
             "# kind (STATE, CAPITAL, PLACE, IGO, PERSON, ORGANISATION, GROUP), source. Built by\n" \
             "# tools/dictionaries/build_actors.py; see NOTICE for the sources and their licences.\n"
    seen = set()
    with open(os.path.join(OUT, "actors.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write("name\taliases\tcode\tstart\tend\tkind\tsource\n")
        for r in sorted(rows, key=lambda r: (r[5], r[0], r[2], r[3])):
            if r in seen:
                continue
            seen.add(r)
            f.write("\t".join(r) + "\n")
    with open(os.path.join(OUT, "adjectives.tsv"), "w", encoding="utf-8") as f:
        f.write("# Nationality adjectives and demonyms -> country code. Built by build_actors.py.\n")
        f.write("adjective\tcode\n")
        for a, c in sorted(adjectives.items()):
            f.write("%s\t%s\n" % (a, c))
    write_phoenix_agents(os.path.join(data, "petrarch2", "dictionaries", "Phoenix.agents.txt"))
    print("actors: %d rows, adjectives: %d" % (len(seen), len(adjectives)))


PERSON_WORDS = re.compile(r"(ER|OR|IST|IAN|MAN|WOMAN|PERSON|OFFICIAL|LEADER|CHIEF|HEAD|KING|QUEEN|GENERAL|ENVOY|AIDE|JUDGE)$")


def read_agents(path, full_role=False):
    """A PETRARCH agents file -> {phrase: (role, person)}; macros such as !PERSON! expanded.

    Phoenix roles are cut to their first three letters (Dyad's role level); full_role keeps
    the whole code (GOVFRM), as the validation suite expects.
    """
    macros = {}
    rows = {}
    for line in open(path, encoding="latin-1"):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})([A-Z]*)\]", line)
        if not m:
            continue
        phrase, role = m.group(1).strip(), m.group(3) + (m.group(4) if full_role else "")
        variants = [phrase]
        for name, words in macros.items():
            token = "!%s!" % name
            if token in phrase:
                variants = [v.replace(token, w) for v in variants for w in words]
        for v in variants:
            words = v.rstrip("_").replace("_", " ").strip().split()
            if not words or len(words) > 2 or not all(re.fullmatch(r"[A-Z'\-]+", w) for w in words):
                continue  # Dyad matches role nouns of one or two lemmas
            key = " ".join(w.lower() for w in words)
            if words[-1].lower() in ("at", "for", "to", "in", "of", "on", "from", "with"):
                continue  # "EMBASSY_IN_ ...": the rest of the phrase is an actor Dyad reads itself
            if key.endswith("s") and not key.endswith("ss") and len(key) > 4:
                continue  # plurals: Dyad matches lemmas
            rows.setdefault(key, (role, "yes" if PERSON_WORDS.search(words[-1]) else "no"))
    return rows


def write_agents(path, rows, header):
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n")
        f.write("phrase\trole\tperson\n")
        for k in sorted(rows):
            f.write("%s\t%s\t%s\n" % (k, rows[k][0], rows[k][1]))


def write_phoenix_agents(path):
    """Phoenix.agents.txt (MIT): role nouns -> role code."""
    write_agents(os.path.join(OUT, "agents-phoenix.tsv"), read_agents(path), [
        "Role nouns from Phoenix.agents.txt (MIT, Open Event Data Alliance), converted by",
        "build_actors.py. agents.tsv (Dyad's own rows) overrides. Columns: phrase, role, person."])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data"))
