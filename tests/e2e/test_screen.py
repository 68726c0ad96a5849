"""The round screen, interviewer console and watch screen at any terminal size, scrolling a
long guide, TERM=dumb and a non-UTF-8 locale: the real binary in tmux (or a bare pty)."""
import os
import pty
import select
import signal
import subprocess
import time
import unittest

from harness import BIN, MockroundCase
from tmux_harness import Tmux

GLYPHS = ('█', '░', '─', '·', '›', '…', '↓', '↑')


class ScreenCase(MockroundCase):
    def open_term(self, columns, rows, **env):
        term = Tmux(self.home, dict(self.env, **env), columns, rows)
        self.addCleanup(term.close)
        return term

    def seed_asking_first(self, question_id, section):
        """A seed whose one-question round in `section` asks `question_id`."""
        for seed in range(1, 400):
            plan = self.run_cli('run', '--section', section, '--questions', '1', '--seed',
                                str(seed), '--dry-run', '--json')
            self.assertEqual(plan.returncode, 0, plan.stderr)
            if f'"{question_id}"' in plan.stdout:
                return str(seed)
        self.fail(f'no seed asks {question_id}')

    def start_on(self, term, question_id, section, *extra):
        seed = self.seed_asking_first(question_id, section)
        term.start('run', '--section', section, '--questions', '1', '--seed', seed,
                   '--budget', '4m', *extra)
        term.wait_for('question 1/1')

    def assertFits(self, term, columns, rows):
        screen = term.screen()
        lines = screen.split('\n')
        while lines and lines[-1] == '':
            lines.pop()
        self.assertLessEqual(len(lines), rows, screen)
        self.assertTrue(all(len(line) <= columns for line in lines), screen)
        return lines

    def resize(self, term, columns, rows, pane=False):
        if pane:
            term.tmux('resize-pane', '-t', term.pane, '-x', str(columns), '-y', str(rows))
        else:
            term.tmux('resize-window', '-t', term.pane, '-x', str(columns), '-y', str(rows))
        time.sleep(0.4)  # SIGWINCH, then a redraw


class LongGuide(ScreenCase):
    LAST_OF_F = '(PostgreSQL 11+)'

    def test_80x24_the_guide_scrolls_to_key_point_f_and_back(self):
        term = self.open_term(80, 24)
        self.start_on(term, 'postgres.index-types', 'postgres')
        term.keys('Enter')
        screen = term.wait_for('Score:')
        self.assertIn('↓ more (j/Down)', screen)
        self.assertNotIn(self.LAST_OF_F, screen)
        for key in (['Down'], ['j'], ['NPage'], ['NPage'], ['NPage']):
            term.keys(*key)
        screen = term.wait_for(self.LAST_OF_F)
        self.assertIn('↑ more (k/Up)', screen)
        lines = self.assertFits(term, 80, 24)
        self.assertIn('question 1/1', lines[0])
        self.assertIn('Score: 0 no answer', lines[-2])
        self.assertIn('Enter accept', lines[-1])
        for key in ('PPage', 'PPage', 'PPage', 'PPage', 'k', 'Up'):
            term.keys(key)
        term.wait_for('↓ more (j/Down)')
        self.assertNotIn('↑ more', term.screen())
        term.keys('3')
        self.assertEqual(term.exit_code(), 0)

    def test_110x32_a_design_guide_shows_its_follow_ups_pitfalls_and_example(self):
        term = self.open_term(110, 32)
        self.start_on(term, 'system-design.sql-vs-nosql-choice', 'system-design')
        term.keys('Enter')
        term.wait_for('↓ more (j/Down)')
        seen = term.screen()
        for _ in range(8):
            term.keys('NPage')
            time.sleep(0.15)
            seen += term.screen()
        for heading in ('Follow-ups', 'Pitfalls', 'the choice turns out wrong'):
            self.assertIn(heading, seen)
        self.assertIn('Score:', term.screen())

    def test_40x12_key_points_show_after_scrolling(self):
        term = self.open_term(40, 12)
        self.start_on(term, 'postgres.index-types', 'postgres')
        term.keys('Enter')
        term.wait_for('Score')
        seen = ''
        for _ in range(6):
            term.keys('j')
            time.sleep(0.15)
            seen += term.screen()
            self.assertFits(term, 40, 12)
        self.assertIn('[ ] a)', seen)
        self.assertIn('1/1', term.screen().split('\n')[0])


class Sizes(ScreenCase):
    SIZES = ((60, 16), (40, 12), (20, 6))

    def check_sizes(self, term, needle_top, pane=False):
        for columns, rows in self.SIZES:
            self.resize(term, columns, rows, pane)
            deadline = time.monotonic() + 5
            while needle_top not in term.screen().split('\n')[0] and time.monotonic() < deadline:
                time.sleep(0.05)
            lines = self.assertFits(term, columns, rows)
            self.assertIn(needle_top, lines[0], f'{columns}x{rows}:\n' + '\n'.join(lines))

    def test_the_round_screen_keeps_its_header_at_every_size(self):
        term = self.open_term(100, 30)
        term.start('run', '--questions', '3', '--budget', '2m', '--seed', '5')
        term.wait_for('question 1/3')
        self.check_sizes(term, '1/3')
        self.assertIn('left', term.screen().split('\n')[0])
        term.keys('Enter')
        time.sleep(0.3)
        self.check_sizes(term, '1/3')

    def test_the_interviewer_console_keeps_its_header_at_every_size(self):
        term = self.open_term(100, 30)
        term.start('run', '--interviewer', '--questions', '2', '--budget', '2m', '--seed', '6')
        term.wait_for('question 1/2')
        self.check_sizes(term, '1/2')

    def test_the_watch_screen_fits_every_size(self):
        term = self.open_term(100, 30)
        term.start('run', '--interviewer', '--questions', '2', '--budget', '2m', '--seed', '6')
        term.wait_for('question 1/2')
        watch = term.split('watch')
        watch.wait_for('question 1/2')
        for columns, rows in self.SIZES:
            watch.tmux('resize-window', '-t', term.pane, '-x', str(columns * 2 + 1), '-y',
                       str(rows))
            self.resize(watch, columns, rows, pane=True)
            width = int(watch.tmux('display-message', '-p', '-t', watch.pane,
                                   '#{pane_width}').stdout)
            lines = self.assertFits(watch, width, rows)
            self.assertIn('1/2', lines[0], '\n'.join(lines))


def run_in_pty(args, env, keys=b'', until=b'', timeout=5.0):
    """Runs mockround on a bare pty (no tmux to interpret escapes); returns the raw output."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(BIN, [BIN, *args], env)
    output = b''
    deadline = time.monotonic() + timeout
    sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
            if until in output and not sent:
                os.write(fd, keys)
                sent = True
                if not keys:
                    break
    finally:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    return output


class Capabilities(ScreenCase):
    def env_with(self, **extra):
        env = dict(self.env, **extra)
        for name in ('LC_ALL', 'LC_CTYPE', 'LANG'):
            env.pop(name, None)
        env.update(extra)
        return env

    def test_term_dumb_gets_line_mode_with_no_escapes(self):
        out = run_in_pty(['run', '--questions', '1', '--budget', '1m'],
                         self.env_with(TERM='dumb', LANG='C.UTF-8'),
                         until=b'answer, then send an empty line')
        self.assertIn(b'question 1/1', out)
        self.assertNotIn(b'\x1b', out)

    def test_term_dumb_watch_prints_plain_lines(self):
        out = run_in_pty(['watch'], self.env_with(TERM='dumb', LANG='C.UTF-8'),
                         until=b'waiting for a round')
        self.assertIn(b'waiting for a round to start', out)
        self.assertNotIn(b'\x1b', out)

    def test_without_utf8_the_round_screen_draws_ascii(self):
        out = run_in_pty(['run', '--questions', '1', '--budget', '1m'],
                         self.env_with(TERM='xterm-256color', LC_ALL='C', LANG='C'),
                         until=b'Enter answer done')
        self.assertIn(b'question 1/1', out)
        self.assertIn(b'####', out)  # the countdown bar
        for glyph in GLYPHS:
            self.assertNotIn(glyph.encode(), out)

    def test_without_utf8_watch_and_show_draw_ascii(self):
        env = self.env_with(TERM='xterm-256color', LC_ALL='C')
        out = run_in_pty(['watch'], env, until=b'waiting for a round')
        self.assertIn(b'waiting for a round to start...', out)
        for glyph in GLYPHS:
            self.assertNotIn(glyph.encode(), out)
        done = self.run_cli('run', '--questions', '2', '--budget', '1m', '--seed', '3',
                            input='\n3\n\n2\n')
        self.assertEqual(done.returncode, 0, done.stderr)
        shown = self.run_cli('show', env={'LC_ALL': 'C'})
        self.assertEqual(shown.returncode, 0, shown.stderr)
        self.assertIn(' . ', shown.stdout)
        for glyph in GLYPHS:
            self.assertNotIn(glyph, shown.stdout)
        self.assertIn('·', self.run_cli('show', env={'LC_ALL': 'C.UTF-8'}).stdout)


if __name__ == '__main__':
    unittest.main()
