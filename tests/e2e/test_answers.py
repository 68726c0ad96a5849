"""Typed answers in a round: the editor on the screen, a paste, $EDITOR, line mode; saved
within a second of typing, back after kill -9 and resume, key points suggested from them."""
import os
import signal
import stat
import time
import unittest

from test_round import RoundCase


class ScreenAnswers(RoundCase):
    def start_one_git_question(self, *extra):
        self.term.start('run', '--questions', '1', '--budget', '5m', '--section', 'git',
                        '--seed', '3', *extra)
        self.term.wait_for('question 1/1')
        qid = self.transcript()['questions'][0]['id']
        return self.json_of('bank', 'show', qid, '--json')['key_points']

    def wait_for_answer(self, expected, timeout=5.0):
        """The transcript's answer once it holds `expected`: saved within a second of typing."""
        deadline = time.monotonic() + timeout
        answer = None
        while time.monotonic() < deadline:
            answer = self.transcript()['questions'][0].get('answer')
            if answer == expected:
                return answer
            time.sleep(0.05)
        self.fail(f'answer in the transcript is {answer!r}, not {expected!r}')

    def test_typed_answer_is_saved_suggests_key_points_and_is_kept_with_the_score(self):
        points = self.start_one_git_question()
        self.term.keys('w')
        self.term.wait_for('Ctrl-D answer done')
        self.term.text(points[0])
        self.term.keys('Enter')
        self.term.text('and more')
        self.wait_for_answer(points[0] + '\nand more')
        self.term.keys('C-d')  # ends the answer: the guide, with suggestions
        screen = self.term.wait_for('A strong answer covers')
        self.assertIn('Your answer', screen)
        self.assertIn('[~] a)', screen)
        self.assertIn('[~] found in the answer', screen)
        self.term.keys('+')
        self.term.wait_for('[x] a)')
        self.term.keys('3')
        self.assertEqual(self.term.exit_code(), 0)
        q = self.transcript()['questions'][0]
        self.assertEqual(q['answer'], points[0] + '\nand more')
        self.assertIn('a', q['suggested'])
        self.assertIn('a', q['covered'])
        self.assertEqual(q['score'], 3)

    def test_a_paste_is_text_its_newlines_never_commands(self):
        self.start_one_git_question()
        self.term.keys('w')
        self.term.wait_for('Ctrl-D answer done')
        pasted = 'first line\n3\nq\n\nlast line'
        self.term.tmux('set-buffer', '-b', 'answer', pasted)
        self.term.tmux('paste-buffer', '-p', '-b', 'answer', '-t', self.term.pane)
        self.wait_for_answer(pasted)
        self.assertEqual(self.transcript()['questions'][0]['state'], 'asking')
        self.assertIn('last line', self.term.screen())

    def test_kill_9_while_typing_keeps_all_but_the_last_second_and_resume_goes_on(self):
        self.start_one_git_question()
        self.term.keys('w')
        self.term.wait_for('Ctrl-D answer done')
        self.term.text('typed before the kill')
        self.wait_for_answer('typed before the kill')
        os.kill(self.term.mockround_pid(), signal.SIGKILL)
        self.term.exit_code()
        round_id = self.transcript()['id']
        self.term.start('resume', round_id)
        self.term.wait_for('typed before the kill')
        self.term.text(', then after')  # the cursor is back at the answer's end
        self.wait_for_answer('typed before the kill, then after')

    def test_v_hands_the_answer_to_the_editor_and_takes_it_back(self):
        editor = os.path.join(self.home, 'fake-editor')
        with open(editor, 'w') as f:  # an editor that appends a line and checks the header
            f.write('#!/bin/sh\ngrep -q "^#| " "$1" || exit 1\n'
                    'printf "written in the editor\\n" >> "$1"\n')
        os.chmod(editor, stat.S_IRWXU)
        self.env['VISUAL'] = editor
        self.start_one_git_question()
        self.term.keys('v')
        self.wait_for_answer('written in the editor\n')
        self.term.wait_for('written in the editor')  # the screen is back, the editor open
        self.assertEqual(self.transcript()['questions'][0]['state'], 'asking')


    def test_an_interviewer_types_notes_of_the_answer_into_the_same_field(self):
        self.term.start('run', '--interviewer', '--questions', '1', '--budget', '5m',
                        '--section', 'git', '--seed', '3')
        self.term.wait_for('w notes')
        self.term.keys('w')
        self.term.wait_for('Answer notes')
        self.term.text('named rebase, missed reflog')
        self.wait_for_answer('named rebase, missed reflog')
        self.term.keys('Escape')
        self.term.wait_for('w notes')
        self.term.keys('Enter')  # the answer ends; the interviewer scores
        self.term.wait_for('Score:')
        self.term.keys('2')
        self.assertEqual(self.term.exit_code(), 0)
        q = self.transcript()['questions'][0]
        self.assertEqual((q['answer'], q['scored_by']), ('named rebase, missed reflog',
                                                          'interviewer'))


class LineModeAnswers(RoundCase):
    def test_lines_starting_with_gt_are_the_answer_and_nothing_else(self):
        qid = self.json_of('run', '--questions', '1', '--budget', '60s', '--section', 'git',
                           '--seed', '3', '--dry-run', '--json')['questions'][0]['id']
        point = self.json_of('bank', 'show', qid, '--json')['key_points'][0]
        result = self.run_cli('run', '--questions', '1', '--budget', '60s', '--section', 'git',
                              '--seed', '3', input=f'> {point}\n> skip\n>\n> 4\n\n+\n2\n')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('lines starting with > are typed into it', result.stdout)
        q = self.transcript()['questions'][0]
        self.assertEqual(q['answer'], f'{point}\nskip\n\n4')
        self.assertEqual(q['state'], 'scored')
        self.assertEqual(q['score'], 2)
        self.assertIn('a', q['suggested'])
        self.assertIn('a', q['covered'])


if __name__ == '__main__':
    unittest.main()
