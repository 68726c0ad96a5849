"""Faults end to end: the real binary in a real terminal (tmux) is killed, starved of disk,
hung up on, squeezed, and raced; each time nothing already scored may be lost."""
import glob
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

import yaml

from harness import BIN
from test_round import RoundCase

QUESTIONS = 3
# Every kind of moment gets its share of the 20 kills; scoring is where a save happens.
MOMENTS = ['answering', 'scoring', 'typing-note', 'paused', 'scoring', 'opening-note',
           'keeping-note', 'pausing', 'scoring', 'answering']


class FaultCase(RoundCase):
    def transcript_file(self):
        files = glob.glob(os.path.join(self.rounds, '*.yaml'))
        self.assertEqual(len(files), 1, files)
        return files[0]

    def transcript_text(self):
        with open(self.transcript_file(), encoding='utf-8') as f:
            return f.read()

    def transcript(self):
        with open(self.transcript_file(), encoding='utf-8') as f:
            return yaml.safe_load(f)  # a torn or partial file fails right here

    def wait_gone(self, pid, timeout=5.0):
        """Waits until `pid` has exited (a zombie counts: nobody here may reap it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with open(f'/proc/{pid}/stat') as f:
                    if f.read().rsplit(')', 1)[1].split()[0] == 'Z':
                        return
            except (FileNotFoundError, ProcessLookupError):  # reaped while being read
                return
            time.sleep(0.01)
        self.fail(f'process {pid} still running')

    def finish_in_line_mode(self, round_id, score=2):
        """`resume` in line mode scores every question left; returns the process result."""
        lines = ['resume']  # a round killed while paused comes back paused
        for q in self.transcript()['questions']:
            if q['state'] in ('pending', 'asking'):
                lines += [str(score)] if q.get('answered') else ['', str(score)]
        return self.run_cli('resume', round_id, input='\n'.join(lines) + '\n')


class KillNine(FaultCase):
    """kill -9 at 20 random moments of a round: answering, scoring, writing a note, paused, and
    a few milliseconds after a key that saves (the save itself)."""

    def steps(self, rng):
        """The round as (keys, what confirms them, scored question index or None, moment)."""
        steps = []
        for i in range(QUESTIONS):
            if rng.random() < 0.3:
                steps += [(['p'], 'PAUSED', None, 'pausing'), (['p'], None, None, 'paused')]
            steps.append((['Enter'], 'Score:', None, 'answering'))
            if rng.random() < 0.5:
                steps += [(['n'], 'note:', None, 'opening-note'),
                          (['-l', 'half a note: #'], None, None, 'typing-note'),
                          (['Enter'], None, None, 'keeping-note')]
            nxt = f'question {i + 2}/{QUESTIONS}' if i + 1 < QUESTIONS else 'Mean score'
            steps.append(([str(rng.randint(0, 4))], nxt, i, 'scoring'))
        return steps

    def test_kill_9_at_20_random_moments_loses_nothing_scored(self):
        seed = int(os.environ.get('MOCKROUND_FAULT_SEED', random.randrange(1 << 30)))
        rng = random.Random(seed)
        moments = []
        for trial in range(20):
            with self.subTest(trial=trial, seed=seed):
                for f in glob.glob(os.path.join(self.rounds, '*')) + \
                        glob.glob(os.path.join(self.rounds, '.*')):
                    os.remove(f)
                moments.append(self.kill_once(rng, MOMENTS[trial % len(MOMENTS)]))
        print(f'\nkill -9 moments (MOCKROUND_FAULT_SEED={seed}): ' + ', '.join(moments),
              file=sys.stderr)

    def kill_once(self, rng, moment):
        """Plays a random round and kills it right after a random step of kind `moment`."""
        self.term.start('run', '--questions', str(QUESTIONS), '--budget', '60s')
        self.term.wait_for(f'question 1/{QUESTIONS}')
        pid = self.term.mockround_pid()
        while True:
            steps = self.steps(rng)
            # Never after the last step: the round would be over.
            candidates = [n for n, step in enumerate(steps[:-1]) if step[3] == moment]
            if candidates:
                break
        kill_after = rng.choice(candidates)
        confirmed = {}  # question index -> score the screen showed was taken
        for n, (keys, confirm, scored, _) in enumerate(steps):
            self.term.keys(*keys)
            if n == kill_after:
                delay = rng.choice([0, 0, 0.001, 0.003, 0.01, 0.05])
                time.sleep(delay)
                break
            if confirm:
                self.term.wait_for(confirm)
            if scored is not None:
                confirmed[scored] = int(keys[0])
        os.kill(pid, signal.SIGKILL)
        self.wait_gone(pid)

        t = self.transcript()
        context = f'killed after step {kill_after} {steps[kill_after][0]}; transcript {t}'
        self.assertEqual(t['status'], 'in-progress', context)
        for i, score in confirmed.items():
            q = t['questions'][i]
            self.assertEqual((q['state'], q.get('score')), ('scored', score), context)
        result = self.finish_in_line_mode(t['id'])
        self.assertEqual(result.returncode, 0, result.stderr + context)
        self.assertIn('Mean score', result.stdout, context)
        done = self.transcript()
        self.assertEqual(done['status'], 'completed', context)
        # A write cut short by the kill left a temporary file; resume cleared it.
        self.assertEqual(glob.glob(os.path.join(self.rounds, '.*.yaml.*')), [], context)
        for i, score in confirmed.items():
            self.assertEqual(done['questions'][i]['score'], score, context)
        return f'{steps[kill_after][3]}+{delay * 1000:g}ms'


class FullDisk(FaultCase):
    def mount_small_filesystem(self):
        """A 2 MB tmpfs as the data directory (root may mount); None where mounting is not
        allowed, and the test then limits the file size of the process instead."""
        mount = tempfile.mkdtemp(prefix='mockround-disk-')
        self.addCleanup(shutil.rmtree, mount, True)
        if os.geteuid() != 0 or subprocess.run(
                ['mount', '-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount],
                capture_output=True).returncode != 0:
            return None
        self.addCleanup(subprocess.run, ['umount', '-l', mount], capture_output=True)
        return mount

    def test_full_disk_keeps_the_last_good_transcript_and_the_round_goes_on(self):
        mount = self.mount_small_filesystem()
        if mount:
            self.env['XDG_DATA_HOME'] = mount
            self.term.env = self.env
            self.rounds = os.path.join(mount, 'mockround', 'rounds')
        self.term.start('run', '--questions', str(QUESTIONS), '--budget', '60s')
        self.term.wait_for(f'question 1/{QUESTIONS}')
        pid = self.term.mockround_pid()
        before = self.transcript_text()
        filler = os.path.join(mount, 'filler') if mount else None
        if mount:
            subprocess.run(['dd', 'if=/dev/zero', f'of={filler}', 'bs=64k'], capture_output=True)
        else:
            subprocess.run(['prlimit', f'--pid={pid}', '--fsize=100:'], check=True)

        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('3')
        self.term.wait_for(f'question 2/{QUESTIONS}')
        message = 'No space left on device' if mount else 'File too large'
        screen = self.term.wait_for('could not save')
        self.assertIn(message, screen.replace('\n', ''))
        self.assertEqual(self.transcript_text(), before)
        self.assertEqual(glob.glob(os.path.join(self.rounds, '.*.yaml.*')), [])  # no temp left
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('1')
        self.term.wait_for(f'question 3/{QUESTIONS}')

        if mount:
            os.remove(filler)
        else:
            subprocess.run(['prlimit', f'--pid={pid}', '--fsize=unlimited:'], check=True)
        deadline = time.monotonic() + 5
        while 'could not save' in self.term.screen() and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertNotIn('could not save', self.term.screen())  # retried on its own
        self.assertEqual([q.get('score') for q in self.transcript()['questions'][:2]], [3, 1])
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('4')
        self.term.wait_for('Mean score')
        self.assertEqual(self.term.exit_code(), 0)
        t = self.transcript()
        self.assertEqual((t['status'], [q['score'] for q in t['questions']]),
                         ('completed', [3, 1, 4]))


    def test_a_full_disk_before_the_first_question_exits_4_and_asks_nothing(self):
        mount = self.mount_small_filesystem()
        if not mount:
            self.skipTest('mounting a tmpfs is not allowed here')
        subprocess.run(['dd', 'if=/dev/zero', f'of={mount}/filler', 'bs=64k'], capture_output=True)
        result = self.run_cli('run', '--questions', '2', env={'XDG_DATA_HOME': mount}, input='\n')
        self.assertError(result, 4, 'no room left in', 'free some space')
        self.assertNotIn('question', result.stdout)


class Terminal(FaultCase):
    def test_closed_terminal_saves_the_round(self):
        self.term.start('run', '--questions', '2', '--budget', '60s')
        self.term.wait_for('question 1/2')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('3')
        self.term.wait_for('question 2/2')
        pid = self.term.mockround_pid()
        time.sleep(2)  # clock time that only a save on SIGHUP records (checkpoints are 10 s)
        self.term.tmux('kill-pane', '-t', self.term.pane)
        self.wait_gone(pid)
        t = self.transcript()
        self.assertEqual((t['status'], t['questions'][0]['score']), ('in-progress', 3))
        self.assertGreaterEqual(float(t['elapsed_seconds']), 1.9)
        self.assertGreaterEqual(float(t['questions'][1]['answer_seconds']), 1.9)

    def test_resize_to_20x8_and_back_leaves_no_garbage(self):
        self.term.start('run', '--questions', '2', '--budget', '60s')
        self.term.wait_for('question 1/2')
        self.term.keys('p')  # a stopped clock: the screen before and after must be identical
        before = self.term.wait_for('PAUSED')
        time.sleep(0.2)
        before = self.term.screen()
        self.term.tmux('resize-window', '-t', self.term.pane, '-x', '20', '-y', '8')
        deadline = time.monotonic() + 5
        while len(self.term.screen().splitlines()) > 8 and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)
        small = self.term.screen()
        self.assertTrue(small.strip(), 'nothing drawn at 20x8')
        self.assertTrue(all(len(line) <= 20 for line in small.splitlines()), small)
        self.term.tmux('resize-window', '-t', self.term.pane, '-x', '100', '-y', '30')
        deadline = time.monotonic() + 5
        while self.term.screen() != before and time.monotonic() < deadline:
            time.sleep(0.02)
        self.assertEqual(self.term.screen(), before)
        self.term.keys('p')
        self.term.keys('Enter')
        self.term.wait_for('Score:')
        self.term.keys('2')
        self.term.wait_for('question 2/2')
        self.term.keys('s')
        self.term.wait_for('Mean score 2.0/4')
        self.assertEqual(self.term.exit_code(), 0)
        before_stty, after_stty = self.term.stty_before_after()
        self.assertEqual(before_stty, after_stty)


class TwoResumes(FaultCase):
    def test_two_resumes_at_once_one_wins_the_other_is_refused(self):
        first = self.run_cli('run', '--questions', '2', '--budget', '60s', input='\n')
        self.assertEqual(first.returncode, 0, first.stderr)
        round_id = re.search(r'mockround resume (\S+)', first.stdout).group(1)
        env = dict(self.env)
        for attempt in range(5):
            with self.subTest(attempt=attempt):
                both = [subprocess.Popen([BIN, 'resume', round_id], env=env, text=True,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE) for _ in range(2)]
                # The winner waits for its answer on stdin; the loser must exit by itself.
                deadline = time.monotonic() + 10
                while all(p.poll() is None for p in both) and time.monotonic() < deadline:
                    time.sleep(0.01)
                losers = [p for p in both if p.poll() is not None]
                self.assertEqual(len(losers), 1, [p.poll() for p in both])
                loser = losers[0]
                winner = both[1 - both.index(loser)]
                err = loser.stderr.read()
                self.assertEqual(loser.returncode, 1, err)
                self.assertTrue(err.startswith('mockround: '), err)
                self.assertIn(f'round {round_id} is open in another mockround process', err)
                out, err = winner.communicate('quit\n', timeout=10)
                self.assertEqual(winner.returncode, 0, err)
                self.assertIn('guide 1/2', out)  # where the round was left
                loser.communicate()


if __name__ == '__main__':
    unittest.main()
