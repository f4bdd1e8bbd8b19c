#!/usr/bin/env python3
"""Turns a full-schema set labelled by value (each personal or sensitive finding names the exact substring it covers)
into the labelled-set format with UTF-16 offsets, as the engine reports them.

    python3 build_full_schema_set.py SOURCE.values.jsonl OUT.jsonl

A value met more than once is taken at its next occurrence, so repeated values are labelled in order. A value that does
not occur in its text stops the build with the comment id."""
import json
import sys


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def locate(comment, items, key):
    text, seen, out = comment["text"], {}, []
    for item in items:
        value = item["value"]
        index = text.find(value, seen.get(value, 0))
        if not value or index < 0:
            sys.exit(f"{comment['id']}: value {value!r} does not occur in the text")
        seen[value] = index + 1
        found = {key: item[key]}
        if "subject" in item:
            found["subject"] = item["subject"]
        found["start"], found["end"] = utf16(text, index), utf16(text, index + len(value))
        out.append(found)
    return out


def main(source, target):
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            if not line.strip():
                continue
            c = json.loads(line)
            labelled = {
                "id": c["id"], "text": c["text"], "language": c["language"], "action": c["action"],
                "rules": c.get("rules", []), "threat": c.get("threat"),
                "personalData": locate(c, c.get("personalData", []), "type"),
                "sensitiveData": locate(c, c.get("sensitiveData", []), "category"),
            }
            out.write(json.dumps(labelled, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
