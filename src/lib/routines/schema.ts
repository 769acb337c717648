// The one schema for routines: it checks the built-in ones in tests and every imported, shared or
// saved routine at run time, with messages a person understands.
import * as v from 'valibot';
import { setSeconds, resolveDose, type ExerciseLookup } from './timeline';
import { getExercise } from './index';
import { LIMITS } from './limits';
import type { Routine } from './types';

export { LIMITS };

function whole(field: string, min: number, max: number) {
	const range = `${field} must be between ${min} and ${max}`;
	return v.pipe(
		v.number(`${field} must be a number`),
		v.integer(`${field} must be a whole number`),
		v.minValue(min, range),
		v.maxValue(max, range)
	);
}

function text(field: string, max: number, min = 0) {
	return v.pipe(
		v.string(`${field} must be text`),
		v.trim(),
		v.minLength(min, `${field} must not be empty`),
		v.maxLength(max, `${field} must be at most ${max} characters`)
	);
}

const ItemSchema = v.object(
	{
		exercise: v.pipe(
			v.string('the exercise must be named by its id'),
			v.maxLength(64, 'the exercise id is too long')
		),
		sets: v.optional(whole('sets', 1, LIMITS.sets)),
		reps: v.optional(whole('reps', 1, LIMITS.reps)),
		tempo: v.optional(whole('tempo (seconds per rep)', 1, LIMITS.tempo)),
		seconds: v.optional(whole('seconds', 1, LIMITS.seconds)),
		rest: v.optional(whole('rest', 0, LIMITS.rest)),
		selfPaced: v.optional(v.boolean('self-paced must be true or false'))
	},
	'each exercise must be an object'
);

/** The shape of a routine; unknown keys are dropped. */
const RoutineSchema = v.object(
	{
		id: v.pipe(
			v.string('Id must be text'),
			v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Id must be lowercase letters, digits and dashes')
		),
		name: text('Name', LIMITS.name, 1),
		kind: v.picklist(
			['strength', 'warmup', 'cooldown', 'run'],
			'Kind must be strength, warmup, cooldown or run'
		),
		goal: v.optional(text('Goal', LIMITS.goal), ''),
		level: v.optional(
			v.picklist(['easy', 'moderate', 'hard'], 'Level must be easy, moderate or hard'),
			'moderate'
		),
		focus: v.optional(
			v.pipe(
				v.array(
					v.picklist(
						['knee', 'hips', 'quads', 'hamstrings', 'calves', 'tendon', 'balance', 'mobility'],
						'Focus has an unknown value'
					),
					'Focus must be a list'
				),
				v.maxLength(8, 'Focus has too many values')
			),
			[]
		),
		items: v.pipe(
			v.array(ItemSchema, 'Exercises must be a list'),
			v.minLength(1, 'A routine needs at least one exercise'),
			v.maxLength(LIMITS.items, `A routine can hold at most ${LIMITS.items} exercises`)
		),
		restBetween: v.optional(whole('Rest between exercises', 0, LIMITS.rest), 30),
		sources: v.optional(
			v.pipe(
				v.array(v.pipe(v.string(), v.maxLength(64)), 'Sources must be a list'),
				v.maxLength(20)
			),
			[]
		),
		basis: v.optional(v.picklist(['general-conditioning'], 'Basis has an unknown value')),
		howTo: v.optional(
			v.pipe(v.array(text('How-to line', 300), 'How-to must be a list'), v.maxLength(8))
		),
		lessons: v.optional(
			v.pipe(v.array(v.pipe(v.string(), v.maxLength(64)), 'Lessons must be a list'), v.maxLength(8))
		)
	},
	'A routine must be an object'
);

export type ParseResult = { ok: true; routine: Routine } | { ok: false; errors: string[] };

/** Turns a valibot issue into a sentence: "Exercise 3: reps must be between 1 and 100". */
function describe(issue: v.BaseIssue<unknown>): string {
	const path = issue.path ?? [];
	const first = path[0]?.key;
	const index = path[1]?.key;
	if (first === 'items' && typeof index === 'number') {
		return `Exercise ${index + 1}: ${issue.message}`;
	}
	return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}

/**
 * Validates a routine from anywhere (a file, a link, storage) against the schema and the exercise
 * library: shape, ranges, known exercises, overrides that fit each exercise, a sensible length.
 */
export function parseRoutine(input: unknown, lookup: ExerciseLookup = getExercise): ParseResult {
	const result = v.safeParse(RoutineSchema, input, { abortPipeEarly: true });
	if (!result.success) {
		return { ok: false, errors: [...new Set(result.issues.map(describe))] };
	}
	const routine = result.output as Routine;
	const errors: string[] = [];
	let totalSeconds = 0;
	routine.items.forEach((item, i) => {
		const exercise = lookup(item.exercise);
		if (!exercise) {
			errors.push(`Exercise ${i + 1}: "${item.exercise}" is not in the exercise library`);
			return;
		}
		const mode = exercise.dose.mode;
		if (mode === 'reps' && item.seconds !== undefined) {
			errors.push(`Exercise ${i + 1}: ${exercise.name} is counted in reps, not seconds`);
		}
		if (mode !== 'reps' && (item.reps !== undefined || item.tempo !== undefined)) {
			errors.push(`Exercise ${i + 1}: ${exercise.name} is timed in seconds, not reps`);
		}
		if (mode !== 'reps' && item.selfPaced) {
			errors.push(`Exercise ${i + 1}: ${exercise.name} is timed, so it cannot be self-paced`);
		}
		const dose = resolveDose(item, exercise);
		totalSeconds += dose.sets * setSeconds(dose) * (exercise.perSide ? 2 : 1);
		totalSeconds += (dose.sets - 1) * dose.rest;
	});
	if (totalSeconds > LIMITS.totalMinutes * 60) {
		errors.push(`The routine is longer than ${LIMITS.totalMinutes} minutes`);
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, routine };
}
