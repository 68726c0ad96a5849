"""Hostile input from the command line and the keyboard: names that try to be paths, notes
that try to be YAML."""
import glob
import os
import unittest

import yaml

from harness import MockroundCase
from tmux_harness import Tmux

# Any UTF-8, quotes, colons, a leading '-', '#', YAML's indicators, and very long.
NOTE = ('- said: "MVCC" isn\'t locking # not a comment: {a: [1, 2]} & *alias !tag | > % @ ` '
        'ünïcödé ✓ 日本語 🎉 ' + 'long ' * 300).strip()


class Names(MockroundCase):
    def test_profile_names_and_round_ids_are_not_paths(self):
        for args in (['run', '--profile', '../../etc/passwd'],
                     ['run', '--profile', '/etc/passwd', '--dry-run'],
                     ['profiles', 'show', '../fresher']):
            self.assertError(self.run_cli(*args), 2, 'is not a profile name')
        for args in (['resume', '../x'], ['resume', '/etc/passwd'], ['resume', '.hidden'],
                     ['watch', '../x']):
            self.assertError(self.run_cli(*args), 2, 'is not a round id')
        self.assertFalse(os.path.exists(os.path.join(self.home, 'x.yaml')))


class Notes(MockroundCase):
    def rounds(self):
        return os.path.join(self.home, 'data', 'mockround', 'rounds')

    def transcript(self):
        files = glob.glob(os.path.join(self.rounds(), '*.yaml'))
        self.assertEqual(len(files), 1, files)
        with open(files[0], encoding='utf-8') as f:
            return yaml.safe_load(f)

    def test_a_note_typed_in_a_round_round_trips_unchanged(self):
        term = Tmux(self.home, self.env)
        self.addCleanup(term.close)
        term.start('run', '--questions', '2', '--budget', '60s')
        term.wait_for('question 1/2')
        term.keys('Enter')
        term.wait_for('Score:')
        term.keys('n')
        for at in range(0, len(NOTE), 200):  # '--': the note's leading '-' is no tmux flag
            term.tmux('send-keys', '-t', term.pane, '-l', '--', NOTE[at:at + 200])
        term.keys('Enter')
        term.keys('3')
        term.wait_for('question 2/2')
        term.keys('q')
        term.wait_for('Quit?')
        term.keys('q')
        self.assertEqual(term.exit_code(), 0)
        self.assertEqual(self.transcript()['questions'][0]['note'], NOTE)
        # Read by mockround and written again by it: still the same text.
        resumed = self.run_cli('resume', input='\n2\n')
        self.assertEqual(resumed.returncode, 0, resumed.stderr)
        t = self.transcript()
        self.assertEqual(t['status'], 'completed')
        self.assertEqual(t['questions'][0]['note'], NOTE)

    def test_notes_that_look_like_other_yaml_values_stay_text(self):
        notes = ['yes', 'null', '123', '~', '2026-11-24', '0x1F', '1e3', 'no', '-', '#', ':']
        lines = []
        for note in notes:
            lines += [f'note {note}', '', '1']
        result = self.run_cli('run', '--questions', str(len(notes)), '--budget', '60s',
                              input='\n'.join(lines) + '\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([q.get('note') for q in self.transcript()['questions']], notes)


if __name__ == '__main__':
    unittest.main()
