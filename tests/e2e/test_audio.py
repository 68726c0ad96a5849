"""Sound end to end, without sound hardware: the real binary through the real ALSA library, with
an ALSA configuration written here. The microphone is ALSA's `file` plugin reading speech
espeak-ng made; the speakers are the same plugin writing into a file. Recordings are decoded by
playing them back (`mockround play`) into such a file."""
import array
import glob
import math
import os
import re
import signal
import subprocess
import tempfile
import time
import unittest
import wave

import yaml

from harness import BIN, MockroundCase
from tmux_harness import Tmux

RATE = 48000       # what mockround records and plays recordings at
SPEECH_RATE = 22050  # what espeak-ng speaks at
SENTENCE = 'An index keeps the keys in order, so a range query reads only the part it needs.'
WINDOW = 0.05      # seconds per point of an envelope


def espeak_samples(text, rate):
    """espeak-ng's speech for `text`, resampled to `rate`."""
    with tempfile.NamedTemporaryFile(suffix='.wav') as f:
        subprocess.run(['espeak-ng', '-w', f.name, text], check=True)
        with wave.open(f.name) as w:
            source_rate = w.getframerate()
            data = array.array('h', w.readframes(w.getnframes()))
    if source_rate == rate:
        return data
    out = array.array('h')
    for i in range(int(len(data) * rate / source_rate)):
        out.append(data[min(len(data) - 1, int(i * source_rate / rate))])
    return out


def raw_samples(path):
    data = array.array('h')
    with open(path, 'rb') as f:
        data.frombytes(f.read())
    return data


def envelope(samples, rate):
    step = int(WINDOW * rate)
    return [math.sqrt(sum(s * s for s in samples[i:i + step]) / step)
            for i in range(0, len(samples) - step + 1, step)]


def correlation(a, b):
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    mean_a, mean_b = sum(a) / n, sum(b) / n
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b))
    spread = math.sqrt(sum((x - mean_a) ** 2 for x in a) * sum((y - mean_b) ** 2 for y in b))
    return cov / spread if spread else 0.0


def spoken(text):
    """What mockround reads aloud for a question (core/spoken_text.cpp, for plain questions)."""
    return text.replace('`', '').replace('**', '')


class AudioCase(MockroundCase):
    def setUp(self):
        super().setUp()
        speech = espeak_samples(SENTENCE, RATE)
        self.speech = speech
        # The sentence again and again, a second apart: any answer of two seconds hears speech.
        silence = array.array('h', [0] * RATE)
        self.microphone = os.path.join(self.home, 'microphone.raw')
        with open(self.microphone, 'wb') as f:
            f.write(((speech + silence) * 8).tobytes())
        self.speakers = os.path.join(self.home, 'speakers.raw')
        self.write('.asoundrc', f'''
pcm.!default {{ type asym; playback.pcm "speakers"; capture.pcm "microphone" }}
pcm.microphone {{ type file; slave.pcm "null"; file "/dev/null"; infile "{self.microphone}"; format "raw" }}
pcm.speakers {{ type file; slave.pcm "null"; file "{self.speakers}"; format "raw" }}
''')
        self.rounds = os.path.join(self.home, 'data', 'mockround', 'rounds')

    def start_round(self, *args):
        """A round in line mode, fed line by line by the test."""
        return subprocess.Popen([BIN, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=self.env)

    def say(self, process, line, after):
        time.sleep(after)
        process.stdin.write(line + '\n')
        process.stdin.flush()

    def settled_size(self, path):
        """The size of a file once it stopped growing for a moment."""
        size, since = -1, time.monotonic()
        while time.monotonic() - since < 0.5:
            now = os.path.getsize(path) if os.path.exists(path) else 0
            if now != size:
                size, since = now, time.monotonic()
            time.sleep(0.05)
        return size

    def transcript(self):
        files = glob.glob(os.path.join(self.rounds, '*.yaml'))
        self.assertEqual(len(files), 1, files)
        with open(files[0], encoding='utf-8') as f:
            return yaml.safe_load(f)

    def played_back(self, round_id, number):
        """The recording of question `number`, decoded: played into the speakers file."""
        if os.path.exists(self.speakers):
            os.remove(self.speakers)
        result = self.run_cli('play', round_id, str(number))
        self.assertEqual(result.returncode, 0, result.stderr)
        return raw_samples(self.speakers)

    def test_each_answer_is_recorded_for_as_long_as_it_was_given_and_sounds_like_the_input(self):
        process = self.start_round('run', '--record', '--questions', '2', '--budget', '60s')
        self.say(process, 'repeat', 0.5)  # without --speak nothing reads aloud, and it says so
        self.say(process, 'done', 3.5)
        self.say(process, '3', 0.5)
        self.say(process, 'done', 2.5)
        self.say(process, '2', 0.3)
        out, err = process.communicate(timeout=20)
        self.assertEqual(process.returncode, 0, err)
        self.assertIn('nothing reads aloud: run --speak', err)
        t = self.transcript()
        round_dir = os.path.join(self.rounds, t['id'])
        self.assertEqual(oct(os.stat(round_dir).st_mode & 0o777), '0o700')
        for number, q in enumerate(t['questions'], 1):
            name = f'{number:02}.opus'
            self.assertEqual(q['audio'], [name])
            self.assertEqual(oct(os.stat(os.path.join(round_dir, name)).st_mode & 0o777), '0o600')
            self.assertAlmostEqual(q['audio_seconds'], q['answer_seconds'], delta=0.5)
            self.assertEqual(q['audio_overruns'], 0)
            samples = self.played_back(t['id'], number)
            self.assertAlmostEqual(len(samples) / RATE, q['answer_seconds'], delta=0.5)
            self.assertGreater(max(abs(s) for s in samples), 3000, 'silent')
        # The first answer heard the first sentence: its loud and quiet stretches line up with
        # the input's. The microphone runs from the round's start, the recording from the
        # question's appearance a moment later: the best of the offsets up to 2 s in.
        heard = envelope(self.played_back(t['id'], 1), RATE)
        said = envelope(self.speech, RATE)
        fits = [correlation(heard, said[lag:]) for lag in range(0, 40)]
        best = max(fits)
        self.assertGreater(best, 0.8)
        lag = fits.index(best)
        self.assertLess(correlation(heard, said[lag + 20:]), 0.5)  # a second off does not fit
        show = self.run_cli('show', t['id'], '--color=never')
        self.assertIn(f'recorded 00:0', show.stdout)
        self.assertIn(f'mockround play {t["id"]} 1', show.stdout)
        md = self.run_cli('export', t['id'], '--format', 'md')
        self.assertIn(f'[01.opus](<{os.path.join(round_dir, "01.opus")}>)', md.stdout)
        self.assertEqual(self.json_of('show', t['id'], '--json')['questions'][1]['audio']['files'],
                         ['02.opus'])

    def test_the_screen_shows_the_recording_and_its_level_and_r_reads_the_question_again(self):
        term = Tmux(self.home, self.env)
        self.addCleanup(term.close)
        term.start('run', '--record', '--speak', '--questions', '1', '--budget', '60s')
        screen = term.wait_for('● rec 0:0')
        self.assertRegex(screen, r'● rec 0:0\d [█░]{10}')
        self.assertIn('█', term.wait_for('█'))  # the speech in the microphone lights the meter
        heard_once = self.settled_size(self.speakers)
        term.keys('r')
        deadline = time.monotonic() + 5
        while os.path.getsize(self.speakers) < 1.5 * heard_once and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertGreater(os.path.getsize(self.speakers), 1.5 * heard_once)  # read again
        term.keys('p')
        term.wait_for('● rec paused')
        term.keys('q', 'q')
        self.assertEqual(term.exit_code(), 0)

    def test_the_question_is_read_aloud_as_long_as_espeak_ng_says_it(self):
        process = self.start_round('run', '--speak', '--questions', '1', '--budget', '60s',
                                   '--section', 'git')
        self.say(process, 'done', 8.0)
        self.say(process, '3', 0.3)
        out, err = process.communicate(timeout=20)
        self.assertEqual(process.returncode, 0, err)
        text = self.transcript()['questions'][0]['text']
        expected = len(espeak_samples(spoken(text), SPEECH_RATE)) / SPEECH_RATE
        heard = raw_samples(self.speakers)
        self.assertAlmostEqual(len(heard) / SPEECH_RATE, expected, delta=0.1)
        self.assertGreater(max(abs(s) for s in heard), 3000)
        self.assertFalse(glob.glob(os.path.join(self.rounds, '*', '*.opus')))  # no --record

    def test_kill_9_while_recording_leaves_a_file_that_decodes_and_resume_adds_a_part(self):
        process = self.start_round('run', '--record', '--questions', '1', '--budget', '60s')
        process.stdout.readline()  # the question is asked: recording runs from here
        time.sleep(5.0)
        process.kill()
        process.wait()
        t = self.transcript()
        self.assertEqual(t['questions'][0]['audio'], ['01.opus'])
        decoded = len(self.played_back(t['id'], 1)) / RATE
        self.assertGreater(decoded, 5.0 - 1.0)  # pages reach the disk every half second
        resumed = self.start_round('resume', '--record')
        resumed.stdout.readline()  # the question is asked again
        self.say(resumed, 'done', 2.0)
        self.say(resumed, '2', 0.3)
        out, err = resumed.communicate(timeout=20)
        self.assertEqual(resumed.returncode, 0, err)
        q = self.transcript()['questions'][0]
        self.assertEqual(q['audio'], ['01.opus', '01-2.opus'])
        both = len(self.played_back(t['id'], 1)) / RATE
        self.assertAlmostEqual(both, decoded + 2.0, delta=0.6)
        # The length counts what the first part holds, not what the transcript had seen of it
        # when the process was killed (it is saved every few seconds).
        self.assertAlmostEqual(q['audio_seconds'], both, delta=0.2)

    def test_no_device_stops_before_the_first_question_with_exit_4(self):
        result = self.run_cli('run', '--record', '--audio-device', 'nosuch', input='done\n')
        self.assertError(result, 4, "capture device 'nosuch'", 'mockround audio check')
        self.assertNotIn('question 1', result.stdout)
        self.assertFalse(glob.glob(os.path.join(self.rounds, '*.yaml')))
        self.write('config/mockround/config.yaml', 'speak: true\ndevice: nosuch\n')
        result = self.run_cli('run', input='done\n')
        self.assertError(result, 4, "playback device 'nosuch'")
        self.assertFalse(glob.glob(os.path.join(self.rounds, '*.yaml')))
        self.write('config/mockround/config.yaml', 'speak: true\nrate: fast\n')
        result = self.run_cli('run', input='done\n')
        self.assertError(result, 3, 'config.yaml:2:7')

    def test_audio_check_records_and_plays_back(self):
        result = self.run_cli('audio', 'check', '--seconds', '2')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r'Capture devices:(.|\n)*microphone')
        self.assertIn('Recorded 2.', result.stdout)
        self.assertIn('ok: recording and playback work', result.stdout)
        self.assertAlmostEqual(len(raw_samples(self.speakers)) / RATE, 2.0, delta=0.3)
        silent = os.path.join(self.home, 'silent.raw')
        with open(silent, 'wb') as f:
            f.write(bytes(4 * RATE))
        self.write('.asoundrc', f'pcm.!default {{ type file; slave.pcm "null"; file "/dev/null"; '
                                f'infile "{silent}"; format "raw" }}\n')
        result = self.run_cli('audio', 'check', '--seconds', '1')
        self.assertIn('silent', result.stdout)


if __name__ == '__main__':
    unittest.main()
