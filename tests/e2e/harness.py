"""Runs the real mockround binary against temporary XDG directories."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

BIN = os.environ.get('MOCKROUND_BIN') or os.path.join(
    os.path.dirname(__file__), '..', '..', 'build', 'src', 'mockround')


class MockroundCase(unittest.TestCase):
    def setUp(self):
        self.home = tempfile.mkdtemp(prefix='mockround-e2e-')
        self.addCleanup(shutil.rmtree, self.home, True)
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(('XDG_', 'MOCKROUND_DATA', 'MOCKROUND_RETENTION', 'NO_COLOR'))}
        self.env.update(HOME=self.home, TERM='xterm-256color',
                        XDG_CONFIG_HOME=os.path.join(self.home, 'config'),
                        XDG_DATA_HOME=os.path.join(self.home, 'data'),
                        XDG_CACHE_HOME=os.path.join(self.home, 'cache'))

    def run_cli(self, *args, env=None, input=None):
        merged = dict(self.env, **(env or {}))
        return subprocess.run([BIN, *args], capture_output=True, text=True, env=merged,
                              input=input, timeout=60)

    def json_of(self, *args):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def write(self, relative, text):
        path = os.path.join(self.home, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def assertError(self, result, code, *fragments):
        self.assertEqual(result.returncode, code, result.stderr)
        self.assertTrue(result.stderr.startswith('mockround: '), result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, result.stderr)
