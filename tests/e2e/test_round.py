"""The timed round end to end: the real binary in tmux, the real clock, real files."""
import glob
import os
import signal
import subprocess
import time
import unittest

import yaml

from harness import BIN, MockroundCase
from tmux_harness import Tmux


class RoundCase(MockroundCase):
    def setUp(self):
        super().setUp()
        self.term = Tmux(self.home, self.env)
        self.addCleanup(self.term.close)
        self.rounds = os.path.join(self.home, 'data', 'mockround', 'rounds')

    def transcript(self):
        files = glob.glob(os.path.join(self.rounds, '*.yaml'))
        self.assertEqual(len(files), 1, files)
        with open(files[0], encoding='utf-8') as f:
            return yaml.safe_load(f)

    def assertTerminalRestored(self):
        before, after = self.term.stty_before_after()
        self.assertEqual(before, after)


class ShortRound(RoundCase):
    def test_a_short_round_finished_with_keys(self):
        self.term.start('run', '--questions', '3', '--budget', '2s', '--overtime', 'advance',
                        '--seed', '11')
        self.term.wait_for('question 1/3')
        # No key: the 2 s budget runs out and the round moves to scoring by itself.
        self.term.wait_for('A strong answer covers', timeout=5)
        self.assertIn('TIME', self.term.screen())
        self.term.keys('3')
        self.term.wait_for('question 2/3')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('n')
        self.term.text('said: "MVCC" # ünïcode')
        self.term.keys('Enter')
        self.term.keys('2')
        self.term.wait_for('question 3/3')
        self.term.keys('s')
        self.term.wait_for('Mean score 2.5/4')
        self.assertEqual(self.term.exit_code(), 0)
        self.assertTerminalRestored()

        t = self.transcript()
        self.assertEqual(t['format'], 1)
        self.assertEqual((t['status'], t['mode'], t['seed'], t['profile']),
                         ('completed', 'solo', 11, 'fresher'))
        self.assertRegex(t['started_at'], r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$')
        self.assertIn('ended_at', t)
        q1, q2, q3 = t['questions']
        self.assertEqual((q1['state'], q1['score'], q1['scored_by'], q1['time_up']),
                         ('scored', 3, 'self', True))
        self.assertEqual(q1['budget_seconds'], 2)
        self.assertGreaterEqual(q1['answer_seconds'], 2.0)
        self.assertLess(q1['answer_seconds'], 2.5)
        self.assertEqual(q1['overtime_seconds'], 0.0)
        self.assertEqual((q2['state'], q2['score'], q2['note']), ('scored', 2, 'said: "MVCC" # ünïcode'))
        self.assertFalse(q2['time_up'])
        self.assertEqual(q3['state'], 'skipped')
        for q in (q1, q2, q3):
            for field in ('id', 'section', 'topic', 'text', 'asked_at', 'paused_seconds'):
                self.assertIn(field, q)
        mode = os.stat(glob.glob(os.path.join(self.rounds, '*.yaml'))[0]).st_mode & 0o777
        self.assertEqual(mode, 0o600)
        self.assertEqual(os.stat(self.rounds).st_mode & 0o777, 0o700)

    def test_overtime_continue_counts_past_the_budget(self):
        self.term.start('run', '--questions', '1', '--budget', '1s', '--overtime', 'continue')
        self.term.wait_for('TIME +00:01', timeout=5)
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('1')
        self.assertEqual(self.term.exit_code(), 0)
        q = self.transcript()['questions'][0]
        self.assertTrue(q['time_up'])
        self.assertGreaterEqual(q['overtime_seconds'], 1.0)

    def test_pause_stops_the_question_clock(self):
        self.term.start('run', '--questions', '1', '--budget', '30s')
        self.term.wait_for('question 1/1')
        self.term.keys('p')
        self.term.wait_for('PAUSED')
        time.sleep(1.5)
        self.term.keys('p')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('4')
        self.assertEqual(self.term.exit_code(), 0)
        q = self.transcript()['questions'][0]
        self.assertGreaterEqual(q['paused_seconds'], 1.4)
        self.assertLess(q['answer_seconds'], 1.0)


class Interruptions(RoundCase):
    def test_kill_9_then_resume_to_the_end(self):
        self.term.start('run', '--questions', '3', '--budget', '60s', '--seed', '5')
        self.term.wait_for('question 1/3')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('4')
        self.term.wait_for('question 2/3')
        time.sleep(12)  # past the 10 s checkpoint: answering time survives kill -9
        os.kill(self.term.mockround_pid(), signal.SIGKILL)
        self.term.exit_code()
        t = self.transcript()
        self.assertEqual(t['status'], 'in-progress')
        self.assertEqual((t['questions'][0]['state'], t['questions'][0]['score']), ('scored', 4))
        self.assertEqual(t['questions'][1]['state'], 'asking')

        subprocess.run(['stty', 'sane'], check=False)
        self.term.start('resume')
        self.term.wait_for('question 2/3')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('2')
        self.term.wait_for('question 3/3')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('3')
        self.term.wait_for('Mean score 3.0/4')
        self.assertEqual(self.term.exit_code(), 0)
        t = self.transcript()
        self.assertEqual(t['status'], 'completed')
        self.assertEqual([q['score'] for q in t['questions']], [4, 2, 3])
        self.assertGreaterEqual(t['questions'][1]['answer_seconds'], 9.5)  # kept across the kill

    def test_ctrl_c_saves_exits_130_and_restores_the_terminal(self):
        self.term.start('run', '--questions', '2', '--budget', '60s')
        self.term.wait_for('question 1/2')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('1')
        self.term.wait_for('question 2/2')
        self.term.keys('C-c')
        self.assertEqual(self.term.exit_code(), 130)
        self.assertTerminalRestored()
        self.assertIn('mockround resume', self.term.screen())
        t = self.transcript()
        self.assertEqual(t['status'], 'in-progress')
        self.assertEqual(t['questions'][0]['score'], 1)

    def test_ctrl_z_restores_the_terminal_pauses_and_fg_comes_back_paused(self):
        before, after = os.path.join(self.home, 'before'), os.path.join(self.home, 'after')
        self.term.type_line(self.term.start_shell() + f'; stty -g > {before}')
        self.term.type_line(f'{BIN} run --questions 1 --budget 60s')
        self.term.wait_for('question 1/1')
        self.term.keys('C-z')
        screen = self.term.wait_for('Stopped')
        self.assertNotIn('question 1/1', screen)  # the round's alternate screen is gone
        self.assertTrue(self.transcript()['paused'])
        self.term.type_line('fg')
        self.term.wait_for('PAUSED')  # redrawn, and still paused until p
        self.term.keys('p')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('3')
        self.term.wait_for('Mean score 3.0/4')
        self.term.type_line(f'echo EXIT=$?; stty -g > {after}')
        self.term.wait_for('EXIT=0')
        time.sleep(0.2)
        with open(before) as b, open(after) as a:
            self.assertEqual(b.read(), a.read())
        q = self.transcript()['questions'][0]
        self.assertEqual(q['score'], 3)
        self.assertGreater(q['paused_seconds'], 0)

    def test_sigterm_and_sighup_save_the_round(self):
        for sig in (signal.SIGTERM, signal.SIGHUP):
            for f in glob.glob(os.path.join(self.rounds, '*')):
                os.remove(f)
            self.term.start('run', '--questions', '2', '--budget', '60s')
            self.term.wait_for('question 1/2')
            self.term.keys('Enter')
            self.term.wait_for('Score:')
            self.term.keys('2')
            self.term.wait_for('question 2/2')
            os.kill(self.term.mockround_pid(), sig)
            self.assertEqual(self.term.exit_code(), 130)
            self.assertTerminalRestored()
            self.assertEqual(self.transcript()['questions'][0]['score'], 2)

    def test_quit_keeps_the_round_and_a_second_resume_is_refused(self):
        self.term.start('run', '--questions', '2', '--budget', '60s')
        self.term.wait_for('question 1/2')
        self.term.keys('q')
        self.term.wait_for('Quit?')
        self.term.keys('q')
        self.assertEqual(self.term.exit_code(), 0)
        self.assertTerminalRestored()
        self.term.start('resume')
        self.term.wait_for('question 1/2')
        second = self.run_cli('resume')
        self.assertError(second, 1, 'open in another mockround process')


class Plain(MockroundCase):
    def rounds_dir(self):
        return os.path.join(self.home, 'data', 'mockround', 'rounds')

    def test_line_mode_has_no_escape_codes(self):
        result = self.run_cli('run', '--questions', '2', '--budget', '30s', '--seed', '9',
                              input='\n3\nnote plain text\nskip\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn('\x1b', result.stdout)
        self.assertIn('question 1/2', result.stdout)
        self.assertIn('a) ', result.stdout)
        self.assertIn('scored 3', result.stdout)
        self.assertIn('Mean score 3.0/4', result.stdout)

    def test_line_mode_end_of_input_keeps_the_round(self):
        result = self.run_cli('run', '--questions', '2', '--budget', '30s', input='\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('mockround resume', result.stdout)
        resumed = self.run_cli('resume', input='2\n\n4\n')
        self.assertEqual(resumed.returncode, 0, resumed.stderr)
        self.assertIn('Mean score 3.0/4', resumed.stdout)

    def test_unwritable_data_directory_exits_4_before_any_question(self):
        blocker = self.write('not-a-dir', 'a file where the data directory should be')
        result = self.run_cli('run', '--questions', '2', env={'XDG_DATA_HOME': blocker}, input='\n')
        self.assertError(result, 4, blocker)
        self.assertNotIn('question', result.stdout)

    def test_dry_run_plans_without_asking_or_writing(self):
        plan = self.json_of('run', '--profile', 'senior-backend', '--seed', '4', '--dry-run', '--json')
        again = self.json_of('run', '--profile', 'senior-backend', '--seed', '4', '--dry-run', '--json')
        self.assertEqual(plan, again)
        self.assertEqual(plan['round_seconds'], 45 * 60)
        self.assertLessEqual(sum(q['budget_seconds'] for q in plan['questions']), 45 * 60)
        self.assertFalse(os.path.exists(os.path.join(self.home, 'data', 'mockround')))

    def test_replay_asks_the_same_questions(self):
        first = self.run_cli('run', '--questions', '2', '--budget', '30s', input='skip\nskip\n')
        self.assertEqual(first.returncode, 0, first.stderr)
        round_id = os.listdir(os.path.join(self.home, 'data', 'mockround', 'rounds'))
        round_id = [r[:-5] for r in round_id if r.endswith('.yaml')][0]
        replay = self.json_of('run', '--replay', round_id, '--dry-run', '--json')
        with open(os.path.join(self.rounds_dir(), round_id + '.yaml')) as f:
            original = yaml.safe_load(f)
        self.assertEqual([q['id'] for q in replay['questions']],
                         [q['id'] for q in original['questions']])

    def test_focus_rounds_go_where_it_hurts(self):
        played = self.run_cli('run', '--questions', '3', '--budget', '30s', '--seed', '8',
                              input='\n0\nskip\n\n4\n')
        self.assertEqual(played.returncode, 0, played.stderr)
        with open(glob.glob(os.path.join(self.rounds_dir(), '*.yaml'))[0]) as f:
            asked = [q['id'] for q in yaml.safe_load(f)['questions']]
        shown = self.json_of('bank', 'show', asked[0], '--json')
        self.assertEqual([(h['score'], h['budget_seconds']) for h in shown['history']], [(0, 30)])
        self.assertIsNone(self.json_of('bank', 'show', asked[1], '--json')['history'][0]['score'])
        fresh = self.json_of('run', '--focus', 'new', '--questions', '5', '--dry-run', '--json')
        self.assertEqual(len(fresh['questions']), 5)
        self.assertFalse({q['id'] for q in fresh['questions']} & set(asked))
        weak = self.json_of('run', '--focus', 'weak', '--dry-run', '--json')
        self.assertEqual({q['id'] for q in weak['questions']}, set(asked[:2]))  # 0, skipped; not the 4
        self.assertIn('only 2 questions fit this focus', weak['notes'][0])
        # Reviewed just now: nothing is due before tomorrow.
        self.assertError(self.run_cli('run', '--focus', 'due', '--dry-run'), 2, 'no question due for review yet')
        self.assertError(self.run_cli('run', '--focus', 'soon', '--dry-run'), 2)

    def test_bad_run_options(self):
        self.assertError(self.run_cli('run', '--budget', '2m30', '--dry-run'), 2, 'expected a duration')
        self.assertError(self.run_cli('run', '--section', 'postgress', '--dry-run'), 2,
                         "did you mean 'postgres'")
        self.assertError(self.run_cli('run', '--overtime', 'sometimes'), 2)
        self.assertError(self.run_cli('run', '--profile', 'nope'), 2, 'no profile')
        self.assertError(self.run_cli('resume'), 2, 'no round in progress')


if __name__ == '__main__':
    unittest.main()
