// Prints, as JSON, random review histories from a fixed seed and what ts-fsrs (FSRS-6,
// long-term only, no fuzz, desired retention 0.9 unless given) makes of each review:
// stability, difficulty, due, reps and lapses after it, and the retrievability a while later.
// Usage: node histories.mjs [COUNT [SEED [RETENTION]]]
import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';

const count = Number(process.argv[2] ?? 200);
let seed = Number(process.argv[3] ?? 14) >>> 0;
const retention = Number(process.argv[4] ?? 0.9);

// mulberry32: a small PRNG, so the histories are the same on every run.
function random() {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(random() * n);

const minute = 60 * 1000, day = 24 * 60 * minute;
// Gaps as people leave them: the same day, around the due date, early, or long after.
function gap(card, now) {
    const kind = pick(4);
    if (kind === 0) return pick(12 * 60) * minute;
    const due = card.due.getTime() - now;
    if (kind === 1) return Math.max(0, due + (pick(6 * 60) - 3 * 60) * minute);
    if (kind === 2) return Math.max(0, Math.floor(due * random()));
    return due + pick(90) * day + pick(24 * 60) * minute;
}

const scheduler = fsrs(generatorParameters({
    enable_short_term: false, enable_fuzz: false, request_retention: retention,
}));
const histories = [];
for (let h = 0; h < count; ++h) {
    let now = Date.UTC(2026, 0, 1) + pick(365) * day + pick(24 * 60) * minute;
    let card = createEmptyCard(new Date(now));
    const reviews = [];
    const length = 1 + pick(15);
    for (let i = 0; i < length; ++i) {
        if (i > 0) now += gap(card, now);
        const rating = 1 + pick(4);
        card = scheduler.next(card, new Date(now), rating).card;
        reviews.push({
            at: now, rating,
            stability: card.stability, difficulty: card.difficulty, due: card.due.getTime(),
            reps: card.reps, lapses: card.lapses,
        });
    }
    const later = now + pick(120) * day + pick(24 * 60) * minute;
    histories.push({
        reviews, later, retrievability: scheduler.get_retrievability(card, new Date(later), false),
    });
}
process.stdout.write(JSON.stringify({ retention, histories }) + '\n');
