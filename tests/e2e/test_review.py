"""Review end to end: histories made of real rounds played by the binary in line mode (and
hand-edited or broken transcripts), every number checked against Python's own arithmetic."""
import csv
import datetime
import glob
import io
import json
import os
import unittest
import zoneinfo

import yaml

from harness import MockroundCase

TZ = 'Europe/Berlin'
# Line mode: answer, score, answer, score, ... as the round asks.
SESSIONS = [(3, '\n3\n\n2\nskip\n'), (5, '\n4\n\n0\n\n1\n'), (3, '\n1\nskip\n\n4\n')]


def local_day(stamp):
    return datetime.datetime.fromisoformat(stamp).astimezone(zoneinfo.ZoneInfo(TZ)).date()


def asked(q):
    return q['state'] in ('scored', 'skipped')


def mean(values):
    return sum(values) / len(values) if values else None


class ReviewCase(MockroundCase):
    def setUp(self):
        super().setUp()
        self.env['TZ'] = TZ
        self.rounds_dir = os.path.join(self.home, 'data', 'mockround', 'rounds')

    def play(self, seed, keys):
        result = self.run_cli('run', '--questions', '3', '--budget', '30s', '--seed', str(seed),
                              input=keys)
        self.assertEqual(result.returncode, 0, result.stderr)

    def transcripts(self):
        out = []
        for path in sorted(glob.glob(os.path.join(self.rounds_dir, '*.yaml'))):
            with open(path, encoding='utf-8') as f:
                out.append(yaml.safe_load(f))
        return out

    def save(self, t):
        path = os.path.join(self.rounds_dir, t['id'] + '.yaml')
        with open(path, 'w', encoding='utf-8') as f:
            yaml.safe_dump(t, f, allow_unicode=True, sort_keys=False)

    def shifted_copy(self, t, new_id, days, **edits):
        """A real transcript moved `days` back in time, with edits to its first question."""
        t = json.loads(json.dumps(t))
        t['id'] = new_id

        def shift(stamp):
            return (datetime.datetime.fromisoformat(stamp) - datetime.timedelta(days=days)).isoformat()
        for key in ('started_at', 'ended_at'):
            t[key] = shift(t[key])
        for q in t['questions']:
            if 'asked_at' in q:
                q['asked_at'] = shift(q['asked_at'])
        t['questions'][0].update(edits)
        self.save(t)
        return t

    def build_history(self):
        for seed, keys in SESSIONS:
            self.play(seed, keys)
        first = self.transcripts()[0]
        # Past weeks, a time-up with overtime, a hint, and an interviewer's score with a self-score.
        self.shifted_copy(first, '2026-01-01-0900-fresher', 1, time_up=True,
                          answer_seconds=45.5, overtime_seconds=15.5, hint_used=True)
        self.shifted_copy(first, '2026-01-02-0900-fresher', 15, scored_by='interviewer',
                          self_score=4, score=2, state='scored')
        return self.transcripts()


class EmptyHistory(ReviewCase):
    def test_no_rounds_is_a_friendly_line_and_empty_json(self):
        for command in ('history', 'stats', 'weak'):
            result = self.run_cli(command)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn('mockround run', result.stdout)
        self.assertEqual(self.json_of('history', '--json'), {'rounds': []})
        stats = self.json_of('stats', '--json')
        self.assertEqual((stats['groups'], stats['weeks'], stats['days'], stats['streak']),
                         ([], [], {}, 0))
        self.assertEqual(self.json_of('weak', '--json'), {'questions': [], 'topics': []})

    def test_round_ids_are_names_not_paths(self):
        self.assertError(self.run_cli('show', '../x'), 2, 'not a round id')
        self.assertError(self.run_cli('show', 'nope'), 2, "no round 'nope'")
        self.assertError(self.run_cli('stats', '--since', '2026-13-01'), 2, '--since')


class Numbers(ReviewCase):
    def setUp(self):
        super().setUp()
        self.ts = self.build_history()

    def test_history_numbers(self):
        got = self.json_of('history', '--json')['rounds']
        want = sorted(self.ts, key=lambda t: (t['started_at'], t['id']), reverse=True)
        self.assertEqual([r['id'] for r in got], [t['id'] for t in want])
        for r, t in zip(got, want):
            qs = t['questions']
            scores = [q['score'] for q in qs if q['state'] == 'scored']
            self.assertEqual(r['planned'], len(qs))
            self.assertEqual(r['asked'], sum(asked(q) for q in qs))
            self.assertEqual(r['answered'], len(scores))
            self.assertEqual(r['skipped'], sum(q['state'] == 'skipped' for q in qs))
            self.assertEqual(r['overtime'], sum(q.get('overtime_seconds', 0) > 0 for q in qs))
            self.assertAlmostEqual(r['mean_score'], mean(scores), places=3)
            self.assertEqual(local_day(r['started_at']), local_day(t['started_at']))
        since = self.json_of('history', '--json', '--since', str(local_day(self.ts[-1]['started_at'])))
        self.assertEqual(len(since['rounds']), len(SESSIONS))

    def test_stats_numbers(self):
        for by in ('section', 'topic'):
            got = self.json_of('stats', '--json', '--by', by)
            groups = {}
            for t in self.ts:
                for q in filter(asked, t['questions']):
                    key = q['section'] if by == 'section' else q['section'] + '.' + q['topic']
                    groups.setdefault(key, []).append(q)
            self.assertEqual([g['key'] for g in got['groups']], sorted(groups))
            for g in got['groups']:
                qs = groups[g['key']]
                answers = [q for q in qs if q['state'] == 'scored']
                self.assertEqual((g['asked'], g['answers']), (len(qs), len(answers)))
                if not answers:
                    self.assertIsNone(g['mean_score'])
                    continue
                self.assertAlmostEqual(g['mean_score'], mean([q['score'] for q in answers]), 3)
                self.assertAlmostEqual(g['over_budget_share'],
                                       mean([q['time_up'] for q in answers]), 3)
                self.assertAlmostEqual(g['mean_time_ratio'], mean(
                    [q['answer_seconds'] / q['budget_seconds'] for q in answers]), 3)

    def test_weeks_days_streak_calibration(self):
        got = self.json_of('stats', '--json')
        weeks, days = {}, {}
        for t in self.ts:
            for q in filter(asked, t['questions']):
                day = local_day(q['asked_at'])
                days[str(day)] = days.get(str(day), 0) + 1
                if q['state'] == 'scored':
                    weeks.setdefault(day - datetime.timedelta(days=day.weekday()), []).append(q['score'])
        self.assertEqual(got['days'], days)
        first, last = min(weeks), max(weeks)
        self.assertEqual(len(got['weeks']), (last - first).days // 7 + 1)
        for w in got['weeks']:
            monday = datetime.date.fromisoformat(w['week'])
            self.assertEqual(monday.weekday(), 0)
            if monday in weeks:
                self.assertAlmostEqual(w['mean_score'], mean(weeks[monday]), 3)
            else:
                self.assertIsNone(w['mean_score'])
        today = datetime.datetime.now(zoneinfo.ZoneInfo(TZ)).date()
        streak, day = 0, today if str(today) in days else today - datetime.timedelta(days=1)
        while str(day) in days:
            streak, day = streak + 1, day - datetime.timedelta(days=1)
        self.assertEqual(got['streak'], streak)
        self.assertEqual(got['calibration'], {'pairs': 1, 'mean_difference': 2.0, 'mean_absolute': 2.0})

    def test_weak_numbers(self):
        got = self.json_of('weak', '--json', '--limit', '100')
        attempts = {}
        for t in self.ts:
            for q in filter(asked, t['questions']):
                attempts.setdefault(q['id'], []).append(q)

        def weakness(qs):
            return mean([(4 - q['score'] if q['state'] == 'scored' else 4) + q['time_up'] +
                         bool(q.get('hint_used')) for q in qs]) / 6
        want = sorted((qid for qid in attempts if weakness(attempts[qid]) > 0),
                      key=lambda i: (-round(weakness(attempts[i]), 9), -len(attempts[i]), i))
        self.assertEqual([q['id'] for q in got['questions']], want)
        for q in got['questions']:
            qs = attempts[q['id']]
            self.assertEqual(q['attempts'], len(qs))
            self.assertAlmostEqual(q['weakness'], weakness(qs), 3)
            self.assertEqual(q['skips'], sum(x['state'] == 'skipped' for x in qs))
            self.assertEqual(q['hints'], sum(bool(x.get('hint_used')) for x in qs))
            self.assertEqual(q['last_asked'], max(qs, key=lambda x: x['asked_at'])['asked_at'])
        self.assertEqual(len(self.json_of('weak', '--json', '--limit', '2')['questions']), 2)


class BrokenTranscripts(ReviewCase):
    def test_broken_files_are_skipped_with_one_warning_each(self):
        self.play(3, SESSIONS[0][1])
        good = glob.glob(os.path.join(self.rounds_dir, '*.yaml'))[0]
        with open(good, encoding='utf-8') as f:
            text = f.read()
        self.write('data/mockround/rounds/2026-01-01-0000-half.yaml', text[:len(text) // 2] + '\n  - id: [')
        self.write('data/mockround/rounds/2026-01-02-0000-newer.yaml',
                   text.replace('format: 1', 'format: 2'))
        self.write('data/mockround/rounds/2026-01-03-0000-junk.yaml', 'not: [yaml\n')
        for command in ('history', 'stats', 'weak'):
            result = self.run_cli(command, '--json')
            self.assertEqual(result.returncode, 0, result.stderr)
            lines = result.stderr.splitlines()
            self.assertEqual(len(lines), 3, result.stderr)
            for line, name in zip(lines, ('half', 'newer', 'junk')):
                self.assertRegex(line, r'^mockround: .*-%s\.yaml:\d+:\d+: ' % name)
            self.assertIn('newer mockround', lines[1])
        self.assertEqual(len(self.json_of('history', '--json')['rounds']), 1)
        self.assertEqual(self.run_cli('history', '--strict').returncode, 3)


class Exports(ReviewCase):
    def setUp(self):
        super().setUp()
        self.ts = self.build_history()

    def test_json_export_round_trips_to_the_same_numbers(self):
        out = os.path.join(self.home, 'rounds.json')
        self.assertEqual(self.run_cli('export', '--all', '--format', 'json', '-o', out).returncode, 0)
        with open(out, encoding='utf-8') as f:
            exported = {r['id']: r for r in json.load(f)['rounds']}
        self.assertEqual(sorted(exported), sorted(t['id'] for t in self.ts))
        for t in self.ts:
            r = exported[t['id']]
            self.assertEqual((r['profile'], r['seed'], r['status']), (t['profile'], t['seed'], t['status']))
            self.assertEqual(r['started_at'], t['started_at'])
            for got, want in zip(r['questions'], t['questions']):
                for key in ('id', 'state', 'budget_seconds', 'time_up'):
                    self.assertEqual(got[key], want[key])
                self.assertEqual(got['score'], want.get('score'))
                self.assertAlmostEqual(got['answer_seconds'], want.get('answer_seconds', 0), 3)
                self.assertAlmostEqual(got['overtime_seconds'], want.get('overtime_seconds', 0), 3)
        one = self.json_of('show', self.ts[0]['id'], '--json')
        self.assertEqual(one, exported[self.ts[0]['id']])

    def test_csv_export_has_one_row_per_question_asked(self):
        result = self.run_cli('export', '--all', '--format', 'csv')
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout, newline='')))
        want = [(t['id'], q) for t in self.ts for q in t['questions'] if asked(q)]
        self.assertEqual(len(rows), len(want))
        by_key = {(row['round'], row['question']): row for row in rows}
        for rid, q in want:
            row = by_key[(rid, q['id'])]
            self.assertEqual(row['state'], q['state'])
            self.assertEqual(row['score'], str(q['score']) if q['state'] == 'scored' else '')
            self.assertAlmostEqual(float(row['answer_seconds']), q['answer_seconds'], 3)
            self.assertEqual(row['time_up'], 'true' if q['time_up'] else 'false')

    def test_markdown_anki_and_compare(self):
        a, b = self.ts[0]['id'], self.ts[1]['id']
        md = self.run_cli('export', a, '--format', 'md').stdout
        self.assertIn('# Round ' + a, md)
        self.assertIn('## 1. ' + self.ts[0]['questions'][0]['id'], md)
        anki = self.run_cli('export', '--all', '--format', 'anki').stdout.splitlines()
        self.assertEqual(anki[0], '#separator:tab')
        notes = [line for line in anki if not line.startswith('#')]
        self.assertEqual(len(notes), len(self.json_of('weak', '--json', '--limit', '1000')['questions']))
        self.assertTrue(all(len(n.split('\t')) == 3 for n in notes))
        result = self.run_cli('compare', a, b)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('Questions in common', result.stdout)
        # The shifted copies ask the same questions as the round they came from.
        copy = self.run_cli('compare', '2026-01-01-0900-fresher', '2026-01-02-0900-fresher').stdout
        self.assertIn(self.ts[0]['questions'][0]['id'], copy.split('Questions in common')[1])
        self.assertError(self.run_cli('export', '--format', 'md'), 2, '--all')
        self.assertError(self.run_cli('export', '../x', '--format', 'json'), 2, 'not a round id')


class SummaryIndex(ReviewCase):
    def test_the_index_is_never_trusted_over_a_transcript(self):
        self.play(3, SESSIONS[0][1])
        index = os.path.join(self.home, 'cache', 'mockround', 'rounds.idx')
        first = self.json_of('stats', '--json')
        self.assertTrue(os.path.exists(index))
        self.assertEqual(self.json_of('stats', '--json'), first)
        t = self.transcripts()[0]
        scored = [q for q in t['questions'] if q['state'] == 'scored']
        scored[0]['score'] = 0 if scored[0]['score'] else 4
        self.save(t)  # a different size or modification time: parsed again
        changed = self.json_of('stats', '--json')
        want = mean([q['score'] for q in scored])
        self.assertAlmostEqual(changed['overall']['mean_score'], want, 3)
        with open(index, 'wb') as f:
            f.write(b'mockround-rounds-index 1\n\xff\xff')  # damaged: ignored and rebuilt
        self.assertEqual(self.json_of('stats', '--json'), changed)
        os.remove(index)
        self.assertEqual(self.json_of('stats', '--json'), changed)
