#!/usr/bin/env python3
"""Measures `mockround bank match` against the labelled answers: precision and recall of the
key points it finds, per split. Exits non-zero when the test split misses the targets.

usage: evaluate.py MOCKROUND_BIN [--split tune|test|all] [--verbose]"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys

import yaml

TARGET_PRECISION, TARGET_RECALL = 0.85, 0.60
HERE = os.path.dirname(os.path.abspath(__file__))


def matched(binary, qid, answer):
    result = subprocess.run([binary, 'bank', 'match', qid, '-', '--json'], input=answer,
                            capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout)['covered'])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary')
    parser.add_argument('--split', default='test', choices=['tune', 'test', 'all'])
    parser.add_argument('--verbose', action='store_true')
    args = parser.parse_args()
    with open(os.path.join(HERE, 'answers.yaml'), encoding='utf-8') as f:
        answers = yaml.safe_load(f)['answers']
    chosen = [a for a in answers if args.split == 'all' or a['split'] == args.split]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        found_sets = list(pool.map(lambda a: matched(args.binary, a['id'], a['answer']), chosen))
    counts = collections.Counter()
    by_letter = collections.defaultdict(collections.Counter)
    for a, found in zip(chosen, found_sets):
        truth = set(a.get('covers') or [])
        for letter in truth | found:
            kind = 'tp' if letter in truth and letter in found else 'fp' if letter in found else 'fn'
            counts[kind] += 1
            by_letter[letter][kind] += 1
        if args.verbose and truth != found:
            print(f"{a['id']}: labelled {sorted(truth)} matched {sorted(found)}  {a.get('note', '')}")

    def ratios(c):
        precision = c['tp'] / (c['tp'] + c['fp']) if c['tp'] + c['fp'] else 1.0
        recall = c['tp'] / (c['tp'] + c['fn']) if c['tp'] + c['fn'] else 1.0
        return precision, recall

    for letter in sorted(by_letter):
        p, r = ratios(by_letter[letter])
        print(f'key point {letter}: precision {p:.2f} recall {r:.2f} ({dict(by_letter[letter])})')
    precision, recall = ratios(counts)
    print(f'{args.split}: precision {precision:.3f} recall {recall:.3f} '
          f"(tp {counts['tp']}, fp {counts['fp']}, fn {counts['fn']})")
    if args.split == 'test' and (precision < TARGET_PRECISION or recall < TARGET_RECALL):
        print(f'below the targets: precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}',
              file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
