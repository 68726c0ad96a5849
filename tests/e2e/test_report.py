"""The HTML report in a real browser (headless Chromium): it loads from file://, draws something,
and the numbers in its DOM equal `stats --json`, `stats --by kind --json` and `weak --json`; no
network reference, every text escaped. And `stats --coverage` in the terminal."""
import glob
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import zlib

import yaml

from harness import MockroundCase

TZ = 'Europe/Berlin'
# Line mode: a typed answer with markup in it, then answer, score, ... as the round asks.
SESSIONS = [(3, '> <script>alert("x")</script> & \'q\'\n\n3\n\n2\nskip\n'),
            (5, '\n4\n\n0\n\n1\n'), (8, '\n1\nskip\n\n4\n')]
CHROMIUM = shutil.which('chromium') or shutil.which('chromium-browser')


def png_pixels(path, rows):
    """The first `rows` rows of an 8-bit RGB or RGBA PNG, unfiltered: a list of bytes rows."""
    with open(path, 'rb') as f:
        data = f.read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    at, idat = 8, b''
    while at < len(data):
        length, kind = struct.unpack('>I4s', data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour = struct.unpack('>IIBB', body[:10])
        elif kind == b'IDAT':
            idat += body
        at += 12 + length
    assert depth == 8 and colour in (2, 6), (depth, colour)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompressobj().decompress(idat, (width * bpp + 1) * rows)
    stride, previous, out = width * bpp, bytearray(width * bpp), []
    for r in range(min(rows, height)):
        kind, line = raw[r * (stride + 1)], bytearray(raw[r * (stride + 1) + 1:(r + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        out.append(bytes(line))
        previous = line
    return out, bpp


class Marked(html.parser.HTMLParser):
    """Every <data data-k=KEY value=VALUE> of a page."""
    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == 'data' and 'data-k' in attrs:
            self.values[attrs['data-k']] = attrs.get('value', '')


def as_text(value):
    """A JSON number as the page marks it: '' for null."""
    return '' if value is None else value


class ReportCase(MockroundCase):
    def setUp(self):
        super().setUp()
        self.env['TZ'] = TZ
        self.env['LANG'] = 'C.UTF-8'
        self.rounds_dir = os.path.join(self.home, 'data', 'mockround', 'rounds')

    def build_history(self):
        for seed, keys in SESSIONS:
            result = self.run_cli('run', '--questions', '3', '--budget', '30s', '--seed',
                                  str(seed), input=keys)
            self.assertEqual(result.returncode, 0, result.stderr)
        # An interviewer's score beside a self-score, two weeks back: calibration and weeks.
        path = sorted(glob.glob(os.path.join(self.rounds_dir, '*.yaml')))[0]
        with open(path, encoding='utf-8') as f:
            t = yaml.safe_load(f)
        t['id'] = '2026-01-02-0900-fresher'
        t['mode'] = 'interviewer'
        for key in ('started_at', 'ended_at'):
            t[key] = '2026-01-02T09:00:00+01:00'
        for q in t['questions']:
            q['asked_at'] = '2026-01-02T09:01:00+01:00'
        t['questions'][0].update(scored_by='interviewer', self_score=4, score=1, state='scored')
        with open(os.path.join(self.rounds_dir, t['id'] + '.yaml'), 'w', encoding='utf-8') as f:
            yaml.safe_dump(t, f, allow_unicode=True, sort_keys=False)

    def chromium(self, *args):
        self.assertIsNotNone(CHROMIUM, 'chromium is missing: scripts/install-deps installs it')
        profile = os.path.join(self.home, 'chromium')
        result = subprocess.run([CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu',
                                 '--hide-scrollbars', f'--user-data-dir={profile}', *args],
                                capture_output=True, text=True, timeout=60, env=self.env)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def report(self, *args):
        path = os.path.join(self.home, 'report.html')
        result = self.run_cli('report', '-o', path, *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(path, result.stdout)
        with open(path, encoding='utf-8') as f:
            return path, f.read()

    def expected_marks(self):
        stats, kinds, weak = (self.json_of('stats', '--json'),
                              self.json_of('stats', '--by', 'kind', '--json'),
                              self.json_of('weak', '--json'))
        want = {'rounds': stats['rounds'], 'streak': stats['streak']}
        numbers = ('asked', 'answers', 'skipped', 'mean_score', 'over_budget_share',
                   'mean_time_ratio')
        for n in numbers:
            want['overall.' + n] = stats['overall'][n]
        for prefix, doc in (('section.', stats), ('kind.', kinds)):
            for g in doc['groups']:
                for n in numbers:
                    want[f"{prefix}{g['key']}.{n}"] = g[n]
        for w in stats['weeks']:
            want[f"week.{w['week']}.answers"] = w['answers']
            want[f"week.{w['week']}.mean_score"] = w['mean_score']
        for day, count in stats['days'].items():
            want['day.' + day] = count
        for n, v in (stats['calibration'] or {}).items():
            want['calibration.' + n] = v
        for q in weak['questions']:
            for n in ('weakness', 'mean_score', 'attempts'):
                want[f"weak.question.{q['id']}.{n}"] = q[n]
        for t in weak['topics']:
            for n in ('weakness', 'attempts'):
                want[f"weak.topic.{t['section']}.{t['topic']}.{n}"] = t[n]
        return want

    def test_the_dom_in_a_browser_holds_the_numbers_of_stats_json(self):
        self.build_history()
        path, text = self.report()
        dom = self.chromium('--dump-dom', 'file://' + path)
        self.assertIn('mockround progress', dom)
        marked = Marked()
        marked.feed(dom)
        want = self.expected_marks()
        self.assertEqual(sorted(marked.values), sorted(want))
        for key, value in want.items():
            got = marked.values[key]
            if value is None:
                self.assertEqual(got, '', key)
            else:
                self.assertAlmostEqual(float(got), value, places=9, msg=key)
        self.assertIsNotNone(json.loads(self.run_cli('stats', '--json').stdout)['calibration'])

    def test_the_file_stands_alone_and_escapes_what_was_typed(self):
        self.build_history()
        _, text = self.report()
        self.assertNotRegex(text.lower(), r'https?:')
        self.assertNotIn('<script', text.lower().replace('&lt;script', ''))
        self.assertIn('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;', text)
        self.assertNotRegex(text, r'<(link|img|iframe|object|embed)\b')
        for chart in ('weeks', 'coverage', 'calendar', 'time', 'calibration'):
            part = text.split(f'<section id="{chart}">', 1)[1].split('</section>', 1)[0]
            self.assertIn('<svg', part, chart)
            self.assertIn('<details><summary>', part, chart)
        self.assertIn('prefers-color-scheme:dark', text)
        self.assertIn('@media print', text)

    def test_the_screenshot_is_not_blank(self):
        self.build_history()
        path, _ = self.report()
        shot = os.path.join(self.home, 'shot.png')
        self.chromium('--window-size=600,700', f'--screenshot={shot}', 'file://' + path)
        rows, bpp = png_pixels(shot, 700)
        colours = {row[i:i + 3] for row in rows for i in range(0, len(row), bpp)}
        # Text, cards and the coloured cells of the charts: far more than a blank page's one.
        self.assertGreater(len(colours), 20)

    def test_since_leaves_out_the_older_rounds_as_stats_does(self):
        self.build_history()
        _, text = self.report('--since', '2026-06-01')
        marks = Marked()
        marks.feed(text)
        since = self.json_of('stats', '--since', '2026-06-01', '--json')
        self.assertEqual(int(marks.values['rounds']), since['rounds'])
        self.assertEqual(since['rounds'], len(SESSIONS))  # the January round left out
        self.assertEqual(float(marks.values['overall.mean_score']), since['overall']['mean_score'])
        self.assertIn('Rounds matching --since 2026-06-01', text)
        self.assertError(self.run_cli('report', '--since', 'June'), 2, '--since')

    def test_an_empty_history_still_makes_a_report(self):
        _, text = self.report()
        self.assertIn('No rounds yet', text)
        self.assertIn('never asked', text)

    def test_open_hands_the_file_to_xdg_open(self):
        bin_dir = os.path.join(self.home, 'bin')
        log = os.path.join(self.home, 'opened')
        os.makedirs(bin_dir)
        with open(os.path.join(bin_dir, 'xdg-open'), 'w', encoding='utf-8') as f:
            f.write(f'#!/bin/sh\necho "$1" > {log}\n')
        os.chmod(os.path.join(bin_dir, 'xdg-open'), 0o755)
        self.env['PATH'] = bin_dir + ':' + self.env['PATH']
        path, _ = self.report('--open')
        with open(log, encoding='utf-8') as f:
            self.assertEqual(f.read().strip(), path)
        self.assertError(self.run_cli('report', '-o', '-', '--open'), 2, '--open')
        stdout = self.run_cli('report', '-o', '-')
        self.assertTrue(stdout.stdout.startswith('<!DOCTYPE html>'))

    def last_marks(self):
        """Each question's last outcome from the transcripts: '.', 'x' or its score."""
        last = {}
        for path in glob.glob(os.path.join(self.rounds_dir, '*.yaml')):
            with open(path, encoding='utf-8') as f:
                t = yaml.safe_load(f)
            for q in t['questions']:
                if q['state'] in ('scored', 'skipped'):
                    at = q.get('asked_at', t['started_at'])
                    if q['id'] not in last or at >= last[q['id']][0]:
                        last[q['id']] = (at, 'x' if q['state'] == 'skipped' else q['score'])
        return {k: v[1] for k, v in last.items()}

    @staticmethod
    def map_cells(text):
        """Section -> its glyphs, from the lines of a coverage map before its legend."""
        cells, section = {}, None
        for line in re.sub(r'\x1b\[[0-9;]*m', '', text).split('\n\n')[0].splitlines():
            m = re.match(r'(\S+)?\s+(?:\d+/\d+\s+)?(\S+)$', line)
            section = m.group(1) or section
            cells[section] = cells.get(section, '') + m.group(2)
        return cells

    def test_stats_coverage_draws_every_question_of_the_bank(self):
        self.build_history()
        by_section, last = {}, self.last_marks()
        for q in self.json_of('bank', 'list', '--json'):
            by_section.setdefault(q['section'], []).append(q['id'])
        for env, colour, glyphs in (({'LANG': 'C'}, 'never', '.x_-=*#'),
                                    ({'LANG': 'C.UTF-8'}, 'always', '·×▁▃▅▇█')):
            result = self.run_cli('--color', colour, 'stats', '--coverage', env=env)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual('\x1b[' in result.stdout, colour == 'always')
            self.assertEqual(result.stdout.isascii(), colour == 'never')
            glyph = dict(zip(['.', 'x', 0, 1, 2, 3, 4], glyphs))
            cells = self.map_cells(result.stdout)
            self.assertEqual(sorted(cells), sorted(by_section))
            for section, ids in by_section.items():
                self.assertEqual(cells[section], ''.join(glyph[last.get(i, '.')] for i in ids),
                                 section)
            self.assertIn(f'{len(last)} of {sum(map(len, by_section.values()))} questions asked',
                          result.stdout)
        data = self.json_of('stats', '--coverage', '--json')
        self.assertEqual([s['id'] for s in data['sections']], list(by_section))
        names = {'.': 'never asked', 'x': 'skipped', **{n: f'score {n}' for n in range(5)}}
        for s in data['sections']:
            self.assertEqual([c['id'] for c in s['cells']], by_section[s['id']])
            self.assertEqual([c['last'] for c in s['cells']],
                             [names[last.get(c['id'], '.')] for c in s['cells']])
            self.assertEqual(s['asked'], sum(c['attempts'] > 0 for c in s['cells']))
