#!/usr/bin/env python3
"""Convert PETRARCH2's Phoenix discard list (MIT) into Dyad's discard format.

Usage: python3 tools/dictionaries/build_discards.py ../shared/data

A discard phrase marks text that reads like political events but is not: sport ("defeated
Brazil 2-1", "World Cup"), entertainment, curiosities. Dyad discards (discards.tsv), one per
line: phrase, scope, note.
  phrase  words matched case-insensitively, whole words, punctuation ignored ("semi-final" =
          "semi final")
  scope   'sentence' (no event from a sentence that contains it), 'story' (none from the whole
          article when the phrase is in its title or first sentence; elsewhere, none from its
          sentence), or 'off' (a user file switches off a bundled phrase)
  note    where the row comes from

Rows of the Phoenix list left out, and why:
  - bare years (1914-2013) and "N ago/later": they mark a reference to the past. Dyad dates each
    event, so an event of 1991 is stored with its date instead of dropped.
  - phrases common in political news in other senses: LANDSLIDE (an election won by a landslide),
    CHAMPION(S) (a champion of reform), MILLENNIUM (the Millennium Development Goals), the
    WORLD WAR rows ("the worst fighting since World War II").
  - people's names (BOBBY FISCHER, SALMAN RUSHDIE, RICK LAZIO): a name says who, not what. An
    athlete or a writer can be in a political story (Iceland granting Fischer citizenship, the
    fatwa on Rushdie); the actor dictionary decides about people.
  - disasters, diseases and accidents (TSUNAMI, TYPHOON, EBOLA, BIRD FLU, ROAD ACCIDENT): Dyad
    codes an event only between two actors, and a disaster sentence that names two states is most
    often aid or diplomacy. On the 417 BBC politics articles of 2005, the three events these rows
    removed were all tsunami relief ("Britain has offered to send 120 Gurkhas to assist with the
    tsunami relief effort in Indonesia").
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dyad-coding", "src", "main", "resources", "org", "dyad", "coding",
                   "dictionary")

TIME_PHRASE = re.compile(r"^(\d{4}|(\w+ )?(WEEKS|MONTHS|YEARS) (AGO|LATER))$")
OTHER_SENSES = {"LANDSLIDE", "CHAMPION", "CHAMPIONS", "MILLENNIUM", "SECOND WORLD WAR", "WORLD WAR ONE",
                "WORLD WAR I", "WORLD WAR 1", "WORLD WAR TWO", "WORLD WAR II", "WORLD WAR 2",
                "POST WORLD WAR II"}
DISASTERS = {"AVIAN FLU", "AVIAN INFLUENZA", "BACTERIA EPIDEMIC", "BIRD FLU", "BLIZZARD", "CHICKUNGUNGA",
             "CONTRACTED CHOLERA", "DENGUE", "EBOLA", "EQUINE INFLUENZA", "H5N1", "MUDSLIDE", "POLIO",
             "RIFT VALLEY FEVER", "TROPICAL DEPRESSION", "TROPICAL STORM", "TSUNAMI", "TYPHOON", "WEST NILE FEVER",
             "WEST NILE VIRUS", "WIDESPREAD FLOOD", "YELLOW DUST", "RABID ANIMALS", "POLLUTION", "BOAT CAPSIZED",
             "BUS PLUNGED", "BUS FELL INTO RAVINE", "TRAFFIC ACCIDENT", "ROAD ACCIDENT", "MINE ACCIDENT",
             "DIVING ACCIDENT", "ACCIDENT KILLED", "MEDICAL TESTS", "ROUTINE MEDICAL CHECK UP"}
PEOPLE = {"ABDUL KARIM QASIM", "AMELIA EARHART", "ANDRE AGASSI", "ANITA HILL", "AVIA REED", "BOBBY FISCHER",
          "BRIAN KERR", "CARLOS ALBERTO PARREIRA", "CATHERINE LEROY", "DAVID BECKHAM", "FRANKIE MINOZA",
          "GARY GLITTER", "HENRI MICHEL", "ISRAEL MILLER", "JACKY CHEUNG", "JAMES ELSTUB", "JANE FONDA",
          "JEMIMA KHAN", "JOHN RAMBO", "KARL KAECHELE", "KATE MOSS", "LEONARDO DICAPRIO", "LUCIE BLACKMAN",
          "MANNY PACQUIAO", "MOTHER TERESA", "OLIVER NORTH", "PABLO PICASSO", "PIM VERBEEK", "RABAH MADJER",
          "RICK LAZIO", "SACHIN TENDULKAR", "SALMAN RUSHDIE", "SERENA WILLIAMS", "SONIA RIOS RISKEN",
          "STEPHEN KESHI", "STEVE MCCLAREN", "TIGER WOODS", "WASIM JAFFER", "XUAN ZANG", "XUANZANG"}


def read_discards(path):
    """A PETRARCH discard file -> [(phrase, scope)], in file order, without repeats."""
    out, seen = [], set()
    for line in open(path, encoding="latin-1"):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        scope = "story" if text.startswith("+") else "sentence"
        phrase = " ".join(text.lstrip("+").replace("_", " ").split())
        key = phrase.upper()
        if phrase and key not in seen:
            seen.add(key)
            out.append((phrase.lower(), scope))
    return out


def write_discards(path, rows, origin, header):
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n")
        f.write("phrase\tscope\tnote\n")
        for phrase, scope in rows:
            f.write("%s\t%s\t%s\n" % (phrase, scope, origin))


def main(data):
    rows = read_discards(os.path.join(data, "petrarch2", "dictionaries", "Phoenix.discards.txt"))
    kept = [(p, s) for p, s in rows if not TIME_PHRASE.match(p.upper()) and p.upper() not in OTHER_SENSES | PEOPLE | DISASTERS]
    write_discards(os.path.join(OUT, "discards.tsv"), kept, "Phoenix.discards", [
        "Discard phrases: text that reads like political events but is not (sport, entertainment).",
        "Converted from PETRARCH2's Phoenix.discards.txt (MIT) by",
        "tools/dictionaries/build_discards.py, which lists the rows left out and why.",
        "Columns: phrase (whole words, any case), scope (sentence, story, or off to switch a row off), note."])
    print("discards: %d of %d Phoenix rows kept" % (len(kept), len(rows)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data"))
