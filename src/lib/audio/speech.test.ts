import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	COMPLETE_ANNOUNCEMENT,
	exerciseAnnouncements,
	fitUtterance,
	HALFWAY_ANNOUNCEMENT,
	nextAnnouncements,
	restAnnouncements,
	Speaker,
	speechMs,
	spokenSeconds,
	SWITCH_ANNOUNCEMENT,
	type ScheduledCue,
	type SpeechSynthesisLike,
	type UtteranceLike
} from './speech';

describe('announcement texts', () => {
	it('names the exercise, side and dose, longest first', () => {
		expect(exerciseAnnouncements({ label: 'Clamshell', side: 'left', reps: 12 })).toEqual([
			'Clamshell, left side, 12 reps',
			'Clamshell, left side',
			'Clamshell'
		]);
		expect(exerciseAnnouncements({ label: 'Wall sit', seconds: 45 })).toEqual([
			'Wall sit, 45 seconds',
			'Wall sit'
		]);
		expect(exerciseAnnouncements({ label: 'Step-up', side: 'right', reps: 1 })[0]).toBe(
			'Step-up, right side, 1 rep'
		);
		expect(
			exerciseAnnouncements({ label: 'Plank', side: null, reps: null, seconds: null })
		).toEqual(['Plank']);
	});

	it('announces what comes next, and a short form', () => {
		expect(nextAnnouncements({ label: 'Clamshell', side: 'left', reps: 12 })).toEqual([
			'Next: Clamshell, left side',
			'Next: Clamshell'
		]);
		expect(nextAnnouncements({ label: 'Wall sit', seconds: 45 })).toEqual(['Next: Wall sit']);
	});

	it('says rests and lengths the way a coach would', () => {
		expect(restAnnouncements(30)).toEqual(['Rest, 30 seconds', 'Rest']);
		expect(spokenSeconds(1)).toBe('1 second');
		expect(spokenSeconds(60)).toBe('1 minute');
		expect(spokenSeconds(90)).toBe('1 minute 30 seconds');
		expect(spokenSeconds(120)).toBe('2 minutes');
		expect(spokenSeconds(121)).toBe('2 minutes 1 second');
	});

	it('has the fixed announcements of the issue', () => {
		expect([SWITCH_ANNOUNCEMENT, HALFWAY_ANNOUNCEMENT, COMPLETE_ANNOUNCEMENT]).toEqual([
			'Switch sides',
			'Halfway',
			'Routine complete'
		]);
	});
});

describe('fitUtterance', () => {
	// A 30 s rest from 10 s: rest at 10 s, countdown at 37, 38, 39 s, go at 40 s, a rep tick later.
	const schedule: ScheduledCue[] = [
		{ id: 'rest', at: 10_000 },
		{ id: 'countdown', at: 37_000 },
		{ id: 'countdown', at: 38_000 },
		{ id: 'countdown', at: 39_000 },
		{ id: 'go', at: 40_000 },
		{ id: 'rep', at: 43_000 }
	];
	const next = ['Next: Clamshell, left side', 'Next: Clamshell'];

	it('estimates length from words at 2.5 per second', () => {
		expect(speechMs('Next: Clamshell, left side')).toBe(1600);
		expect(speechMs('  Halfway ')).toBe(400);
		expect(speechMs('')).toBe(0);
	});

	it('keeps the long form when it ends before the countdown', () => {
		expect(fitUtterance(next, 10_000, schedule)).toBe('Next: Clamshell, left side');
	});

	it('shortens when only the short form fits', () => {
		// Long: 1600 ms + 400 margin ends at 37 100 > 37 000; short: 800 + 400 ends at 36 300.
		expect(fitUtterance(next, 35_500, schedule)).toBe('Next: Clamshell');
	});

	it('drops it when nothing fits before the next countdown', () => {
		expect(fitUtterance(next, 36_500, schedule)).toBeNull();
		// Between two ticks, or after the last one, the countdown is still under way.
		expect(fitUtterance(['Halfway'], 37_100, schedule)).toBeNull();
		expect(fitUtterance(['Rest'], 39_500, [{ id: 'countdown', at: 39_000 }])).toBeNull();
		// A second after the last tick (the segment boundary) speech is free again.
		expect(fitUtterance(['Rest'], 40_000, [{ id: 'countdown', at: 39_000 }])).toBe('Rest');
	});

	it('does not count a cue at the same instant, nor rep, rest or halfway cues, as a barrier', () => {
		// The go sound and the exercise's name start together; the rep tick may overlap speech.
		expect(fitUtterance(['Clamshell, left side, 12 reps'], 40_000, schedule)).toBe(
			'Clamshell, left side, 12 reps'
		);
		expect(fitUtterance(['Routine complete'], 50_000, [{ id: 'complete', at: 50_500 }])).toBe(
			'Routine complete'
		);
	});

	it('honours a custom margin and an unsorted schedule', () => {
		const unsorted: ScheduledCue[] = [
			{ id: 'go', at: 5000 },
			{ id: 'countdown', at: 2000 }
		];
		expect(fitUtterance(['Halfway'], 1000, unsorted, 0)).toBe('Halfway');
		expect(fitUtterance(['Halfway'], 1000, unsorted, 700)).toBeNull();
	});
});

function voice(name: string, lang: string, localService: boolean, isDefault = false) {
	return { name, lang, localService, default: isDefault, voiceURI: name } as SpeechSynthesisVoice;
}

function fakeSynth(voices: SpeechSynthesisVoice[]) {
	const spoken: UtteranceLike[] = [];
	const synth: SpeechSynthesisLike = {
		speak: vi.fn((u: UtteranceLike) => void spoken.push(u)),
		cancel: vi.fn(),
		getVoices: () => voices
	};
	const createUtterance = (text: string): UtteranceLike => ({
		text,
		lang: '',
		rate: 1,
		volume: 1,
		voice: null
	});
	return { synth, spoken, createUtterance };
}

describe('Speaker', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('speaks with a local voice in the announcements’ language', () => {
		const local = voice('Local English', 'en-GB', true);
		const { synth, spoken, createUtterance } = fakeSynth([
			voice('Deutsch', 'de-DE', true, true),
			voice('Remote English', 'en-US', false, true),
			local
		]);
		const speaker = new Speaker({ synth, createUtterance });
		expect(speaker.available).toBe(true);
		speaker.volume = 0.6;
		speaker.say('Halfway');
		expect(spoken).toHaveLength(1);
		expect(spoken[0]).toMatchObject({ text: 'Halfway', lang: 'en', volume: 0.6, voice: local });
		expect(synth.cancel).not.toHaveBeenCalled();
	});

	it('interrupts what it is saying when asked, and cancels', () => {
		const { synth, spoken, createUtterance } = fakeSynth([voice('E', 'en-US', true)]);
		const speaker = new Speaker({ synth, createUtterance });
		speaker.say('Rest, 30 seconds');
		speaker.say('Next: Clamshell', { interrupt: true });
		expect(synth.cancel).toHaveBeenCalledTimes(1);
		expect(spoken.map((u) => u.text)).toEqual(['Rest, 30 seconds', 'Next: Clamshell']);
		speaker.cancel();
		expect(synth.cancel).toHaveBeenCalledTimes(2);
	});

	it('stays quiet when disabled or at volume 0', () => {
		const { synth, spoken, createUtterance } = fakeSynth([voice('E', 'en-US', true)]);
		const speaker = new Speaker({ synth, createUtterance });
		speaker.enabled = false;
		speaker.say('Halfway');
		speaker.enabled = true;
		speaker.volume = 0;
		speaker.say('Halfway');
		expect(spoken).toEqual([]);
	});

	it('is unavailable, and does nothing, without voices or without speech synthesis', () => {
		const { synth, spoken, createUtterance } = fakeSynth([]);
		const mute = new Speaker({ synth, createUtterance });
		expect(mute.available).toBe(false);
		mute.say('Halfway');
		expect(spoken).toEqual([]);
		const none = new Speaker({ synth: null });
		expect(none.available).toBe(false);
		expect(() => {
			none.say('Halfway');
			none.cancel();
		}).not.toThrow();
		// On the server (no window) the default speaker has no synthesizer.
		expect(new Speaker().available).toBe(false);
	});

	it('survives a synthesizer that throws', () => {
		const { createUtterance } = fakeSynth([]);
		const synth: SpeechSynthesisLike = {
			speak: () => {
				throw new Error('busy');
			},
			cancel: () => {
				throw new Error('busy');
			},
			getVoices: () => [voice('E', 'en-US', true)]
		};
		const speaker = new Speaker({ synth, createUtterance });
		expect(() => {
			speaker.say('Halfway', { interrupt: true });
			speaker.cancel();
		}).not.toThrow();
	});
});
