"""Round commands, the same through both front ends: undo, abandon's confirmation, follow-ups."""
import unittest

from test_round import RoundCase


class ScreenCommands(RoundCase):
    def test_u_takes_back_the_last_score_and_the_transcript_says_so(self):
        self.term.start('run', '--questions', '2', '--budget', '5m', '--seed', '4')
        self.term.wait_for('question 1/2')
        self.term.keys('Enter')
        self.term.wait_for('Suggested score')
        self.term.keys('1')
        self.term.wait_for('question 2/2')
        self.term.keys('u')
        self.term.wait_for('question 1/2')
        self.term.wait_for('Suggested score')  # back to scoring the first question
        first = self.transcript()['questions'][0]
        self.assertEqual(first['state'], 'asking')
        self.assertNotIn('score', first)
        self.assertEqual(first['undone'], ['score 1'])
        self.term.keys('3')
        self.term.wait_for('question 2/2')
        self.term.keys('s')
        self.term.wait_for('Mean score 3.0/4')
        self.assertEqual(self.transcript()['questions'][0]['score'], 3)

    def test_abandon_asks_once_more(self):
        self.term.start('run', '--questions', '2', '--budget', '5m')
        self.term.wait_for('question 1/2')
        self.term.keys('q')
        self.term.wait_for('Quit?')
        self.term.keys('a')
        self.term.wait_for('Abandon this round for good?')
        self.term.keys('n')  # any other key goes back to the round
        self.term.wait_for('Enter answer done')
        self.assertEqual(self.transcript()['status'], 'in-progress')
        self.term.keys('q', 'a', 'y')
        self.assertEqual(self.term.exit_code(), 0)
        self.assertEqual(self.transcript()['status'], 'abandoned')


class LineCommands(RoundCase):
    def test_undo_in_line_mode_scores_the_question_again(self):
        result = self.run_cli('run', '--questions', '2', '--budget', '60s', '--seed', '4',
                              input='\n1\nundo\n3\nskip\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('undone: question 1/2 again', result.stdout)
        self.assertIn('Mean score 3.0/4', result.stdout)
        first = self.transcript()['questions'][0]
        self.assertEqual((first['score'], first['undone']), (3, ['score 1']))

    def test_nothing_to_undo_is_refused_on_stderr(self):
        result = self.run_cli('run', '--questions', '1', '--budget', '60s', input='undo\nquit\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('mockround: nothing to undo', result.stderr)

    def test_interviewer_line_mode_numbers_the_follow_ups_asked_n_marks(self):
        result = self.run_cli('run', '--interviewer', '--questions', '1', '--budget', '60s',
                              '--section', 'system-design', input='asked 2\n\n3\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        out = result.stdout
        self.assertIn('Follow-ups (asked N marks one asked)', out)
        qid = self.transcript()['questions'][0]['id']
        follow_ups = self.json_of('bank', 'show', qid, '--json')['follow_ups']
        self.assertGreaterEqual(len(follow_ups), 2)
        self.assertIn(f'  1) {follow_ups[0]}', out)
        self.assertIn(f'  2) {follow_ups[1]}', out)
        self.assertIn('asked 2', out)
        self.assertEqual(self.transcript()['questions'][0]['follow_ups_asked'], [2])

    def test_a_bad_command_changes_nothing(self):
        result = self.run_cli('run', '--questions', '1', '--budget', '60s',
                              input='tick a\n\ntick az\n4\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('mockround: key points are ticked after the answer ends', result.stderr)
        self.assertIn('mockround: key points are a-', result.stderr)
        self.assertEqual(self.transcript()['questions'][0]['covered'], ['a'])


if __name__ == '__main__':
    unittest.main()
