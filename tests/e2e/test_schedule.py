"""The FSRS review schedule as a user meets it: `bank show` (text and --json `review`),
`run --focus due` (the least likely to be recalled first) and the desired retention of config.yaml."""
import datetime
import glob
import json
import os
import re
import unittest

from harness import MockroundCase

W = (0.212, 1.2931, 2.3065, 8.2956)  # FSRS-6's first stabilities: Again, Hard, Good, Easy
STAMP = re.compile(r'"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)([+-]\d\d:\d\d)"')


class Schedule(MockroundCase):
    def play(self, keys, *args, questions='2'):
        pattern = os.path.join(self.home, 'data', 'mockround', 'rounds', '*.yaml')
        before = set(glob.glob(pattern))
        result = self.run_cli('run', '--questions', questions, '--budget', '20s', '--section',
                              'git', *args, input=keys)
        self.assertEqual(result.returncode, 0, result.stderr)
        (path,) = set(glob.glob(pattern)) - before
        with open(path, encoding='utf-8') as f:
            text = f.read()
        ids = re.findall(r'^  - id: (\S+)$', text, re.M)
        return path, text, ids

    def backdate(self, path, text, days):
        def shift(m):
            when = datetime.datetime.fromisoformat(m.group(1)) - datetime.timedelta(days=days)
            return '"%s%s"' % (when.isoformat(), m.group(2))
        with open(path, 'w', encoding='utf-8') as f:
            f.write(STAMP.sub(shift, text))

    def review(self, qid, env=None):
        result = self.run_cli('bank', 'show', qid, '--json', env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)['review']

    def test_a_first_review_sets_stability_and_the_next_due_date(self):
        path, text, (good, again) = self.play('\n3\n\n1\n')
        r = self.review(good)
        self.assertAlmostEqual(r['stability_days'], W[2], places=3)
        self.assertEqual((r['reps'], r['lapses'], r['scheduled_days']), (1, 0, 3))
        self.assertFalse(r['is_due'])
        self.assertAlmostEqual(r['retrievability'], 1.0)
        self.assertGreaterEqual(r['difficulty'], 1)
        self.assertLessEqual(r['difficulty'], 10)
        self.assertAlmostEqual(self.review(again)['stability_days'], W[0], places=3)
        shown = self.run_cli('bank', 'show', good).stdout
        self.assertIn('stability 2.3 days', shown)
        self.assertIn('recall now 100%', shown)
        self.assertIn('next review', shown)
        never = self.review('postgres.join-types')
        self.assertEqual(never['reps'], 0)
        self.assertIsNone(never['stability_days'])
        self.assertIsNone(never['due'])

        # Ten days later both are due, and the one answered worse is the less likely recalled.
        self.backdate(path, text, 10)
        r_good, r_again = self.review(good), self.review(again)
        self.assertTrue(r_good['is_due'] and r_again['is_due'])
        self.assertLess(r_again['retrievability'], r_good['retrievability'])
        self.assertLess(r_good['retrievability'], 0.9)

    def test_focus_due_takes_the_lowest_retrievability_first_not_the_earliest_due(self):
        # Easy 30 days ago (due 22 days ago, recall now ~0.79), Again 3 days ago (due 2 days
        # ago, recall now ~0.66). One section, so the round keeps the focus order.
        path, text, (easy,) = self.play('\n4\n', questions='1')
        self.backdate(path, text, 30)
        path, text, (again,) = self.play('\n1\n', '--focus', 'new', questions='1')
        self.backdate(path, text, 3)
        r_easy, r_again = self.review(easy), self.review(again)
        self.assertTrue(r_easy['is_due'] and r_again['is_due'])
        self.assertLess(r_easy['due'], r_again['due'])
        self.assertLess(r_again['retrievability'], r_easy['retrievability'])
        plan = self.json_of('run', '--focus', 'due', '--section', 'git', '--questions', '1',
                            '--dry-run', '--json')
        self.assertEqual([q['id'] for q in plan['questions']], [again])
        plan = self.json_of('run', '--focus', 'due', '--section', 'git', '--dry-run', '--json')
        self.assertEqual(sorted(q['id'] for q in plan['questions']), sorted([again, easy]))

    def test_the_desired_retention_comes_from_config_yaml(self):
        _, _, (good, _) = self.play('\n3\n\n1\n')
        default = self.review(good)
        self.write('config/mockround/config.yaml', 'retention: 0.8\n')
        relaxed = self.review(good)
        self.assertEqual(default['stability_days'], relaxed['stability_days'])
        # R falls to 0.8 at 3.316 times the days it takes to fall to 0.9: 2.3065 * 3.316 = 7.6.
        self.assertEqual(default['scheduled_days'], 3)
        self.assertEqual(relaxed['scheduled_days'], 8)
        for bad in ('0.5', 'high', '1'):
            self.write('config/mockround/config.yaml', f'speak: false\nretention: {bad}\n')
            self.assertError(self.run_cli('bank', 'show', good), 3, 'config.yaml:2:12',
                             '0.7 to 0.99')


class InterviewPlan(MockroundCase):
    def day(self, offset):
        return (datetime.date.today() + datetime.timedelta(days=offset)).isoformat()

    def test_plan_to_an_interview_and_run_todays_part(self):
        self.assertError(self.run_cli('plan'), 2, 'plan --interview')
        self.assertError(self.run_cli('plan', '--interview', self.day(0)), 2, 'after today')
        self.assertError(self.run_cli('plan', '--interview', 'soon'), 2, 'a day like')
        plan = self.json_of('plan', '--interview', self.day(10), '--profile', 'warmup',
                            '--per-day', '3', '--json')
        self.assertEqual((plan['interview'], plan['profile'], plan['per_day']),
                         (self.day(10), 'warmup', 3))
        self.assertEqual([d['date'] for d in plan['days']], [self.day(i) for i in range(10)])
        self.assertEqual(plan['days'][0]['reviews'], [])
        self.assertEqual(len(plan['days'][0]['new']), 3)
        self.assertEqual(plan['last_new_day'], self.day(7))
        for d in plan['days']:
            self.assertLessEqual(d['total'], 3)
            self.assertEqual(d['total'], len(d['reviews']) + len(d['new']))
            if d['new']:
                self.assertLessEqual(d['date'], plan['last_new_day'])
        self.assertEqual(plan['overall']['retention_now'], 0)
        self.assertGreater(plan['overall']['retention_planned'], 0)
        sections = {s['section'] for s in plan['sections']}
        weights = self.json_of('profiles', 'show', 'warmup', '--json')['sections']
        self.assertEqual(sections, {s for s, w in weights.items() if w > 0})
        # Kept: the plan again without options, and today's part as a round.
        self.assertEqual(self.json_of('plan', '--json')['days'], plan['days'])
        self.assertIn('Interview ' + self.day(10), self.run_cli('plan').stdout)
        run = self.json_of('run', '--focus', 'plan', '--dry-run', '--json')
        self.assertEqual(run['profile'], 'warmup')
        self.assertEqual(sorted(q['id'] for q in run['questions']),
                         sorted(plan['days'][0]['new']))


if __name__ == '__main__':
    unittest.main()
