"""The user's own bank and profile files: one with a problem is left out with one warning naming
file:line:column, and every other command goes on; `validate` still fails on it; *.yml files
count as *.yaml; a broken shipped file still fails everything."""
import os
import shutil
import unittest

from harness import MockroundCase
from test_cli import BROKEN_BANK, USER_BANK

BROKEN_PROFILE = ('title: Bad\nminutes: 45\nsections:\n  nosuch: 1\nlevels:\n'
                  '  fresher: 1\nbudgets: {concept: 1m, compare: 1m, scenario: 1m, coding: 1m,'
                  ' design: 1m}\n')


class UserFilesCase(MockroundCase):
    def assertWarnedOnce(self, result, where):
        self.assertEqual(result.returncode, 0, result.stderr)
        warnings = [line for line in result.stderr.splitlines() if where in line]
        self.assertEqual(len(warnings), 1, result.stderr)
        self.assertTrue(warnings[0].startswith(f'mockround: warning: {where}'), warnings[0])

    def play_one_round(self):
        result = self.run_cli('run', '--questions', '1', '--budget', '30s', '--seed', '2',
                              input='\n3\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        return result


class BrokenUserBank(UserFilesCase):
    def setUp(self):
        super().setUp()
        self.write('config/mockround/banks/good.yaml', USER_BANK)
        self.broken = self.write('config/mockround/banks/x.yaml',
                                 BROKEN_BANK.replace('extra', 'other'))

    def test_every_command_leaves_it_out_with_one_warning(self):
        where = f'{self.broken}:11:19:'
        self.assertWarnedOnce(self.play_one_round(), where)
        for command in (['stats'], ['show'], ['bank', 'search', 'one'], ['bank', 'stats'],
                        ['profiles', 'list']):
            with self.subTest(command=command):
                self.assertWarnedOnce(self.run_cli(*command), where)
        found = [q['id'] for q in self.json_of('bank', 'search', 'one', '--json')]
        self.assertIn('extra.one', found)  # the good user file is still merged

    def test_validate_still_fails_on_it(self):
        self.assertError(self.run_cli('bank', 'validate'), 3, f'{self.broken}:11:19')
        self.assertError(self.run_cli('bank', 'validate', self.broken), 3, f'{self.broken}:11:19')

    def test_the_cache_keeps_the_warning_and_sees_the_file_fixed(self):
        for _ in range(2):  # the second from the cache
            self.assertWarnedOnce(self.run_cli('bank', 'stats'), f'{self.broken}:11:19:')
        self.assertTrue(os.path.exists(os.path.join(self.home, 'cache', 'mockround', 'bank.bin')))
        self.write('config/mockround/banks/x.yaml',
                   USER_BANK.replace('extra', 'other'))
        fixed = self.run_cli('bank', 'list', '--section', 'other', '--json')
        self.assertEqual(fixed.returncode, 0, fixed.stderr)
        self.assertEqual(fixed.stderr, '')
        self.assertIn('other.one', fixed.stdout)

    def test_invalid_yaml_syntax_is_left_out_too(self):
        self.write('config/mockround/banks/x.yaml', 'format: 1\nsections: [\n')
        self.assertWarnedOnce(self.run_cli('bank', 'list'), f'{self.broken}:3:1: invalid YAML')


class YmlFiles(UserFilesCase):
    def test_a_yml_bank_is_merged(self):
        self.write('config/mockround/banks/extra.yml', USER_BANK)
        self.assertEqual(self.run_cli('bank', 'stats').returncode, 0)  # builds the cache
        ids = [q['id'] for q in self.json_of('bank', 'list', '--section', 'extra', '--json')]
        self.assertEqual(ids, ['extra.one'])

    def test_a_yml_added_after_the_cache_was_built_is_seen(self):
        self.assertEqual(self.run_cli('bank', 'stats').returncode, 0)  # builds the cache
        self.write('config/mockround/banks/extra.yml', USER_BANK)
        ids = [q['id'] for q in self.json_of('bank', 'list', '--section', 'extra', '--json')]
        self.assertEqual(ids, ['extra.one'])

    def test_a_yml_profile_is_listed_shown_and_validated(self):
        shipped = self.json_of('profiles', 'show', 'warmup', '--json')
        with open(shipped['path'], encoding='utf-8') as f:
            text = f.read()
        self.write('config/mockround/profiles/short.yml', text.replace('minutes: 15', 'minutes: 7'))
        listed = {p['name']: p for p in self.json_of('profiles', 'list', '--json')}
        self.assertEqual(listed['short']['minutes'], 7)
        self.assertEqual(self.json_of('profiles', 'show', 'short', '--json')['minutes'], 7)
        self.write('config/mockround/profiles/bad.yml', BROKEN_PROFILE)
        self.assertError(self.run_cli('profiles', 'validate'), 3, 'bad.yml:4:3')


class BrokenUserProfile(UserFilesCase):
    def test_profiles_list_leaves_it_out_with_one_warning(self):
        path = self.write('config/mockround/profiles/x.yaml', BROKEN_PROFILE)
        result = self.run_cli('profiles', 'list', '--json')
        self.assertWarnedOnce(result, f'{path}:4:3:')
        self.assertNotIn('"x"', result.stdout)
        self.assertIn('"fresher"', result.stdout)
        self.assertError(self.run_cli('profiles', 'validate'), 3, f'{path}:4:3')
        self.assertError(self.run_cli('profiles', 'validate', path), 3, f'{path}:4:3')
        # Asked for by name, it is the error.
        self.assertError(self.run_cli('run', '--profile', 'x', '--dry-run'), 3, f'{path}:4:3')

    def test_a_broken_profile_shadowing_a_shipped_one_gives_way_to_it(self):
        path = self.write('config/mockround/profiles/warmup.yaml', BROKEN_PROFILE)
        listed = self.run_cli('profiles', 'list')
        self.assertWarnedOnce(listed, f'{path}:4:3:')
        self.assertRegex(listed.stdout, r'warmup .* shipped')
        result = self.run_cli('run', '--profile', 'warmup', '--dry-run')
        self.assertWarnedOnce(result, f'{path}:4:3:')


class BrokenShippedFiles(UserFilesCase):
    def shipped_copy(self):
        data = os.path.join(self.home, 'shipped')
        source = os.path.join(os.path.dirname(__file__), '..', '..')
        shutil.copy(os.path.join(source, 'questions.yaml'), data + '-questions.yaml')
        os.makedirs(data)
        shutil.move(data + '-questions.yaml', os.path.join(data, 'questions.yaml'))
        shutil.copytree(os.path.join(source, 'profiles'), os.path.join(data, 'profiles'))
        self.env['MOCKROUND_DATA'] = data
        return data

    def test_a_broken_shipped_bank_fails_everything(self):
        data = self.shipped_copy()
        with open(os.path.join(data, 'questions.yaml'), 'a', encoding='utf-8') as f:
            f.write('colour: blue\n')
        for command in (['bank', 'stats'], ['profiles', 'list'], ['run', '--dry-run']):
            with self.subTest(command=command):
                self.assertError(self.run_cli(*command), 3, "unknown key 'colour'")

    def test_a_broken_shipped_profile_fails_the_list(self):
        data = self.shipped_copy()
        with open(os.path.join(data, 'profiles', 'warmup.yaml'), 'a', encoding='utf-8') as f:
            f.write('colour: blue\n')
        self.assertError(self.run_cli('profiles', 'list'), 3, "unknown key 'colour'")
        self.assertError(self.run_cli('run', '--profile', 'warmup', '--dry-run'), 3, 'colour')


class MissingFiles(UserFilesCase):
    def test_validate_of_a_missing_file_is_a_file_system_error(self):
        missing = os.path.join(self.home, 'missing.yaml')
        self.assertError(self.run_cli('bank', 'validate', missing), 4, missing)
        self.assertError(self.run_cli('profiles', 'validate', missing), 4, missing)


if __name__ == '__main__':
    unittest.main()
