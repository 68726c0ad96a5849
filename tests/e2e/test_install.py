"""Install and package: `cmake --install` to a temporary prefix, the man page, the shell
completions, and the .deb from cpack."""
import glob
import gzip
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from harness import BIN, MockroundCase
from tmux_harness import Tmux

BUILD = os.environ.get('MOCKROUND_BUILD_DIR') or os.path.dirname(os.path.dirname(BIN))
SOURCE = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def subcommands(help_text):
    """The subcommand names of a CLI11 --help."""
    section = help_text.split('Subcommands:', 1)[1]
    return re.findall(r'^  (\S+)\s', section, re.M)


def options(help_text):
    return [o for o in re.findall(r'--[a-z][a-z-]*', help_text) if o != '--help']


def zsh_fpath():
    """The directories zsh reads functions and completions from, as built (no rc files)."""
    return subprocess.run(['zsh', '-f', '-c', 'print -l $fpath'], capture_output=True, text=True,
                          check=True).stdout.split()


class Installed(MockroundCase):
    @classmethod
    def setUpClass(cls):
        cls.prefix = tempfile.mkdtemp(prefix='mockround-prefix-')
        subprocess.run(['cmake', '--install', BUILD, '--prefix', cls.prefix], check=True,
                       capture_output=True)
        cls.bin = os.path.join(cls.prefix, 'bin', 'mockround')

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.prefix, True)

    def installed(self, *args, path_first=True):
        env = dict(self.env, PATH=os.path.dirname(self.bin) + os.pathsep + os.environ['PATH'])
        return subprocess.run([self.bin, *args], capture_output=True, text=True, env=env,
                              timeout=60)

    def test_the_installed_binary_finds_its_data_without_the_source_tree(self):
        for relative in ('share/mockround/questions.yaml', 'share/mockround/profiles/fresher.yaml',
                         'share/man/man1/mockround.1.gz',
                         'share/doc/mockround/copyright', 'share/doc/mockround/changelog.gz',
                         'share/bash-completion/completions/mockround',
                         'share/zsh/site-functions/_mockround',
                         'share/fish/vendor_completions.d/mockround.fish'):
            self.assertTrue(os.path.isfile(os.path.join(self.prefix, relative)), relative)
        profiles = json.loads(self.installed('profiles', 'list', '--json').stdout)
        for p in profiles:
            self.assertTrue(p['path'].startswith(self.prefix + '/share/mockround/'), p)
        # With the source tree hidden (a tmpfs over it, in a mount namespace of our own) where
        # this machine allows it; the profile paths above prove it everywhere.
        hidden = subprocess.run(
            ['unshare', '-m', 'sh', '-c',
             f'mount -t tmpfs none "$1" && test ! -e "$1/questions.yaml" && exec "$2" bank stats',
             'sh', SOURCE, self.bin], capture_output=True, text=True, env=self.env)
        if 'mount' in hidden.stderr or 'unshare' in hidden.stderr:
            hidden = self.installed('bank', 'stats')
        self.assertEqual(hidden.returncode, 0, hidden.stderr)
        self.assertIn('752 questions in 22 sections', hidden.stdout)

    def test_the_man_page_covers_every_command_and_option(self):
        with gzip.open(os.path.join(self.prefix, 'share/man/man1/mockround.1.gz'), 'rt',
                       encoding='utf-8') as f:
            source = f.read()
        check = subprocess.run(['groff', '-man', '-ww', '-z'], input=source, capture_output=True,
                               text=True)
        self.assertEqual((check.returncode, check.stderr), (0, ''))
        text = source.replace('\\-', '-')
        top = self.installed('--help').stdout
        for command in subcommands(top):
            self.assertIn(f'.SS "mockround {command}', text)
            help_text = self.installed(command, '--help').stdout
            for option in options(help_text):
                self.assertIn(option, text, f'{command} {option}')
            if 'Subcommands:' in help_text:
                for sub in subcommands(help_text):
                    self.assertIn(f'.SS "mockround {command} {sub}', text)
                    for option in options(self.installed(command, sub, '--help').stdout):
                        self.assertIn(option, text, f'{command} {sub} {option}')
        for code in ('0', '1', '2', '3', '4', '130'):
            self.assertRegex(text, rf'\.TP\n\.B {code}\n')
        for variable in ('MOCKROUND_DATA', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'NO_COLOR'):
            self.assertIn(variable, text)

    def user_profile_and_round(self):
        self.write('config/mockround/profiles/my-own.yaml',
                   'title: Mine\nminutes: 10\nsections: {git: 1}\nlevels: {fresher: 1}\n'
                   'budgets: {concept: 1m, compare: 1m, scenario: 1m, coding: 1m, design: 1m}\n')
        self.write('data/mockround/rounds/2026-11-24-0712-fresher.yaml', 'format: 1\n')

    def test_bash_completes_commands_options_profiles_and_rounds(self):
        self.user_profile_and_round()
        script = os.path.join(self.prefix, 'share/bash-completion/completions/mockround')

        def complete(line):
            words = line.split(' ')
            # With bash-completion's helpers, as a user has them (and without, as a fallback).
            shell = ('b=/usr/share/bash-completion/bash_completion; [ -f $b ] && source $b; '
                     f'source "{script}"; COMP_WORDS=({" ".join(repr(w) for w in words)}); '
                     f'COMP_CWORD={len(words) - 1}; COMP_LINE={line!r}; COMP_POINT={len(line)}; '
                     '_mockround; printf "%s\\n" "${COMPREPLY[@]}"')
            env = dict(self.env, PATH=os.path.dirname(self.bin) + os.pathsep + os.environ['PATH'])
            result = subprocess.run(['bash', '--norc', '-c', shell], capture_output=True,
                                    text=True, env=env)
            self.assertEqual(result.returncode, 0, result.stderr)
            return result.stdout.split()

        self.assertEqual(sorted(complete('mockround ')),
                         sorted(['run', 'resume', 'watch', 'history', 'show', 'stats', 'weak', 'compare',
                                'export', 'report', 'bank', 'profiles', '--color',
                                 '--version', '--help']))
        self.assertIn('--self-score-too', complete('mockround run --s'))
        profiles = complete('mockround run --profile ')
        self.assertIn('fresher', profiles)
        self.assertIn('my-own', profiles)
        self.assertEqual(complete('mockround profiles show my'), ['my-own'])
        self.assertEqual(complete('mockround resume 2026'), ['2026-11-24-0712-fresher'])
        self.assertIn('postgres', complete('mockround run --section p'))

    @unittest.skipUnless(shutil.which('fish'), 'fish is not installed (scripts/install-deps)')
    def test_fish_finds_and_runs_the_installed_completion(self):
        self.user_profile_and_round()
        # fish reads DIR/fish/vendor_completions.d for each DIR of XDG_DATA_DIRS, as it lists
        # /usr/local/share for an install into /usr/local; nothing sourced by hand.
        env = dict(self.env, PATH=os.path.dirname(self.bin) + os.pathsep + os.environ['PATH'],
                   XDG_DATA_DIRS=os.path.join(self.prefix, 'share') + ':/usr/share')

        def complete(line):
            result = subprocess.run(['fish', '-c', f'complete -C"{line}"'], capture_output=True,
                                    text=True, env=env, timeout=60)
            self.assertEqual(result.returncode, 0, result.stderr)
            return [c.split('\t')[0] for c in result.stdout.splitlines()]

        self.assertEqual(complete('mockround hist'), ['history'])
        self.assertIn('profiles', complete('mockround '))
        self.assertIn('my-own', complete('mockround run --profile '))
        self.assertIn('2026-11-24-0712-fresher', complete('mockround resume '))

    @unittest.skipUnless(shutil.which('zsh'), 'zsh is not installed (scripts/install-deps)')
    def test_zsh_reads_the_completion_from_where_an_install_into_usr_local_puts_it(self):
        installed, = glob.glob(os.path.join(self.prefix, 'share/zsh/*/_mockround'))
        directory = os.path.relpath(os.path.dirname(installed), self.prefix)
        self.assertIn(os.path.join('/usr/local', directory), zsh_fpath())

    @unittest.skipUnless(shutil.which('zsh'), 'zsh is not installed (scripts/install-deps)')
    def test_zsh_completes_commands_and_profiles_at_a_real_prompt(self):
        self.user_profile_and_round()
        installed, = glob.glob(os.path.join(self.prefix, 'share/zsh/*/_mockround'))
        tmux = Tmux(self.home, self.env, columns=100, rows=20)
        self.addCleanup(tmux.close)
        variables = [f'{k}={v}' for k, v in self.env.items()
                     if k.startswith(('XDG_', 'HOME', 'TERM'))]
        tmux.tmux('new-session', '-d', '-x', '100', '-y', '20', 'env', *variables,
                  f'PATH={os.path.dirname(self.bin)}:{os.environ["PATH"]}', 'PS1=zsh%% ',
                  'zsh', '-f')
        started = 'completion ready'
        tmux.type_line(f'fpath=({os.path.dirname(installed)} $fpath); autoload -Uz compinit; '
                       f'compinit -u; clear; echo {started}')
        tmux.wait_for(started + '\nzsh%')
        tmux.text('mockround hist')
        tmux.keys('Tab')
        tmux.wait_for('zsh% mockround history')
        tmux.keys('C-u')
        tmux.text('mockround run --profile my-')
        tmux.keys('Tab')
        tmux.wait_for('zsh% mockround run --profile my-own')


class Package(MockroundCase):
    @classmethod
    def setUpClass(cls):
        cls.out = tempfile.mkdtemp(prefix='mockround-deb-')
        cls.built = subprocess.run(['cpack', '-G', 'DEB', '-B', cls.out, '--config',
                                    os.path.join(BUILD, 'CPackConfig.cmake')],
                                   capture_output=True, text=True, cwd=BUILD)
        cls.debs = glob.glob(os.path.join(cls.out, 'mockround_*.deb'))
        cls.root = os.path.join(cls.out, 'root')
        for deb in cls.debs:
            subprocess.run(['dpkg-deb', '-x', deb, cls.root], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, True)

    def deb(self):
        self.assertEqual(self.built.returncode, 0, self.built.stdout + self.built.stderr)
        deb, = self.debs
        return deb

    def test_cpack_builds_a_deb_with_its_dependencies_that_runs(self):
        info = subprocess.run(['dpkg-deb', '-f', self.deb(), 'Depends'], capture_output=True,
                              text=True, check=True).stdout
        for package in ('libyaml-cpp0.7', 'libfmt9', 'libdate-tz3', 'libstdc++6', 'libc6',
                        'tzdata'):
            self.assertIn(package, info)
        stats = subprocess.run([os.path.join(self.root, 'usr/bin/mockround'), 'bank', 'stats'],
                               capture_output=True, text=True, env=self.env)
        self.assertEqual(stats.returncode, 0, stats.stderr)
        self.assertIn('752 questions', stats.stdout)
        self.assertTrue(os.path.isfile(os.path.join(self.root, 'usr/share/man/man1/mockround.1.gz')))

    @unittest.skipUnless(shutil.which('lintian'), 'lintian is not installed (scripts/install-deps)')
    def test_lintian_finds_no_error_and_no_warning(self):
        result = subprocess.run(['lintian', '--tag-display-limit', '0', self.deb()],
                                capture_output=True, text=True, timeout=600)
        findings = [line for line in result.stdout.splitlines() if line.startswith(('E:', 'W:'))]
        self.assertEqual(findings, [], result.stdout + result.stderr)

    def test_the_copyright_file_is_machine_readable_and_covers_the_bank(self):
        with open(os.path.join(self.root, 'usr/share/doc/mockround/copyright'),
                  encoding='utf-8') as f:
            paragraphs = [p for p in f.read().split('\n\n') if p.strip()]
        self.assertTrue(paragraphs[0].startswith(
            'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/'))
        files = {re.search(r'^Files: (.*)$', p, re.M).group(1): p for p in paragraphs
                 if p.startswith('Files:')}
        self.assertIn('License: Expat', files['*'])
        self.assertIn('questions.yaml', files)
        licences = {p.split('\n')[0] for p in paragraphs if p.startswith('License:')}
        for paragraph in files.values():
            for name in re.search(r'^License: (.*)$', paragraph, re.M).group(1).split(' and '):
                self.assertIn(f'License: {name}', licences)

    def test_the_changelog_names_the_packaged_version(self):
        version = subprocess.run(['dpkg-deb', '-f', self.deb(), 'Version'], capture_output=True,
                                 text=True, check=True).stdout.strip()
        with gzip.open(os.path.join(self.root, 'usr/share/doc/mockround/changelog.gz'), 'rt',
                       encoding='utf-8') as f:
            first = f.readline()
        self.assertTrue(first.startswith(f'mockround ({version}) '), first)

    @unittest.skipUnless(shutil.which('zsh'), 'zsh is not installed (scripts/install-deps)')
    def test_the_zsh_completion_is_where_debians_zsh_reads_packages(self):
        self.deb()
        self.assertTrue(os.path.isfile(
            os.path.join(self.root, 'usr/share/zsh/vendor-completions/_mockround')))
        self.assertIn('/usr/share/zsh/vendor-completions', zsh_fpath())


if __name__ == '__main__':
    unittest.main()
