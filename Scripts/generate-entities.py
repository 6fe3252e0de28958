#!/usr/bin/env python3
"""Writes Sources/Extraction/Rules/Countries.generated.swift: every ISO 3166-1 country with the phrases that
name it, and the regions and groupings of Scripts/entities/regions.tsv.

    python3 Scripts/generate-entities.py            # regenerate
    python3 Scripts/generate-entities.py --check    # exit 1 when the generated file is out of date

Sources: Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json; installed with apt-get when missing)
and the hand-kept files in Scripts/entities/:
  canonical.tsv    alpha-3 code -> canonical spelling, where it differs from ISO's short (or common) name
  aliases.tsv      canonical -> more names (short forms, older names, abbreviations on an allow-list)
  demonyms.tsv     canonical -> adjectives ("georgian")
  capitalised.txt  phrases that name a country only when written with a capital ("Turkey", "Chad")
  regions.tsv      regions and groupings: canonical, region or world, phrase

Phrases are written the way the phrase table reads them: lower case, words split on spaces, hyphens and
apostrophes; a phrase whose first letter is a capital matches only a capitalised word. ISO's two- and
three-letter codes are never phrases ("in", "it", "to", "us" are English words).
"""
import json
import os
import shutil
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Scripts", "entities")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
OUTPUT = os.path.join(ROOT, "Sources", "Extraction", "Rules", "Countries.generated.swift")


def ensure_iso_codes():
    """Installs Debian's iso-codes when its JSON is missing."""
    if os.path.exists(ISO_JSON):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if sudo and not shutil.which("sudo"):
        sys.exit(f"{ISO_JSON} is missing and there is no sudo to install iso-codes")
    subprocess.run(sudo + ["apt-get", "update"], check=True)
    subprocess.run(sudo + ["apt-get", "install", "-y", "iso-codes"], check=True)


def iso_codes_version():
    """The installed iso-codes package version, as dpkg knows it."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def rows(name):
    """The tab-separated rows of a data file, comments and blank lines left out."""
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield n, line.split("\t")


def phrase(text):
    """A name as the phrase table reads it, or None when it cannot be matched (dots, commas, brackets)."""
    text = text.replace("\u2019", "'").strip()
    if "(" in text:  # "Holy See (Vatican City State)" -> "Holy See"
        text = text[: text.index("(")].strip()
    if "," in text:  # "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" -> "British Virgin Islands"
        head, _, tail = text.partition(",")
        tail = tail.strip()
        if tail.lower().endswith((" of", " of the")) or " " not in tail:
            text = f"{tail} {head}"
        else:
            return None
    text = " ".join(text.lower().split())
    if text.startswith("the "):
        text = text[4:]
    if any(c in text for c in ".,()/&"):
        return None
    return text or None


def ascii_folded(text):
    """`text` without accents ("türkiye" -> "turkiye"): texts write both."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def swift_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def swift_list(items):
    return "[" + ", ".join(swift_string(s) for s in items) + "]"


def build():
    ensure_iso_codes()
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    canonical_by_code = {cols[0]: cols[1] for _, cols in rows("canonical.tsv")}
    capitalised = {cols[0] for _, cols in rows("capitalised.txt")}

    countries = {}  # canonical -> {"names": [...], "adjectives": [...]}, in ISO order
    for entry in sorted(iso, key=lambda e: e["alpha_3"]):
        canonical = canonical_by_code.get(entry["alpha_3"]) or entry.get("common_name") or entry["name"]
        if canonical in countries:
            sys.exit(f"two ISO entries have the canonical spelling {canonical}")
        names = [canonical] + [entry[k] for k in ("common_name", "name", "official_name") if k in entry]
        countries[canonical] = {"names": names, "adjectives": []}

    for n, cols in rows("aliases.tsv"):
        if cols[0] not in countries:
            sys.exit(f"aliases.tsv:{n}: no country is spelled {cols[0]}")
        countries[cols[0]]["names"].append(cols[1])
    for n, cols in rows("demonyms.tsv"):
        if cols[0] not in countries:
            sys.exit(f"demonyms.tsv:{n}: no country is spelled {cols[0]}")
        countries[cols[0]]["adjectives"].append(cols[1])

    owner = {}  # phrase -> canonical, so that no phrase names two things

    def claim(p, canonical, where):
        key = p.lower()
        if owner.setdefault(key, canonical) != canonical:
            sys.exit(f"{where}: the phrase '{key}' names both {owner[key]} and {canonical}")

    def spelled(p):
        return p[0].upper() + p[1:] if p in capitalised else p

    def phrases_of(texts, canonical, where):
        out = []
        for text in texts:
            p = phrase(text)
            if p is None:
                continue
            for variant in (p, ascii_folded(p)):
                if len(variant.replace(" ", "")) < 2 or spelled(variant) in out:
                    continue
                claim(variant, canonical, where)
                out.append(spelled(variant))
        return out

    records = []
    for canonical, c in countries.items():
        names = phrases_of(c["names"], canonical, canonical)
        adjectives = [a for a in phrases_of(c["adjectives"], canonical, canonical) if a not in names]
        records.append((canonical, names, adjectives))

    regions = {}  # canonical -> (category, [phrase])
    for n, cols in rows("regions.tsv"):
        canonical, category, text = cols
        if category not in ("region", "world"):
            sys.exit(f"regions.tsv:{n}: category must be region or world, not {category}")
        if canonical in countries:
            sys.exit(f"regions.tsv:{n}: {canonical} is a country")
        p = phrase(text)
        if p is None or p != text:
            sys.exit(f"regions.tsv:{n}: write the phrase as the table reads it (lower case, no 'the' first): {text}")
        claim(p, canonical, f"regions.tsv:{n}")
        regions.setdefault(canonical, (category, []))[1].append(p)
    return records, regions


def render(records, regions):
    version = iso_codes_version()
    out = [
        "// GENERATED FILE: do not edit by hand.",
        "// Written by Scripts/generate-entities.py from Debian iso-codes " + version + " (" + ISO_JSON + ")",
        "// and the hand-kept data in Scripts/entities/ (canonical.tsv, aliases.tsv, demonyms.tsv, capitalised.txt,",
        "// regions.tsv). To change a name, edit those files and run `python3 Scripts/generate-entities.py`.",
        "",
        "extension Entities {",
        f"    /// The {len(records)} countries of ISO 3166-1: canonical spelling, the phrases naming it, its adjectives.",
        "    static let countryRecords: [CountryRecord] = [",
    ]
    for canonical, names, adjectives in records:
        out.append(f"        CountryRecord({swift_string(canonical)}, names: {swift_list(names)}, "
                   f"adjectives: {swift_list(adjectives)}),")
    out += [
        "    ]",
        "",
        "    /// Regions and groupings as institutions name them, and the world.",
        "    static let regionRecords: [RegionRecord] = [",
    ]
    for canonical, (category, phrases) in regions.items():
        out.append(f"        RegionRecord({swift_string(canonical)}, world: {'true' if category == 'world' else 'false'}, "
                   f"names: {swift_list(phrases)}),")
    out += ["    ]", "}", ""]
    return "\n".join(out)


def main():
    text = render(*build())
    if "--check" in sys.argv[1:]:
        current = open(OUTPUT, encoding="utf-8").read() if os.path.exists(OUTPUT) else ""
        if current != text:
            sys.exit(f"{os.path.relpath(OUTPUT, ROOT)} is out of date: run python3 Scripts/generate-entities.py")
        return
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}")


if __name__ == "__main__":
    main()
