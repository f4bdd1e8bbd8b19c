#!/usr/bin/env python3
"""Scores the check's output on a full-schema set with the figures FullSchemaSetTests asserts: structured personal data
(identity and coordination numbers, phone, email, IBAN, plates) span precision and recall, threat precision and recall,
sensitive category-with-subject F1 and action agreement.

    dotnet artifacts/bin/ModerationBot.Cli/debug/ModerationBot.Cli.dll check SET.jsonl --format jsonl > PRED.jsonl
    python3 score_full_schema.py SET.jsonl PRED.jsonl [-v]

-v also lists every comment whose output differs from its labels."""
import json
import sys

STRUCTURED = {"personal_identity_number", "coordination_number", "phone_number", "email", "iban", "license_plate"}


def ratios(found, expected, reported):
    precision = found / reported if reported else 1.0
    recall = found / expected if expected else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def main(gold_path, predicted_path, verbose):
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    predicted = {p["id"]: p for p in (json.loads(line) for line in open(predicted_path, encoding="utf-8") if line.strip())}
    counts = {kind: [0, 0, 0] for kind in ("personal", "threat", "sensitive")}
    agreements, misses = 0, []

    def add(kind, expected, actual):
        counts[kind][0] += len(expected & actual)
        counts[kind][1] += len(expected)
        counts[kind][2] += len(actual)

    for comment in gold:
        result = predicted[comment["id"]]
        excerpt = comment["text"][:150]
        expected = {(p["type"], p["start"], p["end"]) for p in comment["personalData"] if p["type"] in STRUCTURED}
        actual = {(p["type"], p["start"], p["end"]) for p in result["personalData"] if p["type"] in STRUCTURED}
        add("personal", expected, actual)
        if expected != actual:
            misses.append(f"{comment['id']} personal data expected {sorted(expected)} got {sorted(actual)}")
        expected_threat, actual_threat = comment["threat"] is not None, result["threat"] is not None
        add("threat", {1} if expected_threat else set(), {1} if actual_threat else set())
        if expected_threat != actual_threat:
            misses.append(f"{comment['id']} threat expected {expected_threat} got {actual_threat}: {excerpt}")
        expected = {(s["category"], s["subject"]) for s in comment["sensitiveData"]}
        actual = {(s["category"], s["subject"]) for s in result["sensitiveData"]}
        add("sensitive", expected, actual)
        if expected != actual:
            misses.append(f"{comment['id']} sensitive expected {sorted(expected)} got {sorted(actual)}: {excerpt}")
        if result["action"] == comment["action"]:
            agreements += 1
        else:
            misses.append(f"{comment['id']} action expected {comment['action']} got {result['action']} rules {result['rules']}: {excerpt}")

    personal, threat, sensitive = (ratios(*counts[k]) for k in ("personal", "threat", "sensitive"))
    print(f"personal data P={personal[0]:.3f} R={personal[1]:.3f}; threat P={threat[0]:.3f} R={threat[1]:.3f} "
          f"({counts['threat'][0]}/{counts['threat'][1]}, {counts['threat'][2]} flagged); sensitive F1={sensitive[2]:.3f} "
          f"(P={sensitive[0]:.3f} R={sensitive[1]:.3f}); action {agreements / len(gold):.3f} ({agreements}/{len(gold)})")
    if verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], "-v" in sys.argv[3:])
