// Words for doses and routines, as the pages and the player show them.
import { resolveDose, setSeconds } from './timeline';
import type { Dose, Exercise, RoutineItem } from './types';

/** "3 × 12 reps", "4 × 45 s hold", "30 s" (one set), with "each side" for per-side exercises. */
export function describeDose(dose: Dose, perSide: boolean): string {
	const each = perSide ? ' each side' : '';
	const sets = dose.sets > 1 ? `${dose.sets} × ` : '';
	if (dose.mode === 'reps') return `${sets}${dose.reps} reps${each}`;
	const what = dose.mode === 'hold' ? ' hold' : '';
	return `${sets}${duration(dose.seconds)}${what}${each}`;
}

/** "45 s", or whole minutes from two minutes up: "5 min". */
function duration(seconds: number): string {
	return seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/**
 * The times an exercise comes back in a walk-run, in order, equal ones counted:
 * [300, 120, 120, 120] is "5 min, then 3 × 2 min".
 */
export function describeRepeats(seconds: number[]): string {
	const runs: { seconds: number; times: number }[] = [];
	for (const s of seconds) {
		const last = runs.at(-1);
		if (last && last.seconds === s) last.times += 1;
		else runs.push({ seconds: s, times: 1 });
	}
	const words = runs.map(({ seconds: s, times }) => {
		const time = s % 60 === 0 ? `${s / 60} min` : `${s} s`;
		return times > 1 ? `${times} × ${time}` : time;
	});
	return words.join(', then ');
}

/** The smaller print under a dose: tempo and rest. */
export function describePacing(dose: Dose): string {
	const parts: string[] = [];
	if (dose.mode === 'reps') parts.push(`${dose.tempo} s per rep`);
	if (dose.sets > 1) parts.push(dose.rest > 0 ? `rest ${dose.rest} s between sets` : 'no rest');
	return parts.join(' · ');
}

/** An item's dose and its words together. */
export function itemDose(item: RoutineItem, exercise: Exercise) {
	const dose = resolveDose(item, exercise);
	return {
		dose,
		text: describeDose(dose, exercise.perSide),
		pacing: describePacing(dose),
		seconds: dose.sets * setSeconds(dose) * (exercise.perSide ? 2 : 1)
	};
}

/**
 * The text alternative of an exercise's figure: what the drawing shows, the position and the
 * movement (the first two steps), not why or how well to do it.
 */
export function figureLabel(exercise: Pick<Exercise, 'name' | 'instructions'>): string {
	const movement = exercise.instructions.slice(0, 2).join(' ');
	return movement ? `${exercise.name}: ${movement}` : exercise.name;
}
