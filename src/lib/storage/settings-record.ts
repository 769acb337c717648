// The player's settings: their shape, their defaults and the field-by-field check shared by the
// settings store and backup import. Apart from ./records.ts so that a page reading only bookmarks
// does not load them.
import { isRecord } from './records';

/** The player's settings. */
export interface Settings {
	sound: boolean;
	voice: boolean;
	/** From 0 to 1. */
	volume: number;
	/** Seconds of countdown before a segment ends. */
	countdown: 3 | 5;
	/** Default rest between sets in the builder, in seconds (0 to 180). */
	defaultRest: number;
	/** Rep-based sets wait for Done instead of a tempo. */
	selfPaced: boolean;
	/** Seconds of "Get ready" before the first exercise (5 to 60). */
	getReady: number;
	/** Seconds to switch sides in a per-side set (3 to 30). */
	switchSides: number;
}

/** The settings a runner starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	sound: true,
	voice: true,
	volume: 0.8,
	countdown: 3,
	defaultRest: 30,
	selfPaced: false,
	getReady: 10,
	switchSides: 5
});

/** The lengths the transition settings offer, in seconds. */
export const TRANSITION_RANGE = {
	getReady: { min: 5, max: 60 },
	switchSides: { min: 3, max: 30 }
} as const;

const within = (v: unknown, { min, max }: { min: number; max: number }) =>
	typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

const SETTINGS_CHECKS: { [K in keyof Settings]: [(value: unknown) => boolean, string] } = {
	sound: [(v) => typeof v === 'boolean', 'sound must be true or false'],
	voice: [(v) => typeof v === 'boolean', 'voice must be true or false'],
	volume: [
		(v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1,
		'volume must be a number from 0 to 1'
	],
	countdown: [(v) => v === 3 || v === 5, 'the countdown must be 3 or 5 seconds'],
	defaultRest: [
		(v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 180,
		'the default rest must be a whole number of seconds from 0 to 180'
	],
	selfPaced: [(v) => typeof v === 'boolean', 'self-paced reps must be true or false'],
	getReady: [
		(v) => within(v, TRANSITION_RANGE.getReady),
		'get ready must be a whole number of seconds from 5 to 60'
	],
	switchSides: [
		(v) => within(v, TRANSITION_RANGE.switchSides),
		'switch sides must be a whole number of seconds from 3 to 30'
	]
};

/**
 * Reads settings field by field: a missing field takes its default, an invalid one takes its default
 * and is reported through `invalid`, unknown keys are dropped. Undefined when `raw` is not an object.
 */
export function readSettings(
	raw: unknown,
	invalid: (message: string) => void = () => {}
): Settings | undefined {
	if (!isRecord(raw)) return undefined;
	const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	for (const [field, [valid, message]] of Object.entries(SETTINGS_CHECKS)) {
		if (!Object.hasOwn(raw, field)) continue;
		if (valid(raw[field])) settings[field] = raw[field];
		else invalid(message);
	}
	return settings as unknown as Settings;
}
