"""What a first user trips over on the command line (issue 11): replays, short rounds, global
options anywhere, typos, empty views, comparisons and exports that say everything."""
import csv
import glob
import io
import json
import os
import unittest

import yaml

from harness import MockroundCase

# Line mode: end the answer, tick key point a, ask for a hint, score 3; then answer and score 1.
TICKED_SESSION = '\ntick a\nhint\n3\n\n1\n'


class FirstUserCase(MockroundCase):
    def setUp(self):
        super().setUp()
        self.rounds_dir = os.path.join(self.home, 'data', 'mockround', 'rounds')

    def play(self, *args, keys='\n3\n\n2\n'):
        before = set(self.transcript_paths())
        result = self.run_cli('run', '--questions', '2', '--budget', '20s', *args, input=keys)
        self.assertEqual(result.returncode, 0, result.stderr)
        (path,) = set(self.transcript_paths()) - before
        return self.load(path)

    def transcript_paths(self):
        return glob.glob(os.path.join(self.rounds_dir, '*.yaml'))

    def load(self, path):
        with open(path, encoding='utf-8') as f:
            return yaml.safe_load(f)

    def save(self, t):
        with open(os.path.join(self.rounds_dir, t['id'] + '.yaml'), 'w', encoding='utf-8') as f:
            yaml.safe_dump(t, f, allow_unicode=True, sort_keys=False)


class Replay(FirstUserCase):
    def test_a_replay_keeps_the_replayed_rounds_profile(self):
        first = self.play('--profile', 'warmup', '--seed', '4')
        plan = self.json_of('run', '--replay', first['id'], '--dry-run', '--json')
        self.assertEqual(plan['profile'], 'warmup')
        again = self.play('--replay', first['id'])
        self.assertEqual(again['profile'], 'warmup')
        self.assertRegex(again['id'], r'-warmup(-\d+)?$')
        self.assertEqual([q['id'] for q in again['questions']],
                         [q['id'] for q in first['questions']])
        self.assertError(self.run_cli('run', '--replay', first['id'], '--profile', 'fresher'), 2,
                         "profile 'warmup'")


class RoundLength(FirstUserCase):
    def test_a_set_number_of_questions_lasts_as_long_as_their_budgets(self):
        plan = self.json_of('run', '--questions', '3', '--budget', '20s', '--dry-run', '--json')
        self.assertEqual(plan['round_seconds'], 60)
        text = self.run_cli('run', '--questions', '3', '--budget', '20s', '--dry-run').stdout
        self.assertIn('01:00 round', text)
        played = self.play()
        self.assertEqual(played['round_seconds'], 40)
        minutes = self.json_of('run', '--questions', '3', '--budget', '20s', '--minutes', '5',
                               '--dry-run', '--json')
        self.assertEqual(minutes['round_seconds'], 300)
        self.assertEqual(self.json_of('run', '--dry-run', '--json')['round_seconds'], 2700)


class WeakDue(FirstUserCase):
    def test_a_question_asked_only_in_cram_rounds_has_no_due_date(self):
        t = self.play(keys='\n1\n\n0\n')
        t['focus'] = 'weak'  # as `run --focus weak` writes it: the schedule is left alone
        self.save(t)
        got = self.json_of('weak', '--json')['questions']
        self.assertEqual(len(got), 2)
        for q in got:
            self.assertIsNone(q['due'], q)
            self.assertEqual(q['review']['reps'], 0)
            self.assertIsNone(q['review']['stability_days'])
        text = self.run_cli('weak').stdout
        self.assertIn('not scheduled', text)
        self.assertNotIn('1970', text)
        del t['focus']
        self.save(t)
        for q in self.json_of('weak', '--json')['questions']:
            self.assertRegex(q['due'], r'^\d{4}-\d\d-\d\dT')


class CommandLine(FirstUserCase):
    def test_global_options_after_the_subcommand(self):
        self.play()
        for args in (['history', '--color=never'], ['history', '--color', 'never'],
                     ['bank', 'stats', '--color=never'], ['stats', '--color=always']):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 0, (args, result.stderr))
        self.assertIn('\x1b[', self.run_cli('history', '--color=always').stdout)
        self.assertNotIn('\x1b[', self.run_cli('history', '--color=never').stdout)
        self.assertRegex(self.run_cli('history', '--version').stdout, r'^mockround \d+\.\d+')
        self.assertError(self.run_cli('history', '--color=purple'), 2, 'purple')

    def test_a_mistyped_command_gets_a_suggestion(self):
        self.assertError(self.run_cli('histroy'), 2, "unknown command 'histroy'",
                         "did you mean 'history'")
        self.assertError(self.run_cli('--color=never', 'stast'), 2, "did you mean 'stats'")
        self.assertError(self.run_cli('bank', 'serach', 'x'), 2, "did you mean 'search'")

    def test_history_filters(self):
        self.play()
        self.assertError(self.run_cli('history', '--profile', 'nosuch'), 2, 'nosuch')
        self.assertError(self.run_cli('history', '--profile', 'fresherr'), 2,
                         "did you mean 'fresher'")
        empty = self.run_cli('history', '--profile', 'warmup')
        self.assertEqual(empty.returncode, 0, empty.stderr)
        self.assertIn('No rounds match --profile warmup', empty.stdout)
        for command in ('history', 'stats', 'weak'):
            future = self.run_cli(command, '--since', '2999-01-01')
            self.assertEqual(future.returncode, 0, future.stderr)
            self.assertIn('No rounds match --since 2999-01-01', future.stdout)
            self.assertNotIn('No rounds yet', future.stdout)
        self.assertEqual(len(self.json_of('history', '--profile', 'fresher', '--json')['rounds']), 1)

    def test_a_focus_with_nothing_to_draw_blames_what_was_given(self):
        result = self.run_cli('run', '--focus', 'due', '--dry-run')
        self.assertError(result, 2, 'due for review')
        self.assertNotIn('--section', result.stderr)
        self.assertNotIn('--level', result.stderr)
        with_section = self.run_cli('run', '--focus', 'new', '--section', 'system-design',
                                    '--dry-run')  # fresher gives system-design no weight
        self.assertEqual(with_section.returncode, 0, with_section.stderr)
        self.assertError(self.run_cli('run', '--section', 'system-design', '--level', 'fresher',
                                      '--dry-run'), 2, '--section or --level')

    def test_a_profile_name_with_capitals(self):
        result = self.run_cli('run', '--profile', 'Fresher', '--dry-run')
        self.assertError(result, 2, 'lowercase', "did you mean 'fresher'")


class CompareAndExport(FirstUserCase):
    def setUp(self):
        super().setUp()
        self.a = self.play('--seed', '11', keys='\n1\n\n2\n')
        self.b = self.play('--seed', '11', keys=TICKED_SESSION)

    def test_compare_json_and_differences(self):
        got = self.json_of('compare', self.a['id'], self.b['id'], '--json')
        self.assertEqual((got['a']['id'], got['b']['id']), (self.a['id'], self.b['id']))
        self.assertAlmostEqual(got['difference']['mean_score'], (3 + 1) / 2 - (1 + 2) / 2, 3)
        self.assertEqual(got['difference']['answered'], 0)
        ids = [q['id'] for q in self.a['questions']]
        self.assertEqual([c['id'] for c in got['common']], ids)
        self.assertEqual([c['score_difference'] for c in got['common']], [2, -1])
        self.assertEqual([c['a']['score'] for c in got['common']], [1, 2])
        for s in got['sections']:
            if s['a'] is not None and s['b'] is not None:
                self.assertAlmostEqual(s['difference'], s['b'] - s['a'], 3)
        text = self.run_cli('compare', self.a['id'], self.b['id']).stdout
        self.assertIn('difference', text.splitlines()[0])
        self.assertRegex(text, r'mean score .* \+0\.5\n')
        self.assertRegex(text, ids[0] + r' .* \+2\n')
        self.assertRegex(text, ids[1] + r' .* -1\n')

    def test_markdown_marks_covered_points_hints_and_self_scores(self):
        t = self.b
        t['questions'][1].update(scored_by='interviewer', self_score=3)
        t['mode'] = 'interviewer'
        self.save(t)
        md = self.run_cli('export', t['id'], '--format', 'md').stdout
        first, second = md.split('## 2. ')
        self.assertIn('- [x] a) ', first)
        self.assertEqual(first.count('- [x] '), 1)
        self.assertIn('- [ ] b) ', first)
        self.assertIn('- hint used', first)
        self.assertNotIn('- hint used', second)
        self.assertIn('- outcome: 1/4 (interviewer), self-score 3/4', second)
        self.assertNotIn('- [x] ', second)

    def test_csv_carries_the_question_text(self):
        t = self.a
        t['questions'][0]['text'] = 'Tricky, "quoted"\nand on two lines'
        self.save(t)
        result = self.run_cli('export', '--all', '--format', 'csv')
        rows = list(csv.DictReader(io.StringIO(result.stdout, newline='')))
        texts = {(r['round'], r['question']): r['text'] for r in rows}
        self.assertEqual(texts[(t['id'], t['questions'][0]['id'])], 'Tricky, "quoted"\nand on two lines')
        self.assertEqual(texts[(self.b['id'], self.b['questions'][1]['id'])],
                         self.b['questions'][1]['text'])


if __name__ == '__main__':
    unittest.main()
