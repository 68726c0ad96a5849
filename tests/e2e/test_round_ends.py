"""How a round ends, as `watch` and the rounds directory see it: the lock file is gone whatever
the way (finished, quit, abandoned, interrupted); `watch` follows only a round a live process
holds, the newest, and moves on to the next one to start; `watch ID` of no round exits 2."""
import glob
import os
import signal
import unittest

from test_round import RoundCase
from tmux_harness import Tmux


class RoundCaseWithLocks(RoundCase):
    def locks(self):
        return glob.glob(os.path.join(self.rounds, '.*.lock'))

    def assertNoLocks(self):
        self.assertEqual(self.locks(), [])


class LockFilesGo(RoundCaseWithLocks):
    def play_lines(self, lines, *args):
        return self.run_cli('run', '--questions', '1', '--budget', '30s', *args,
                            input=''.join(line + '\n' for line in lines))

    def test_no_lock_is_left_after_a_round_ends_in_line_mode(self):
        for name, lines in (('finished', ['', '3']), ('quit', ['quit']),
                            ('abandoned', ['abandon']), ('end of input', [])):
            with self.subTest(name):
                result = self.play_lines(lines)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertNoLocks()

    def test_no_lock_is_left_after_a_resumed_round_ends(self):
        self.assertEqual(self.play_lines(['quit']).returncode, 0)
        resumed = self.run_cli('resume', input='\n3\n')
        self.assertEqual(resumed.returncode, 0, resumed.stderr)
        self.assertIn('Mean score', resumed.stdout)
        self.assertNoLocks()

    def test_no_lock_is_left_after_keys_end_the_round(self):
        for name, keys in (('quit', ['q', 'q']), ('finished', ['Enter', '3'])):
            with self.subTest(name):
                self.term.start('run', '--questions', '1', '--budget', '60s')
                self.term.wait_for('question 1/1')
                self.assertEqual(len(self.locks()), 1)  # held while the round runs
                for key in keys:
                    self.term.keys(key)
                self.assertEqual(self.term.exit_code(), 0)
                self.assertNoLocks()

    def test_no_lock_is_left_after_an_interruption(self):
        for name, send in (('Ctrl-C', lambda: self.term.keys('C-c')),
                           ('SIGTERM', lambda: os.kill(self.term.mockround_pid(), signal.SIGTERM)),
                           ('SIGHUP', lambda: os.kill(self.term.mockround_pid(), signal.SIGHUP))):
            with self.subTest(name):
                self.term.start('run', '--questions', '1', '--budget', '60s')
                self.term.wait_for('question 1/1')
                send()
                self.assertEqual(self.term.exit_code(), 130)
                self.assertNoLocks()


class WatchFollowsTheLiveRound(RoundCaseWithLocks):
    def window(self, *mockround_args):
        """Runs mockround in a new tmux window of the same size; returns a handle on it."""
        other = Tmux(self.home, self.env, self.term.columns, self.term.rows)
        other.socket, other.started = self.term.socket, True
        other.pane = self.term.tmux('new-window', '-d', '-P', '-F', '#{pane_id}', 'sh', '-c',
                                    other.script(mockround_args)).stdout.strip()
        return other

    def interviewer(self, questions):
        """A live interviewer round of `questions` questions in its own window, on screen."""
        window = self.window('run', '--interviewer', '--questions', str(questions), '--budget', '5m')
        window.wait_for(f'question 1/{questions}')
        return window

    def test_watch_skips_a_round_left_in_progress_and_follows_each_live_one(self):
        # A round left in progress on disk: Ctrl-C, its process gone.
        self.term.start('run', '--questions', '3', '--budget', '5m')
        self.term.wait_for('question 1/3')
        self.term.keys('C-c')
        self.assertEqual(self.term.exit_code(), 130)

        self.term.start('watch')
        candidate = self.term
        candidate.wait_for('waiting for a round to start')
        self.assertNotIn('question 1/3', candidate.screen())

        first = self.interviewer(2)
        candidate.wait_for('question 1/2')

        # The interviewer quits that round: watch says so, and stays for the next.
        first.keys('q')
        first.wait_for('Quit?')
        first.keys('q')
        self.assertEqual(first.exit_code(), 0)
        candidate.wait_for('The round stopped')

        self.interviewer(4)
        candidate.wait_for('question 1/4')
        self.assertNotIn('The round stopped', candidate.screen())

        # A round opened while another runs is the newest: watch moves to it.
        self.interviewer(5)
        candidate.wait_for('question 1/5')
        candidate.keys('q')
        self.assertEqual(candidate.exit_code(), 0)

    def test_watch_of_an_unknown_round_exits_2(self):
        self.assertEqual(self.run_cli('run', '--questions', '1', '--budget', '30s',
                                      input='quit\n').returncode, 0)
        (path,) = glob.glob(os.path.join(self.rounds, '*.yaml'))
        real = os.path.basename(path)[:-len('.yaml')]
        result = self.run_cli('watch', real[:-1] + 'x')
        self.assertError(result, 2, 'no round ' + real[:-1] + 'x', f"did you mean '{real}'",
                         'mockround history')
        self.assertError(self.run_cli('watch', '../etc'), 2, 'not a round id')


if __name__ == '__main__':
    unittest.main()
