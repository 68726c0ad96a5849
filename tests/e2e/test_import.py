"""`bank import`: Markdown and plain-text lists made banks, imported again, refused."""
import os
import shutil

import yaml

from harness import MockroundCase

DATA = os.path.join(os.path.dirname(__file__), '..', 'data', 'import')


def fixture(name):
    return os.path.join(DATA, name)


class ImportCase(MockroundCase):
    def bank_file(self, name):
        return os.path.join(self.home, 'config', 'mockround', 'banks', name + '.yaml')

    def imported(self, *args):
        result = self.run_cli('bank', 'import', *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout


class FirstImport(ImportCase):
    def test_a_markdown_list_becomes_a_bank_every_command_reads(self):
        out = self.imported(fixture('heading-per-question.md'), '--name', 'react')
        self.assertIn('imported 3 question(s) in 2 section(s)', out)
        with open(self.bank_file('react'), encoding='utf-8') as f:
            bank = yaml.safe_load(f)
        self.assertEqual([s['id'] for s in bank['sections']], ['react.core-react', 'react.hooks'])
        listed = self.json_of('bank', 'list', '--section', 'react.core-react', '--json')
        self.assertEqual([q['id'] for q in listed], ['react.react', 'react.virtual-dom'])
        shown = self.json_of('bank', 'show', 'react.react', '--json')
        self.assertEqual(shown['key_points'], [])
        self.assertTrue(shown['reference'].startswith('React is a library'))
        stats = self.json_of('bank', 'stats', '--json')
        self.assertEqual(stats['without_guide'], 3)
        section = [s for s in stats['sections'] if s['id'] == 'react.hooks'][0]
        self.assertEqual((section['questions'], section['without_guide']), (1, 1))
        match = self.run_cli('bank', 'match', 'react.react', input='a library of components')
        self.assertEqual(match.returncode, 0, match.stderr)
        self.assertIn('has no key points: there is nothing to match', match.stdout)

    def test_a_profile_weights_imported_sections_and_the_round_scores_by_the_rubric(self):
        self.imported(fixture('heading-per-question.md'), '--name', 'react')
        self.write('config/mockround/profiles/react.yaml', (
            'title: React\nminutes: 10\nsections:\n  react.hooks: 1\n'
            'levels:\n  fresher: 0.5\n  mid: 0.5\n'
            'budgets:\n  concept: 2m\n  compare: 2m\n  scenario: 3m\n  coding: 4m\n  design: 5m\n'))
        result = self.run_cli('run', '--profile', 'react', '--questions', '1', '--budget', '60s',
                              input='\n3\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        out = result.stdout
        self.assertIn('react.explain-rules-hooks', out)
        self.assertIn('no guide for this question: score the answer by the rubric', out)
        # the answer written under the question is shown once the answer is done
        self.assertLess(out.index('guide 1/1'), out.index('Reference answer'))
        self.assertIn('Call hooks at the top level only', out)
        self.assertIn('Mean score 3.0/4', out)
        # its Anki card's back is that answer, there being no key points
        anki = self.run_cli('export', '--all', '--format', 'anki').stdout
        self.assertIn('Explain the rules of hooks\tCall hooks at the top level only', anki)

    def test_dry_run_lists_questions_and_skipped_lines_and_writes_nothing(self):
        out = self.imported(fixture('headings-bullets.md'), '--dry-run')
        self.assertIn('would import 7 question(s)', out)
        self.assertRegex(out, r'line 18 +headings-bullets\.difference-between-git-fetch-git-pull')
        self.assertRegex(out, r'line 3 +badge or image')
        self.assertRegex(out, r'line 9 +table of contents +- \[Git\]\(#git\)')
        self.assertRegex(out, r'line 39 +link list')
        self.assertFalse(os.path.exists(self.bank_file('headings-bullets')))

    def test_the_seed_plain_text_imports_whole(self):
        seed = fixture('backend-interview-question-bank.txt')
        out = self.imported(seed, '--name', 'seed', '--prefix', 'sd')
        self.assertIn('imported 755 question(s) in 22 section(s)', out)
        self.assertEqual(self.json_of('bank', 'stats', '--json')['questions'], 752 + 755)

    def test_ids_another_bank_uses_are_refused(self):
        path = self.write('fetch.md', '- What is fetch vs pull?\n')
        result = self.run_cli('bank', 'import', path, '--prefix', 'git')
        self.assertError(result, 2, "'git.fetch-vs-pull' is already in the bank", '--prefix')
        self.assertFalse(os.path.exists(self.bank_file('fetch')))


class ImportAgain(ImportCase):
    FIRST = ('# Git\n## Basics\n- What is `git stash`? When would you use it?\n'
             '- What is a detached HEAD?\n- Explain the Git Flow branching strategy.\n')
    # reworded, removed, moved, added
    SECOND = ('# Git\n## Basics\n- Explain the Git Flow branching strategy.\n'
              '- What is `git stash` and when would you use it?\n- What is `git bisect`?\n')

    def ids(self):
        return {q['text']: q['id'] for q in self.json_of('bank', 'list', '--section',
                                                          'mygit.basics', '--json')}

    def test_ids_survive_a_changed_list_and_nothing_is_overwritten_without_force(self):
        path = self.write('mygit.md', self.FIRST)
        self.imported(path)
        before = self.ids()
        with open(self.bank_file('mygit'), encoding='utf-8') as f:
            first_file = f.read()
        self.assertIn('up to date', self.imported(path))
        self.write('mygit.md', self.SECOND)
        refused = self.run_cli('bank', 'import', path)
        self.assertError(refused, 1, 'exists', '1 new, 1 kept, 1 reworded (same id), 1 removed',
                         '--force')
        self.assertIn('removed: mygit.detached-head', refused.stdout)
        with open(self.bank_file('mygit'), encoding='utf-8') as f:
            self.assertEqual(f.read(), first_file)
        out = self.imported(path, '--force')
        self.assertIn('removed: mygit.detached-head', out)
        after = self.ids()
        stash = 'What is `git stash`? When would you use it?'
        self.assertEqual(after['What is `git stash` and when would you use it?'], before[stash])
        flow = 'Explain the Git Flow branching strategy.'
        self.assertEqual(after[flow], before[flow])
        self.assertEqual(after['What is `git bisect`?'], 'mygit.git-bisect')
        self.assertEqual(len(after), 3)


class BadInput(ImportCase):
    def assertRefused(self, path, *fragments):
        result = self.run_cli('bank', 'import', path, '--name', 'bad')
        self.assertError(result, 3, 'nothing written', *fragments)
        self.assertFalse(os.path.exists(self.bank_file('bad')))

    def test_binary_empty_questionless_and_huge_files_exit_3_and_write_nothing(self):
        binary = os.path.join(self.home, 'list.md')
        with open(binary, 'wb') as f:
            f.write(b'- What is this?\n\x00\x01\x02\xff')
        self.assertRefused(binary, 'is not text')
        self.assertRefused(self.write('empty.md', '  \n\n'), 'is empty')
        self.assertRefused(self.write('notes.md', '# Notes\n\nNothing to ask here.\n'),
                           'no questions found', '1 line(s) skipped')
        huge = os.path.join(self.home, 'huge.md')
        with open(huge, 'w', encoding='utf-8') as f:
            f.write('- What is X?\n' * 700_000)  # 9.1 MB
        self.assertRefused(huge, 'up to 8 MB')

    def test_a_missing_file_is_a_file_system_error(self):
        self.assertError(self.run_cli('bank', 'import', os.path.join(self.home, 'nope.md')), 4,
                         'nope.md')

    def test_an_invalid_earlier_bank_file_is_kept_until_force_replaces_it(self):
        path = self.write('config/mockround/banks/react.yaml', 'format: 2\n')
        result = self.run_cli('bank', 'import', fixture('heading-per-question.md'), '--name',
                              'react')
        self.assertError(result, 3, 'is not a valid bank', '--force')
        with open(path, encoding='utf-8') as f:
            self.assertEqual(f.read(), 'format: 2\n')
        self.imported(fixture('heading-per-question.md'), '--name', 'react', '--force')
        self.assertEqual(len(self.json_of('bank', 'list', '--section', 'react.hooks', '--json')), 1)
