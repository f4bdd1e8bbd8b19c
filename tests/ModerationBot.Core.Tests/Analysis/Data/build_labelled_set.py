"""Builds labelled-comments.jsonl and labelled-comments-holdout.jsonl from comments_source.py.

Offsets are computed here (UTF-16 code units, end exclusive), never by hand; check digits of identity
numbers, cards and IBANs are computed so that every marked value is valid. Every fourth comment goes to
the held-out file, which is not looked at while tuning.
"""
import json, re, os
from comments_source import C

def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)

def iban_check(country, bban):
    rearranged = bban + ''.join(str(ord(c) - 55) for c in country) + '00'
    return '%02d' % (98 - int(rearranged) % 97)

TYPES = {'pnr': 'personal_identity_number', 'pnr12': 'personal_identity_number', 'snr': 'coordination_number',
         'phone': 'phone_number', 'email': 'email', 'iban': 'iban', 'plate': 'license_plate', 'addr': 'street_address'}

def complete(kind, value):
    if kind in ('pnr', 'snr'):
        digits = re.sub(r'\D', '', value)
        return value + luhn_digit(digits)
    if kind == 'pnr12':
        digits = re.sub(r'\D', '', value)[2:]
        return value + luhn_digit(digits)
    if kind == 'iban':
        bban = value[4:].replace(' ', '')
        full = 'SE' + iban_check('SE', bban) + bban
        return ' '.join(full[i:i + 4] for i in range(0, len(full), 4))
    return value

def utf16_len(s):
    return len(s.encode('utf-16-le')) // 2

def build(index, row):
    lang, action, rules, threat, sensitive, marked = row
    text, spans, pos = '', [], 0
    for m in re.finditer(r'\{(\w+):([^}]*)\}', marked):
        text += marked[pos:m.start()]
        value = complete(m.group(1), m.group(2))
        start = utf16_len(text)
        text += value
        spans.append({'type': TYPES[m.group(1)], 'start': start, 'end': start + utf16_len(value)})
        pos = m.end()
    text += marked[pos:]
    return {
        'id': 'c%03d' % (index + 1), 'text': text, 'language': lang, 'action': action,
        'rules': [r for r in rules.split(',') if r],
        'threat': None if not threat else dict(zip(('severity', 'target'), threat.split('/'))),
        'personalData': spans,
        'sensitiveData': [dict(zip(('category', 'subject'), s.split('/'))) for s in (sensitive or '').split(',') if s],
    }

here = os.path.dirname(os.path.abspath(__file__))
rows = [build(i, r) for i, r in enumerate(C)]
with open(os.path.join(here, 'labelled-comments.jsonl'), 'w', encoding='utf-8') as main, \
        open(os.path.join(here, 'labelled-comments-holdout.jsonl'), 'w', encoding='utf-8') as holdout:
    for i, r in enumerate(rows):
        (holdout if i % 4 == 2 else main).write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'comments')
