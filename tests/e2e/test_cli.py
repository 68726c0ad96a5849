"""The CLI as a user meets it: exit codes, messages, JSON, colour, user files."""
import os
import shutil
import unittest

from harness import MockroundCase

BROKEN_BANK = """format: 1
sections:
  - id: extra
    title: Extra
    topics:
      - id: misc
        title: Misc
        questions:
          - id: extra.one
            text: One?
            kind: riddle
            level: fresher
            minutes: 2
            colour: blue
"""

USER_BANK = """format: 1
sections:
  - id: extra
    title: Extra
    topics:
      - id: misc
        title: Misc
        questions:
          - id: extra.one
            text: What is one?
            kind: concept
            level: fresher
            minutes: 2
"""


class Basics(MockroundCase):
    def test_version_and_help(self):
        self.assertRegex(self.run_cli('--version').stdout, r'^mockround \d+\.\d+\.\d+')
        help_text = self.run_cli('--help')
        self.assertEqual(help_text.returncode, 0)
        for word in ('bank', 'profiles', 'Exit codes', '130 interrupted'):
            self.assertIn(word, help_text.stdout)
        for sub in (['bank', '--help'], ['bank', 'list', '--help'], ['profiles', 'show', '--help']):
            self.assertEqual(self.run_cli(*sub).returncode, 0)

    def test_wrong_flag_is_a_usage_error_that_says_what_to_do(self):
        result = self.run_cli('bank', 'list', '--levle', 'mid')
        self.assertError(result, 2, '--levle', "run 'mockround bank list --help'")
        self.assertError(self.run_cli(), 2)
        self.assertError(self.run_cli('--color=purple', 'bank', 'stats'), 2, 'purple')

    def test_bad_filter_values_are_usage_errors(self):
        self.assertError(self.run_cli('bank', 'list', '--section', 'gti'), 2, "did you mean 'git'")
        self.assertError(self.run_cli('bank', 'list', '--level', 'guru'), 2, 'fresher, mid, senior')
        self.assertError(self.run_cli('bank', 'show', 'git.fetch-vs-pul'), 2,
                         "did you mean 'git.fetch-vs-pull'")


class Bank(MockroundCase):
    def test_list_json_has_every_question_with_its_fields(self):
        questions = self.json_of('bank', 'list', '--json')
        self.assertGreaterEqual(len(questions), 750)
        self.assertEqual(len({q['id'] for q in questions}), len(questions))
        for q in questions:
            for field in ('id', 'section', 'topic', 'text', 'kind', 'level', 'minutes'):
                self.assertIn(field, q)

    def test_filters_narrow_the_list(self):
        questions = self.json_of('bank', 'list', '--section', 'git', '--level', 'fresher',
                                 '--kind', 'compare', '--json')
        self.assertTrue(questions)
        for q in questions:
            self.assertEqual((q['section'], q['level'], q['kind']), ('git', 'fresher', 'compare'))

    def test_show_and_search(self):
        q = self.json_of('bank', 'show', 'git.fetch-vs-pull', '--json')
        self.assertEqual(q['text'], 'What is the difference between `git fetch` and `git pull`?')
        for field in ('key_points', 'follow_ups', 'pitfalls', 'example'):
            self.assertIn(field, q)
        found = self.json_of('bank', 'search', 'FETCH pull', '--json')
        self.assertIn('git.fetch-vs-pull', [f['id'] for f in found])
        text = self.run_cli('bank', 'show', 'git.fetch-vs-pull').stdout
        self.assertIn('Git & GitHub', text)

    def test_stats_add_up(self):
        stats = self.json_of('bank', 'stats', '--json')
        self.assertEqual(sum(s['questions'] for s in stats['sections']), stats['questions'])
        self.assertEqual(sum(stats['levels'].values()), stats['questions'])
        self.assertEqual(sum(stats['kinds'].values()), stats['questions'])

    def test_user_bank_is_merged(self):
        self.write('config/mockround/banks/extra.yaml', USER_BANK)
        ids = [q['id'] for q in self.json_of('bank', 'list', '--section', 'extra', '--json')]
        self.assertEqual(ids, ['extra.one'])

    def test_broken_user_bank_names_file_line_and_column(self):
        path = self.write('config/mockround/banks/broken.yaml', BROKEN_BANK)
        result = self.run_cli('bank', 'validate', path)
        self.assertError(result, 3, f'{path}:11:19: \'kind\' must be one of',
                         f"{path}:14:13: unknown key 'colour'")
        self.assertEqual(result.stdout, '')
        self.assertError(self.run_cli('bank', 'validate'), 3, f'{path}:11:19')

    def test_a_bank_broken_after_it_was_cached_is_still_caught(self):
        path = self.write('config/mockround/banks/extra.yaml', USER_BANK)
        self.assertEqual(self.run_cli('bank', 'stats').returncode, 0)  # builds the cache
        self.assertTrue(os.path.exists(os.path.join(self.home, 'cache', 'mockround', 'bank.bin')))
        self.write('config/mockround/banks/extra.yaml', USER_BANK.replace('kind: concept', 'kind: poem'))
        self.assertIn(f"{path}:11:19", self.run_cli('bank', 'list').stderr)
        shutil.rmtree(os.path.join(self.home, 'cache'))
        self.assertIn(f"{path}:11:19", self.run_cli('bank', 'list').stderr)

    def test_validate_passes_the_shipped_bank(self):
        result = self.run_cli('bank', 'validate')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('ok:', result.stdout)

    def test_invalid_yaml_syntax(self):
        path = self.write('config/mockround/banks/bad.yaml', 'format: 1\nsections: [\n')
        self.assertError(self.run_cli('bank', 'validate', path), 3, f'{path}:3:1: invalid YAML')


class Profiles(MockroundCase):
    def test_list_shows_shipped_profiles(self):
        names = [p['name'] for p in self.json_of('profiles', 'list', '--json')]
        for name in ('fresher', 'mid-backend', 'senior-backend', 'python-deep-dive',
                     'databases', 'warmup'):
            self.assertIn(name, names)

    def test_user_profile_shadows_shipped(self):
        shipped = self.json_of('profiles', 'show', 'warmup', '--json')
        self.write('config/mockround/profiles/warmup.yaml',
                   open(shipped['path']).read().replace('minutes: 15', 'minutes: 10'))
        profile = self.json_of('profiles', 'show', 'warmup', '--json')
        self.assertEqual(profile['minutes'], 10)
        listed = {p['name']: p for p in self.json_of('profiles', 'list', '--json')}
        self.assertEqual(listed['warmup']['origin'], 'user (shadows shipped)')

    def test_broken_profile(self):
        path = self.write('config/mockround/profiles/bad.yaml',
                          'title: Bad\nminutes: 45\nsections:\n  nosuch: 1\nlevels:\n'
                          '  fresher: 1\nbudgets: {concept: 1m}\n')
        result = self.run_cli('profiles', 'validate')
        self.assertError(result, 3, f"{path}:4:3: no section 'nosuch'", "'budgets' is missing")

    def test_profile_names_are_not_paths(self):
        self.assertError(self.run_cli('profiles', 'show', '../../etc/passwd'), 2, 'not a profile')
        self.assertError(self.run_cli('profiles', 'show', 'fresherr'), 2, "did you mean 'fresher'")


class FilesAndColour(MockroundCase):
    def test_no_escape_codes_when_not_a_terminal(self):
        self.assertNotIn('\x1b[', self.run_cli('bank', 'show', 'git.fetch-vs-pull').stdout)

    def test_color_always_and_no_color(self):
        colored = self.run_cli('--color=always', 'bank', 'show', 'git.fetch-vs-pull').stdout
        self.assertIn('\x1b[', colored)
        plain = self.run_cli('--color=auto', 'bank', 'list', env={'NO_COLOR': '1'}).stdout
        self.assertNotIn('\x1b[', plain)

    def test_a_reader_that_stops_early_is_no_error(self):
        import subprocess
        from harness import BIN
        result = subprocess.run(['sh', '-c', f'"{BIN}" bank list --json | head -c 10 >/dev/null; '
                                 'echo "${PIPESTATUS:-done}"'], capture_output=True, text=True,
                                env=self.env)
        self.assertEqual(result.stderr, '')

    def test_missing_data_is_a_file_system_error(self):
        result = self.run_cli('bank', 'stats', env={'MOCKROUND_DATA': self.home})
        self.assertError(result, 4, 'MOCKROUND_DATA')


if __name__ == '__main__':
    unittest.main()
