#!/usr/bin/env python3
"""Validate tests/data/match/answers.yaml against questions.yaml and print its counts.

Usage: check_answers.py [ANSWERS_YAML [QUESTIONS_YAML]]
Defaults: answers.yaml next to this script, questions.yaml at the repository root.
Exits 1 on any violation (all violations are listed), 0 otherwise. Needs python3-yaml.
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SPLITS = ("tune", "test")
ANSWER_KEYS = {"id", "split", "answer", "covers", "note"}
REQUIRED_KEYS = {"id", "split", "answer", "covers"}
# note markers: "name-only (a)" / "wrong (b, c)"
MARKER = re.compile(r"\b(name-only|wrong) \(([a-z](?:, ?[a-z])*)\)")

# Size of the data set the brief asks for.
MIN_ANSWERS = 160
MIN_SECTIONS = 20
MIN_SECTIONS_PER_SPLIT = 15
MIN_NAME_ONLY = 25


def load_questions(path):
    bank = yaml.safe_load(path.read_text(encoding="utf-8"))
    questions = {}
    for section in bank["sections"]:
        for topic in section["topics"]:
            for q in topic["questions"]:
                questions[q["id"]] = (section["id"], len(q.get("key_points") or []))
    return questions


def main(argv):
    answers_path = Path(argv[1]) if len(argv) > 1 else HERE / "answers.yaml"
    questions_path = Path(argv[2]) if len(argv) > 2 else HERE.parents[2] / "questions.yaml"
    questions = load_questions(questions_path)
    doc = yaml.safe_load(answers_path.read_text(encoding="utf-8"))
    errors = []

    if not isinstance(doc, dict) or doc.get("format") != 1:
        errors.append("top level: expected a mapping with format: 1")
        doc = doc if isinstance(doc, dict) else {}
    answers = doc.get("answers")
    if not isinstance(answers, list) or not answers:
        errors.append("top level: 'answers' must be a non-empty list")
        answers = []

    per_split = {s: Counter() for s in SPLITS}          # split -> section -> answers
    letters_total = {s: 0 for s in SPLITS}
    letter_hist = Counter()
    split_of_question = defaultdict(set)
    name_only_answers = 0
    name_only_points = 0
    wrong_answers = 0
    empty_covers = 0
    question_ids = set()

    for i, a in enumerate(answers):
        where = f"answers[{i}]"
        if not isinstance(a, dict):
            errors.append(f"{where}: not a mapping")
            continue
        where = f"answers[{i}] ({a.get('id')})"
        missing = REQUIRED_KEYS - a.keys()
        extra = a.keys() - ANSWER_KEYS
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        qid = a.get("id")
        if qid not in questions:
            errors.append(f"{where}: id not in questions.yaml")
            continue
        section, n_points = questions[qid]
        question_ids.add(qid)
        split = a.get("split")
        if split not in SPLITS:
            errors.append(f"{where}: split {split!r} is not one of {SPLITS}")
            continue
        split_of_question[qid].add(split)
        text = a.get("answer")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: answer must be a non-empty string")
        valid = [chr(ord("a") + k) for k in range(n_points)]
        covers = a.get("covers")
        if not isinstance(covers, list):
            errors.append(f"{where}: covers must be a list")
            covers = []
        for letter in covers:
            if letter not in valid:
                errors.append(f"{where}: letter {letter!r} outside key points {valid[0]}..{valid[-1]}"
                              if valid else f"{where}: question has no key points")
        if len(set(covers)) != len(covers):
            errors.append(f"{where}: duplicate letters in covers {covers}")
        if covers != sorted(covers):
            errors.append(f"{where}: covers not in order {covers}")
        note = a.get("note")
        if note is not None and (not isinstance(note, str) or not note.strip()):
            errors.append(f"{where}: note must be a non-empty string when present")
            note = None
        kinds = set()
        for kind, group in MARKER.findall(note or ""):
            kinds.add(kind)
            for letter in re.split(r", ?", group):
                if letter not in valid:
                    errors.append(f"{where}: note marks {kind} ({letter}) outside key points")
                elif letter in covers:
                    errors.append(f"{where}: note marks {kind} ({letter}) but covers lists it")
                elif kind == "name-only":
                    name_only_points += 1
        if note and re.search(r"\bname-only\b|\bwrong\b", note) and not kinds:
            errors.append(f"{where}: note uses a marker word without the '(letters)' form")
        name_only_answers += "name-only" in kinds
        wrong_answers += "wrong" in kinds
        empty_covers += not covers
        per_split[split][section] += 1
        letters_total[split] += len(covers)
        letter_hist.update(covers)

    for qid, splits in sorted(split_of_question.items()):
        if len(splits) > 1:
            errors.append(f"{qid}: answers spread over both splits")

    n = len(answers)
    sections = set(per_split["tune"]) | set(per_split["test"])
    if n < MIN_ANSWERS:
        errors.append(f"only {n} answers (want >= {MIN_ANSWERS})")
    if len(sections) < MIN_SECTIONS:
        errors.append(f"only {len(sections)} sections (want >= {MIN_SECTIONS})")
    for s in SPLITS:
        if len(per_split[s]) < MIN_SECTIONS_PER_SPLIT:
            errors.append(f"split {s}: only {len(per_split[s])} sections (want >= {MIN_SECTIONS_PER_SPLIT})")
    if name_only_answers < MIN_NAME_ONLY:
        errors.append(f"only {name_only_answers} name-only answers (want >= {MIN_NAME_ONLY})")

    print(f"answers: {n}  questions: {len(question_ids)}  sections: {len(sections)}")
    for s in SPLITS:
        total = sum(per_split[s].values())
        print(f"  {s}: {total} answers, {len(per_split[s])} sections, {letters_total[s]} covered letters")
        print("    " + ", ".join(f"{sec}={c}" for sec, c in sorted(per_split[s].items())))
    print("covered letters by key point: " + ", ".join(f"{k}={v}" for k, v in sorted(letter_hist.items())))
    print(f"name-only answers: {name_only_answers} ({name_only_points} key points)")
    print(f"wrong-statement answers: {wrong_answers}")
    print(f"answers covering nothing: {empty_covers}")

    if errors:
        print(f"\n{len(errors)} violation(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
