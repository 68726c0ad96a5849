"""Pair practice end to end: the interviewer's console and the candidate's `watch` in two tmux
panes, the real binary, the real clock."""
import json
import os
import signal
import statistics
import time
import unittest

import yaml

from test_round import RoundCase


class Pair(RoundCase):
    def guide_texts(self, question_id):
        q = self.json_of('bank', 'show', question_id, '--json')
        return [text[:24] for text in q['key_points'] + q['follow_ups'] + q['pitfalls']]

    def current_id(self):
        t = self.transcript()
        return next(q['id'] for q in t['questions'] if q['state'] == 'asking')

    def assertNoGuide(self, screen, question_id):
        for text in self.guide_texts(question_id):
            self.assertNotIn(text, screen)

    def test_the_interviewers_keys_reach_the_candidate_within_250_ms(self):
        interviewer = self.term
        interviewer.start('run', '--interviewer', '--self-score-too', '--questions', '3',
                          '--budget', '5m', '--seed', '21')
        interviewer.wait_for('question 1/3')
        candidate = interviewer.split('watch')
        candidate.wait_for('question 1/3')
        lags = []
        for n in (1, 2):
            qid = self.current_id()
            interviewer.keys('a')  # a key point ticked while listening: nothing to show
            interviewer.keys('x')
            start = time.monotonic()
            interviewer.keys('Enter')
            candidate.wait_for('answer done')
            lags.append(time.monotonic() - start)
            self.assertNoGuide(candidate.screen(), qid)
            interviewer.keys('3')  # the interviewer's score, then the candidate's own
            interviewer.wait_for("candidate's own score")
            start = time.monotonic()
            interviewer.keys('2')
            candidate.wait_for(f'question {n + 1}/3')
            lags.append(time.monotonic() - start)
            self.assertNoGuide(candidate.screen(), qid)
            self.assertNotIn('Score', candidate.screen())
        start = time.monotonic()
        interviewer.keys('p')
        candidate.wait_for('PAUSED')
        lags.append(time.monotonic() - start)
        # Lags include tmux's own send-keys and capture-pane round trips.
        self.assertLess(max(lags), 0.25 + 0.15, lags)
        self.assertLess(statistics.median(lags), 0.25, lags)

        t = self.transcript()
        self.assertEqual(t['mode'], 'interviewer')
        q1 = t['questions'][0]
        self.assertEqual((q1['score'], q1['scored_by'], q1['self_score']), (3, 'interviewer', 2))
        self.assertEqual(q1['covered'], ['a'])
        self.assertEqual(q1['follow_ups_asked'], [1])

    def test_watch_started_mid_round_catches_up_and_exits_at_the_end(self):
        interviewer = self.term
        interviewer.start('run', '--interviewer', '--questions', '2', '--budget', '5m')
        interviewer.wait_for('question 1/2')
        interviewer.keys('Enter')
        interviewer.wait_for('Suggested score')
        interviewer.keys('4')
        interviewer.wait_for('question 2/2')
        candidate = interviewer.split('watch')
        candidate.wait_for('question 2/2')
        interviewer.keys('Enter')
        interviewer.keys('1')
        candidate.wait_for('is over')
        self.assertEqual(candidate.exit_code(), 0)
        self.assertEqual(interviewer.exit_code(), 0)

    def test_watch_before_the_round_and_after_its_process_dies(self):
        candidate = self.term
        candidate.start('watch')
        candidate.wait_for('waiting for a round to start')
        interviewer = candidate.split('run', '--interviewer', '--questions', '2', '--budget', '5m')
        candidate.wait_for('question 1/2')
        os.kill(interviewer.mockround_pid(), signal.SIGKILL)
        candidate.wait_for('The round stopped', timeout=3)
        self.assertIsNotNone(candidate.mockround_pid())  # still running, not crashed
        candidate.keys('q')
        self.assertEqual(candidate.exit_code(), 0)
        self.assertTerminalRestored()

    def test_watch_follows_by_polling_without_inotify(self):
        self.env['MOCKROUND_NO_INOTIFY'] = '1'
        interviewer = self.term
        interviewer.start('run', '--interviewer', '--questions', '2', '--budget', '5m')
        interviewer.wait_for('question 1/2')
        candidate = interviewer.split('watch')
        candidate.wait_for('question 1/2')
        start = time.monotonic()
        interviewer.keys('Enter')
        candidate.wait_for('answer done')
        self.assertLess(time.monotonic() - start, 0.25 + 0.15)


class SoloKeyPoints(RoundCase):
    def test_ticking_key_points_suggests_the_score_enter_accepts(self):
        self.term.start('run', '--questions', '1', '--budget', '5m', '--seed', '3')
        self.term.wait_for('question 1/1')
        self.term.keys('a')  # before answering: the guide is hidden, so nothing is ticked
        self.term.keys('Enter')
        self.term.wait_for('Suggested score 0 (0 of')  # a blank answer: no answer
        qid = self.transcript()['questions'][0]['id']
        points = len(self.json_of('bank', 'show', qid, '--json')['key_points'])
        for letter in 'abcdef'[:points]:
            self.term.keys(letter)
        self.term.wait_for(f'Suggested score 4 ({points} of {points}')
        self.term.keys('h')
        self.term.wait_for('Suggested score 3')
        self.term.keys('Enter')
        self.term.wait_for('Mean score 3.0/4')
        q = self.transcript()['questions'][0]
        self.assertEqual(q['covered'], list('abcdef'[:points]))
        self.assertTrue(q['hint_used'])
        self.assertEqual((q['score'], q['scored_by']), (3, 'self'))


if __name__ == '__main__':
    unittest.main()
