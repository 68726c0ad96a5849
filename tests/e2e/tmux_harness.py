"""Drives the real mockround binary in a real terminal: tmux, send-keys, capture-pane."""
import os
import shlex
import subprocess
import time
import uuid

from harness import BIN


class Tmux:
    """One tmux server (own socket) with one pane running a shell script."""

    def __init__(self, workdir, env, columns=100, rows=30):
        self.socket = f'mockround-test-{uuid.uuid4().hex[:8]}'
        self.workdir = workdir
        self.env = env
        self.columns, self.rows = columns, rows
        self.started = False

    def tmux(self, *args, check=True):
        return subprocess.run(['tmux', '-L', self.socket, *args], capture_output=True, text=True,
                              check=check)

    def script(self, mockround_args):
        """A shell line running mockround; its exit code and the terminal's settings before
        and after land in files next to the test's data."""
        self.exit_file = os.path.join(self.workdir, f'exit-{uuid.uuid4().hex[:6]}')
        self.stty_file = self.exit_file + '.stty'
        exports = ' '.join(f'{k}={shlex.quote(v)}' for k, v in self.env.items()
                           if k.startswith(('XDG_', 'HOME', 'TERM', 'TZ', 'NO_COLOR', 'MOCKROUND',
                                            'EDITOR', 'VISUAL')))
        command = ' '.join(shlex.quote(a) for a in [BIN, *mockround_args])
        return (f'export {exports}; stty -g > {self.stty_file}; {command}; '
                f'echo $? > {self.exit_file}.tmp; stty -g >> {self.stty_file}; '
                f'mv {self.exit_file}.tmp {self.exit_file}; echo MOCKROUND-EXITED; sleep 600')

    def start(self, *mockround_args):
        """Runs mockround in the first pane (again, if it ran before)."""
        script = self.script(mockround_args)
        if not self.started:
            self.tmux('new-session', '-d', '-x', str(self.columns), '-y', str(self.rows),
                      'sh', '-c', script)
            self.started = True
        else:
            self.tmux('respawn-pane', '-k', '-t', self.pane, 'sh', '-c', script)

    def start_shell(self):
        """An interactive shell with job control, as a person has: Ctrl-Z stops a job there and
        `fg` brings it back. Returns the `export` line that sets the test's environment."""
        self.tmux('new-session', '-d', '-x', str(self.columns), '-y', str(self.rows),
                  'env', 'PS1=$ ', 'bash', '--norc', '--noprofile', '-i')
        self.started = True
        return 'export ' + ' '.join(f'{k}={shlex.quote(v)}' for k, v in self.env.items()
                                    if k.startswith(('XDG_', 'HOME', 'TERM', 'MOCKROUND')))

    def type_line(self, line):
        self.tmux('send-keys', '-t', self.pane, '-l', line)
        self.tmux('send-keys', '-t', self.pane, 'Enter')

    def split(self, *mockround_args):
        """Runs mockround in a second pane beside the first; returns a handle on it."""
        other = Tmux(self.workdir, self.env, self.columns, self.rows)
        other.socket, other.started = self.socket, True
        other.pane = self.tmux('split-window', '-h', '-d', '-P', '-F', '#{pane_id}', '-t', self.pane,
                               'sh', '-c', other.script(mockround_args)).stdout.strip()
        return other

    pane = '0.0'

    def keys(self, *keys):
        self.tmux('send-keys', '-t', self.pane, *keys)

    def text(self, text):
        self.tmux('send-keys', '-t', self.pane, '-l', text)

    def screen(self):
        return self.tmux('capture-pane', '-p', '-t', self.pane).stdout

    def screen_with_escapes(self):
        return self.tmux('capture-pane', '-p', '-e', '-t', self.pane).stdout

    def wait_for(self, needle, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if needle in screen:
                return screen
            time.sleep(0.01)
        raise AssertionError(f'{needle!r} not on screen after {timeout}s:\n{self.screen()}')

    def mockround_pid(self, timeout=5.0):
        pane_pid = self.tmux('display-message', '-p', '-t', self.pane, '#{pane_pid}').stdout.strip()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = subprocess.run(['pgrep', '-P', pane_pid, '-x', 'mockround'],
                                   capture_output=True, text=True).stdout.split()
            if found:
                return int(found[0])
            time.sleep(0.05)
        raise AssertionError('mockround is not running in the pane')

    def exit_code(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if os.path.exists(self.exit_file):
                with open(self.exit_file) as f:
                    return int(f.read())
            time.sleep(0.05)
        raise AssertionError(f'mockround did not exit:\n{self.screen()}')

    def stty_before_after(self):
        with open(self.stty_file) as f:
            lines = f.read().split()
        return lines[0], lines[-1]

    def close(self):
        self.tmux('kill-server', check=False)
