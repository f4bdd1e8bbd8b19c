"""Builds threat-challenge.jsonl (tuning) and threat-challenge-holdout.jsonl (never tuned on).

Input lines are `T|lang|text` or `T:severity:target|lang|text` (a threat by the writer; the long form labels
severity and target by hand instead of from the word lists below) or `N|lang|text` (not a threat: idiom, heated criticism,
legal step, sports or news talk, report of someone else's words). Only threat detection is measured on these
sets, so the other fields carry the policy's default reading: threats escalate, the rest get a reply or review.
"""
import json, os, sys

STAFF = ('handläggar', 'socialsekreterar', 'rektor', 'tjänsteman', 'chef', 'ordförand', 'politiker', 'nämnd',
         'personal', 'officer', 'councillor', 'social worker', 'mayor', 'staff', 'town hall', 'socialtjänst')
PROPERTY = ('kommunhuset', 'kontoret', 'office', 'windows', 'bilen')
VAGUE = ('ångra', 'sorry', 'hända er något', 'pay for this')

def row(index, prefix, line):
    label, lang, text = line.split('|', 2)
    lower = text.lower()
    threat = None
    if label.startswith('T:'):
        _, severity, target = label.split(':')
        threat = {'severity': severity, 'target': target}
    elif label == 'T':
        target = 'organisation' if any(w in lower for w in PROPERTY) and not any(w in lower for w in STAFF[:9]) \
            else 'staff' if any(w in lower for w in STAFF) else 'person'
        threat = {'severity': 'medium' if any(w in lower for w in VAGUE) else 'high', 'target': target}
    return {'id': '%s%03d' % (prefix, index + 1), 'text': text, 'language': lang,
            'action': 'escalate' if threat else 'reply', 'rules': ['threat'] if threat else [],
            'threat': threat, 'personalData': [], 'sensitiveData': []}

def build(source_lines, prefix, out):
    lines = [l.rstrip('\n') for l in source_lines if l.strip()]
    with open(out, 'w', encoding='utf-8') as f:
        for i, line in enumerate(lines):
            f.write(json.dumps(row(i, prefix, line), ensure_ascii=False) + '\n')

if __name__ == '__main__':
    # usage: build_threat_challenge.py PREFIX OUT.jsonl SOURCE...
    prefix, out, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    lines = []
    for s in sources:
        lines += open(s, encoding='utf-8').readlines()
    build(lines, prefix, out)
