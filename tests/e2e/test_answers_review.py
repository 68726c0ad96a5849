"""Typed answers in review: transcripts written by hand (a literal block, and PyYAML's own
dump), then show, export md/json/csv and compare, each checked against the answer written."""
import csv
import io
import json
import os
import re
import unittest

import yaml

from harness import MockroundCase

CODE_ANSWER = ("Fetch downloads, pull also merges:\n\n"
               "```sh\ngit fetch origin\n\tgit merge origin/main  \n```\n"
               "---\n# not a heading: value\n  ünïcödé ✓ and ``double`` ticks")


def long_answer():
    text, n = '', 0
    while len(text) < 5000:
        text += ('\n' if n % 5 == 0 else '') + CODE_ANSWER + '\n'
        n += 1
    return text[:4999] + '\n'


def question(qid, answer=None, suggested=None, covered=None, score=3):
    q = {'id': qid, 'section': 'git', 'topic': 'conceptual', 'text': qid + '?',
         'budget_seconds': 120, 'state': 'scored', 'asked_at': '2026-11-24T09:00:00+01:00',
         'answered': True, 'time_up': False, 'answer_seconds': 40.0, 'paused_seconds': 0.0,
         'overtime_seconds': 0.0, 'score': score, 'scored_by': 'self'}
    if suggested:
        q['suggested'] = suggested
    if covered:
        q['covered'] = covered
    if answer is not None:
        q['answer'] = answer
    return q


def transcript(rid, questions, mode='solo'):
    return {'format': 1, 'id': rid, 'profile': 'fresher', 'mode': mode, 'seed': 1,
            'status': 'completed', 'overtime': 'continue',
            'started_at': '2026-11-24T09:00:00+01:00', 'ended_at': '2026-11-24T09:10:00+01:00',
            'round_seconds': 2700, 'elapsed_seconds': 80.0, 'paused': False,
            'questions': questions}


# As mockround writes it: a literal block with strip chomping and an indentation indicator.
HAND_WRITTEN = """format: 1
id: 2026-11-24-0900-fresher
profile: fresher
seed: 1
status: completed
started_at: "2026-11-24T09:00:00+01:00"
round_seconds: 2700
elapsed_seconds: 80.000
paused: false
questions:
  - id: git.fetch-vs-pull
    text: fetch or pull?
    budget_seconds: 120
    state: scored
    answered: true
    score: 3
    suggested: [a, b]
    covered: [a]
    answer: |2-
        two leading spaces
      # a hash: and a colon
      ...
"""


class AnswersInReview(MockroundCase):
    def setUp(self):
        super().setUp()
        self.rounds = os.path.join(self.home, 'data', 'mockround', 'rounds')
        os.makedirs(self.rounds)

    def save(self, t):
        with open(os.path.join(self.rounds, t['id'] + '.yaml'), 'w', encoding='utf-8') as f:
            yaml.safe_dump(t, f, allow_unicode=True, sort_keys=False)

    def ok(self, *args):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_a_literal_block_written_by_hand_is_read_exactly(self):
        self.write('data/mockround/rounds/2026-11-24-0900-fresher.yaml', HAND_WRITTEN)
        q = self.json_of('show', '2026-11-24-0900-fresher', '--json')['questions'][0]
        self.assertEqual(q['answer'], '  two leading spaces\n# a hash: and a colon\n...')
        self.assertEqual((q['suggested'], q['covered']), (['a', 'b'], ['a']))
        out = self.ok('show', '2026-11-24-0900-fresher')
        self.assertIn('     answer:\n         two leading spaces\n       # a hash: and a colon\n'
                      '       ...\n', out)
        self.assertIn('suggested by the matcher: a, b', out)

    def test_show_prints_each_answer_under_its_question_and_nothing_when_empty(self):
        self.save(transcript('2026-11-24-0900-fresher', [
            question('git.fetch-vs-pull', 'first line\n\n  indented line\n'),
            question('git.merge-vs-rebase')]))
        out = self.ok('show', '2026-11-24-0900-fresher')
        first, second = out.split('git.merge-vs-rebase', 1)
        self.assertIn('     answer:\n       first line\n\n         indented line\n', first)
        self.assertNotIn('answer:', second)
        self.save(transcript('2026-11-25-0900-fresher',
                             [question('git.fetch-vs-pull', 'what they said')], 'interviewer'))
        self.assertIn('answer notes:\n       what they said\n',
                      self.ok('show', '2026-11-25-0900-fresher'))

    def test_json_export_keeps_a_5000_character_answer_byte_for_byte(self):
        answer = long_answer()
        self.assertEqual(len(answer), 5000)
        self.save(transcript('2026-11-24-0900-fresher', [
            question('git.fetch-vs-pull', answer, suggested=['a', 'c']),
            question('git.merge-vs-rebase')]))
        for args in (['export', '2026-11-24-0900-fresher', '--format', 'json'], ['export', '--all', '--format', 'json']):
            qs = json.loads(self.ok(*args))['rounds'][0]['questions']
            self.assertEqual(qs[0]['answer'], answer)
            self.assertEqual(qs[0]['suggested'], ['a', 'c'])
            self.assertIsNone(qs[1]['answer'])
            self.assertEqual(qs[1]['suggested'], [])
        # Read again from the summary index, not the transcript.
        qs = self.json_of('show', '2026-11-24-0900-fresher', '--json')['questions']
        self.assertEqual(qs[0]['answer'], answer)

    def test_markdown_fences_the_answer_past_its_own_backticks(self):
        answer = 'Use a fence:\n\n````md\n```py\nx = 1\n```\n````\n'
        self.save(transcript('2026-11-24-0900-fresher', [
            question('git.fetch-vs-pull', answer, suggested=['a', 'b'], covered=['a']),
            question('git.merge-vs-rebase')]))
        md = self.ok('export', '2026-11-24-0900-fresher', '--format', 'md')
        match = re.search(r'Your answer:\n\n(`{3,})\n(.*?)^\1$', md, re.S | re.M)
        self.assertIsNotNone(match, md)
        self.assertEqual(match.group(1), '`' * 5)
        self.assertEqual(match.group(2), answer)
        self.assertIn('- [x] a) ', md)
        self.assertRegex(md, r'- \[ \] b\) .*\(suggested, not confirmed\)')
        self.assertEqual(md.count('Your answer'), 1)
        self.save(transcript('2026-11-25-0900-fresher',
                             [question('git.fetch-vs-pull', 'no newline at the end')], 'interviewer'))
        md = self.ok('export', '2026-11-25-0900-fresher', '--format', 'md')
        self.assertIn('Answer notes:\n\n```\nno newline at the end\n```\n', md)

    def test_csv_has_an_answer_column_that_holds_lines_and_quotes(self):
        answer = 'a, "quoted" answer\nsecond line\n\n  third\n'
        self.save(transcript('2026-11-24-0900-fresher', [
            question('git.fetch-vs-pull', answer), question('git.merge-vs-rebase')]))
        text = self.ok('export', '2026-11-24-0900-fresher', '--format', 'csv')
        rows = list(csv.DictReader(io.StringIO(text, newline='')))
        self.assertEqual(len(rows), 2)
        self.assertEqual(list(rows[0])[-1], 'answer')
        self.assertEqual(rows[0]['answer'], answer)
        self.assertEqual(rows[1]['answer'], '')

    def test_compare_shows_both_answers_to_a_shared_question(self):
        self.save(transcript('2026-11-24-0900-fresher', [
            question('git.fetch-vs-pull', 'first try'), question('git.merge-vs-rebase')]))
        later = transcript('2026-12-01-0900-fresher', [
            question('git.fetch-vs-pull', 'second try\nwith more'),
            question('git.merge-vs-rebase')])
        later['started_at'] = '2026-12-01T09:00:00+01:00'
        self.save(later)
        out = self.ok('compare', '2026-11-24-0900-fresher', '2026-12-01-0900-fresher')
        table, answers = out.split('Answers to questions in common')
        self.assertIn('Questions in common', table)
        self.assertEqual(answers, '\n  git.fetch-vs-pull\n'
                         '    2026-11-24-0900-fresher:\n      first try\n'
                         '    2026-12-01-0900-fresher:\n      second try\n      with more\n')
        common = self.json_of('compare', '2026-11-24-0900-fresher', '2026-12-01-0900-fresher',
                              '--json')['common']
        by_id = {c['id']: c for c in common}
        self.assertEqual(by_id['git.fetch-vs-pull']['a']['answer'], 'first try')
        self.assertEqual(by_id['git.fetch-vs-pull']['b']['answer'], 'second try\nwith more')
        self.assertIsNone(by_id['git.merge-vs-rebase']['a']['answer'])

    def test_compare_without_answers_prints_no_answer_section(self):
        for rid in ('2026-11-24-0900-fresher', '2026-11-25-0900-fresher'):
            self.save(transcript(rid, [question('git.fetch-vs-pull')]))
        out = self.ok('compare', '2026-11-24-0900-fresher', '2026-11-25-0900-fresher')
        self.assertNotIn('Answers', out)


if __name__ == '__main__':
    unittest.main()
