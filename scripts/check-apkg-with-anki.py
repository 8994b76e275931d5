#!/usr/bin/env python3
"""Opens an .apkg the way Anki does and says what Anki would refuse, change or report.

    python3 scripts/check-apkg-with-anki.py FILE.apkg [--notes N] [--subdecks N] [--media N]

Make the packages with `npx tsx --conditions=react-server scripts/export-apkg-samples.ts`.
Not part of `npm test`: CI has no Anki. Exit 0 when Anki would take the package as it is, 1 when not.

Two modes, chosen by what is installed:

1. Real Anki (`pip install anki`, Anki's own collection library with its Rust backend): a fresh
   collection in a temp folder imports the package with Anki's importer (the backend's
   import_anki_package), then runs Anki's "Check Database" (col.fix_integrity()) and prints its
   words, then lists what the collection holds.

2. Without it (this machine reaches no PyPI, so this is what ran here): the same steps re-done from
   Anki's source (ankitects/anki, rslib), stdlib only. The package layout and media map
   (import_export/package/meta.rs, media.rs: legacy names are normalised, so a name Anki changes is a
   picture its notes lose), the schema (storage/schema11.sql), the JSON the schema 11 -> 18 upgrade
   deserialises (decks/schema11.rs, notetype/schema11.rs, deckconfig/schema11.rs: serde fields
   without a default are required), deck names (unique ignoring case, decks table `collate unicase`),
   each note as prepare_for_update leaves it (field count, control characters, NFC, sort field and
   checksum with text.rs's regexes), and what dbcheck.rs would fix (cards without note, deck or
   template, new-card positions, ids in the future). This is a reading of Anki's rules, not Anki.
"""
import argparse
import hashlib
import html
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
import unicodedata
import zipfile

# rslib/src/text.rs
MEDIA_TAG = re.compile(
    r"""<\b(?:img|audio|video|object|source)\b(?:[^>]|"[^"]+?"|'[^']+?')+?\b(?:src|data)\b="""
    r"""(?:"([^"]+?)"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)(?:\x20[^>]*>|>))""",
    re.S | re.I,
)
HTML = re.compile(r"(<!--.*?-->)|(<style.*?>.*?</style>)|(<script.*?>.*?</script>)|(<.*?>)", re.S | re.I)
SOUND = re.compile(r"\[sound:(.+?)\]", re.S)
INVALID_FIELD_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # notes/mod.rs invalid_char_for_field
# media/files.rs normalize_filename
DISALLOWED = re.compile(r'[\[\]<>:"/?*^\\|\x00-\x1f\x7f]')
WINDOWS_DEVICE = re.compile(r"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\.|$)", re.I)

SCHEMA11 = {  # storage/schema11.sql
    "col": "id crt mod scm ver dty usn ls conf models decks dconf tags",
    "notes": "id guid mid mod usn tags flds sfld csum flags data",
    "cards": "id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data",
    "revlog": "id cid usn ease ivl lastIvl factor time type",
    "graves": "usn oid type",
}
# serde fields without a default, per struct (the schema 11 -> 18 upgrade fails without them)
REQUIRED = {
    "deck": "id name usn lrnToday revToday newToday timeToday collapsed dyn conf",
    "notetype": "id name type mod usn sortf did tmpls flds css",
    "field": "name ord sticky rtl font size",
    "template": "name ord qfmt",
    "dconf": "id mod name usn maxTaken autoplay timer new rev lapse",
    "dconf.new": "delays initialFactor ints order perDay",
    "dconf.rev": "ease4 ivlFct maxIvl perDay",
    "dconf.lapse": "delays leechAction leechFails minInt mult",
}


def decode_entities(text):
    if "&" not in text:
        return text
    return html.unescape(text).replace("\xa0", " ")


def strip_html_media(text):
    named = MEDIA_TAG.sub(lambda m: " %s " % (m.group(1) or m.group(2) or m.group(3)), text)
    return decode_entities(HTML.sub("", named))


def field_checksum(stripped):
    return int(hashlib.sha1(stripped.encode("utf-8")).hexdigest()[:8], 16)


def normalize_filename(name):
    out = unicodedata.normalize("NFC", name)
    out = DISALLOWED.sub("", out).replace("\xa0", " ")
    out = "".join(c for c in out if unicodedata.category(c) != "Cn")
    out = WINDOWS_DEVICE.sub(r"\1_\2", out)
    if out.endswith((" ", ".")):
        out += "_"
    if len(out.encode()) > 120:
        return None  # truncated by Anki; not worth re-doing here, reported as a rename
    return out


def media_refs(text):
    refs = [decode_entities(m.group(1) or m.group(2) or m.group(3)) for m in MEDIA_TAG.finditer(text)]
    return refs + [decode_entities(m.group(1)) for m in SOUND.finditer(text)]


def missing(obj, keys):
    return [k for k in REQUIRED[keys].split() if k not in obj]


def check_source_rules(path, problems, fixes):
    """Anki's import path re-done from its source; returns what the package holds."""
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    if "meta" in names:
        problems.append("has a `meta` entry: the newer (zstd) layout, which this reading does not cover")
        return None
    coll = "collection.anki21" if "collection.anki21" in names else "collection.anki2"
    if coll not in names:
        problems.append("no collection.anki2 in the zip: Anki says the file is not a valid .apkg")
        return None
    media = json.loads(z.read("media")) if "media" in names else {}
    media_names = {}
    for key, name in media.items():
        if not key.isdigit():
            problems.append("media map key %r is not a number (Anki fails to parse the map)" % key)
        if key not in names:
            problems.append("media %r: zip entry %s is missing (Anki: '%s missing from archive')" % (name, key, key))
        if normalize_filename(name) != name:
            problems.append("media %r: Anki stores it as %r but the notes keep the old name" % (name, normalize_filename(name)))
        media_names[name] = len(z.read(key)) if key in names else 0

    tmp = tempfile.NamedTemporaryFile(suffix=".anki2", delete=False)
    tmp.write(z.read(coll))
    tmp.close()
    db = sqlite3.connect(tmp.name)
    try:
        quick = db.execute("pragma quick_check").fetchone()[0]
        if quick != "ok":
            problems.append("sqlite quick_check: %s (Anki: collection is corrupt)" % quick)
        for table, cols in SCHEMA11.items():
            have = [r[1] for r in db.execute("pragma table_info(%s)" % table)]
            if have != cols.split():
                problems.append("table %s has columns %s, Anki's schema11.sql has %s" % (table, have, cols.split()))
        rows = db.execute("select ver, conf, models, decks, dconf, tags from col").fetchall()
        if len(rows) != 1:
            problems.append("col has %d rows, Anki reads one" % len(rows))
            return None
        ver, conf, models, decks, dconf, tags = rows[0]
        if not 11 <= ver <= 18:
            problems.append("col.ver %s is outside Anki's 11..18" % ver)
        conf, models, decks, dconf = (json.loads(x) for x in (conf, models, decks, dconf))
        if not all(isinstance(v, int) for v in json.loads(tags).values()):
            problems.append("col.tags is not a name -> usn map")
        if not isinstance(conf, dict):
            problems.append("col.conf is not a JSON object")
        for did, d in decks.items():
            for k in missing(d, "deck"):
                problems.append("deck %s lacks %r (decoding decks fails)" % (did, k))
            if str(d.get("id")) != did:
                problems.append("deck key %s holds id %s" % (did, d.get("id")))
        for cid, c in dconf.items():
            for part in ("dconf", "dconf.new", "dconf.rev", "dconf.lapse"):
                obj = c if part == "dconf" else c.get(part.split(".")[1], {})
                for k in missing(obj, part):
                    problems.append("deck options %s lack %s.%s" % (cid, part, k))
        for mid, m in models.items():
            for k in missing(m, "notetype"):
                problems.append("note type %s lacks %r" % (mid, k))
            for f in m.get("flds", []):
                problems += ["field %r lacks %r" % (f.get("name"), k) for k in missing(f, "field")]
            for t in m.get("tmpls", []):
                problems += ["template %r lacks %r" % (t.get("name"), k) for k in missing(t, "template")]
                fields = {f["name"] for f in m.get("flds", [])} | {"FrontSide", "Tags", "Deck", "Subdeck", "Type", "Card", "CardFlag"}
                for ref in re.findall(r"{{([^}]+)}}", t.get("qfmt", "") + t.get("afmt", "")):
                    name = ref.lstrip("#^/").split(":")[-1].strip()
                    if name not in fields:
                        problems.append("template %r refers to a field %r the note type lacks" % (t["name"], name))
        seen = {}
        for d in decks.values():
            parts = [unicodedata.normalize("NFC", p).strip() or "blank" for p in d["name"].split("::")]
            key = "\x1f".join(parts).casefold()
            if key in seen:
                fixes.append("decks %r and %r share a name ignoring case: Anki renames one with a '_'" % (seen[key], d["name"]))
            seen[key] = d["name"]

        now_ms = int(time.time() * 1000)
        notes = db.execute("select id, guid, mid, flds, sfld, csum, tags from notes").fetchall()
        guids = [n[1] for n in notes]
        if len(set(guids)) != len(guids):
            problems.append("guids repeat: Anki keeps one note per guid")
        refs = set()
        for nid, guid, mid, flds, sfld, csum, ntags in notes:
            m = models.get(str(mid))
            if m is None:
                problems.append("note %s: note type %s missing (Check Database makes a recovery type)" % (nid, mid))
                continue
            fields = flds.split("\x1f")
            if len(fields) != len(m.get("flds", [])):
                problems.append("note %s has %d fields, its type %d (Anki: 'note has %d fields, expected %d')" % (nid, len(fields), len(m.get("flds", [])), len(fields), len(m.get("flds", []))))
            kept = [unicodedata.normalize("NFC", INVALID_FIELD_CHAR.sub("", f)) for f in fields]
            if kept != fields:
                fixes.append("note %s: Anki removes control characters or NFC-normalises its fields" % nid)
            first = strip_html_media(kept[0])
            sort = first if m.get("sortf", 0) == 0 else strip_html_media(kept[m.get("sortf", 0)] if m.get("sortf", 0) < len(kept) else "")
            if str(sfld) != sort:
                fixes.append("note %s: sfld %r, Anki computes %r" % (nid, sfld, sort))
            if csum != field_checksum(first):
                fixes.append("note %s: csum %s, Anki computes %s" % (nid, csum, field_checksum(first)))
            if nid > now_ms + 86_400_000:
                fixes.append("note %s: id in the future (Check Database renumbers it)" % nid)
            for f in kept:
                refs.update(media_refs(f))
        for ref in sorted(refs - set(media_names)):
            problems.append("a note shows %r, which is not in the package's media (Check Media: missing)" % ref)

        nids = {n[0] for n in notes}
        for cid, nid, did, ord_, ctype, queue, due, odid in db.execute("select id, nid, did, ord, type, queue, due, odid from cards"):
            if nid not in nids:
                fixes.append("card %s has no note (Check Database deletes it)" % cid)
            d = decks.get(str(did))
            if d is None:
                fixes.append("card %s: deck %s missing (Check Database recreates it)" % (cid, did))
            elif d.get("dyn"):
                problems.append("card %s sits in a filtered deck" % cid)
            note = next((n for n in notes if n[0] == nid), None)
            if note and ord_ >= len(models.get(str(note[2]), {}).get("tmpls", [])):
                fixes.append("card %s: template %s missing (Check Database deletes it)" % (cid, ord_))
            if ctype == 0 and (queue != 0 or due > 1_000_000 or odid):
                fixes.append("card %s: new card with queue %s, due %s (Check Database resets it)" % (cid, queue, due))
            if cid > now_ms + 86_400_000:
                fixes.append("card %s: id in the future (Check Database renumbers it)" % cid)

        cards = db.execute("select c.did, count(*) from cards c group by c.did").fetchall()
        used = sorted(decks[str(did)]["name"] for did, _n in cards if str(did) in decks)
        m = next(iter(models.values()), {})
        sample = notes[0][3].split("\x1f") if notes else []
        return {
            "layout": "legacy (%s, JSON media map)" % coll,
            "notes": len(notes),
            "cards": db.execute("select count(*) from cards").fetchone()[0],
            "decks": used,
            "notetype": "%s (%s), fields %s, templates %s" % (m.get("name"), "standard" if m.get("type") == 0 else "cloze", [f["name"] for f in m.get("flds", [])], [t["name"] for t in m.get("tmpls", [])]),
            "code_notes": sum(1 for n in notes if "<pre" in n[3]),
            "media": media_names,
            "referenced": sorted(refs),
            "sample": sample,
        }
    finally:
        db.close()
        os.unlink(tmp.name)


def check_real_anki(anki_path):
    """Anki's own importer and Check Database, when `pip install anki` worked."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    folder = tempfile.mkdtemp(prefix="anki-check-")
    col = Collection(os.path.join(folder, "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=os.path.abspath(anki_path), options=ImportAnkiPackageOptions(with_scheduling=True)))
        message, ok = col.fix_integrity()
        print("Anki's Check Database: %s (ok=%s)" % (message.strip(), ok))
        nids = col.find_notes("")
        media_dir = col.media.dir()
        refs = sorted({r for nid in nids for f in col.get_note(nid).fields for r in media_refs(f)})
        first = col.get_note(nids[0]) if nids else None
        return {
            "layout": "imported by Anki %s" % __import__("anki.buildinfo").buildinfo.version,
            "notes": len(nids),
            "cards": col.card_count(),
            "decks": sorted(d.name for d in col.decks.all_names_and_ids() if d.name != "Default"),
            "notetype": "%s, fields %s" % (first.note_type()["name"], list(first.keys())) if first else "none",
            "code_notes": sum(1 for nid in nids if "<pre" in col.get_note(nid).fields[1]),
            "media": {n: os.path.getsize(os.path.join(media_dir, n)) for n in os.listdir(media_dir)},
            "referenced": refs,
            "sample": first.fields if first else [],
            "integrity_ok": ok,
        }
    finally:
        col.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("apkg")
    ap.add_argument("--notes", type=int, help="expected note (and card) count")
    ap.add_argument("--subdecks", type=int, help="expected number of subdecks (topics)")
    ap.add_argument("--media", type=int, help="expected number of media files")
    args = ap.parse_args()
    problems, fixes = [], []
    try:
        import anki  # noqa: F401

        print("mode: real Anki (pip package `anki`)")
        held = check_real_anki(args.apkg)
        if not held.pop("integrity_ok"):
            problems.append("Check Database did not pass")
    except ImportError:
        print("mode: Anki's rules read from its source (no `anki` Python package here)")
        held = check_source_rules(args.apkg, problems, fixes)
    if held:
        for key in ("layout", "notes", "cards", "notetype", "code_notes"):
            print("%s: %s" % (key, held[key]))
        print("decks with cards (%d):\n  %s" % (len(held["decks"]), "\n  ".join(held["decks"])))
        print("media in package: %s" % json.dumps(held["media"], ensure_ascii=False))
        print("media the notes show: %s" % json.dumps(held["referenced"], ensure_ascii=False))
        front, back = (held["sample"] + ["", ""])[:2]
        print("first note's fields:\n  front: %r\n  back (%d chars): %r..." % (front, len(back), back[:240]))
        if held["notes"] != held["cards"]:
            problems.append("%d notes but %d cards (Basic: one card a note)" % (held["notes"], held["cards"]))
        if args.notes is not None and held["notes"] != args.notes:
            problems.append("expected %d notes, found %d" % (args.notes, held["notes"]))
        if args.subdecks is not None and len([d for d in held["decks"] if "::" in d]) != args.subdecks:
            problems.append("expected %d subdecks with cards, found %s" % (args.subdecks, held["decks"]))
        if args.media is not None and len(held["media"]) != args.media:
            problems.append("expected %d media files, found %d" % (args.media, len(held["media"])))
        for ref in held["referenced"]:
            if ref not in held["media"]:
                problems.append("picture %r is shown by a note but absent" % ref)
    print("Check Database would fix: %s" % ("nothing" if not fixes else "\n  " + "\n  ".join(fixes[:20])))
    print("problems: %s" % ("none" if not problems else "\n  " + "\n  ".join(problems[:40])))
    return 1 if problems or fixes else 0


if __name__ == "__main__":
    sys.exit(main())
