import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BODY_STROKE,
	FLOOR_Y,
	FRAME_PADDING,
	SEGMENTS,
	THUMBNAIL_ASPECT,
	VIEWBOX_HEIGHT,
	VIEWBOX_WIDTH,
	drawFigure,
	floorFor,
	frameOf,
	lerpPose,
	motionAt,
	poseJoints,
	shapeBounds,
	type Frame,
	type Joint,
	type Pose,
	type Shape
} from './figure';
import { exercises } from '$lib/routines/exercises';
import { fallbackFigure, poseFor, poses, type ExercisePoses } from './poses';

/** The exercise ids the library uses; every one must have its own figure. */
const EXERCISE_IDS = exercises.map((e) => e.id);

const EPSILON = 1e-6;

/** Every pose worth checking: each exercise's start, end and a few in-between frames. */
const figures: Array<[string, ExercisePoses]> = [
	...Object.entries(poses),
	['fallback', fallbackFigure]
];
const frames: Array<[string, Pose]> = figures.flatMap(([id, f]) =>
	[0, 0.25, 0.5, 0.75, 1].map((t): [string, Pose] => [`${id}@${t}`, lerpPose(f.start, f.end, t)])
);

/** How far down a shape reaches, counting half its stroke or its radius. */
function bottomOf(shape: Shape): number {
	if (shape.kind === 'circle') return shape.cy + shape.r;
	return Math.max(...shape.points.map((p) => p.y)) + shape.width / 2;
}

/** The box a shape covers, counting half its stroke or its radius. */
function boundsOf(shape: Shape) {
	if (shape.kind === 'circle') {
		return {
			left: shape.cx - shape.r,
			right: shape.cx + shape.r,
			top: shape.cy - shape.r,
			bottom: shape.cy + shape.r
		};
	}
	const half = shape.width / 2;
	const xs = shape.points.map((p) => p.x);
	const ys = shape.points.map((p) => p.y);
	return {
		left: Math.min(...xs) - half,
		right: Math.max(...xs) + half,
		top: Math.min(...ys) - half,
		bottom: Math.max(...ys) + half
	};
}

/** Hops and jumps end in the air: their end pose (and the frames near it) touch nothing. */
const AIRBORNE = ['pogo-hops', 'squat-jump', 'single-leg-hops'];
function airborne(name: string): boolean {
	const id = AIRBORNE.find((a) => name.startsWith(a));
	return id !== undefined && !/@0$|start/.test(name);
}

describe('poses', () => {
	it('has a start and an end pose for every exercise id', () => {
		for (const id of EXERCISE_IDS) {
			const figure = poseFor(id);
			expect(figure, id).toBeDefined();
			expect(figure?.start, id).toBeDefined();
			expect(figure?.end, id).toBeDefined();
			// A figure that never moves would show nothing of the exercise.
			expect(figure?.start, id).not.toEqual(figure?.end);
		}
		expect(Object.keys(poses).sort()).toEqual([...EXERCISE_IDS].sort());
	});

	it('has poses for every exercise of the library', () => {
		for (const exercise of exercises) expect(poseFor(exercise.id), exercise.id).toBeDefined();
	});

	it('has no poses for unknown ids, and a standing fallback', () => {
		expect(poseFor('no-such-exercise')).toBeUndefined();
		expect(poseFor('constructor')).toBeUndefined();
		const j = poseJoints(fallbackFigure.end);
		expect(j.head.y).toBeLessThan(j.pelvis.y);
		expect(j.pelvis.y).toBeLessThan(j.nearAnkle.y);
	});

	it('keeps every shape of every frame inside the viewBox', () => {
		for (const [name, pose] of frames) {
			for (const shape of drawFigure(pose).shapes) {
				const b = boundsOf(shape);
				expect(b.left, `${name} ${shape.part}`).toBeGreaterThanOrEqual(0);
				expect(b.top, `${name} ${shape.part}`).toBeGreaterThanOrEqual(0);
				expect(b.right, `${name} ${shape.part}`).toBeLessThanOrEqual(VIEWBOX_WIDTH);
				expect(b.bottom, `${name} ${shape.part}`).toBeLessThanOrEqual(VIEWBOX_HEIGHT);
			}
		}
	});

	it('never draws the body below the floor, and rests it on the floor or a prop', () => {
		for (const [name, pose] of frames) {
			const body = drawFigure(pose).shapes.filter((s) => s.layer !== 'prop');
			const lowest = Math.max(...body.map(bottomOf));
			expect(lowest, name).toBeLessThanOrEqual(FLOOR_Y + EPSILON);
			// Supported: something touches the floor, unless the figure stands on a step or box.
			const onProp = (pose.props ?? []).some((p) => p.kind === 'step' || p.kind === 'chair');
			if (!onProp && !name.includes('@0.') && !name.startsWith('a-skip') && !airborne(name)) {
				expect(lowest, name).toBeCloseTo(FLOOR_Y, 1);
			}
		}
	});

	it('plants both feet where an exercise stands on both', () => {
		const twoFeet = ['wall-sit', 'mini-squat', 'air-squat', 'calf-raise', 'spanish-squat'];
		for (const id of twoFeet) {
			const figure = poseFor(id);
			for (const pose of [figure?.start, figure?.end]) {
				if (!pose) throw new Error(id);
				const j = poseJoints(pose);
				for (const side of ['near', 'far'] as const) {
					const foot = Math.max(j[`${side}Heel`].y, j[`${side}Toe`].y) + BODY_STROKE / 2;
					expect(foot, `${id} ${side}`).toBeCloseTo(FLOOR_Y, 1);
				}
			}
		}
	});
});

/** Every exercise's start and end pose, named. */
const ends: Array<[string, Pose]> = figures.flatMap(([id, f]): Array<[string, Pose]> => [
	[`${id} start`, f.start],
	[`${id} end`, f.end]
]);

/** The joints a figure can rest on, besides its feet (soles count through heel and toe). */
const CONTACTS: Joint[] = [
	'pelvis',
	'nearHip',
	'farHip',
	'nearKnee',
	'farKnee',
	'nearHeel',
	'farHeel',
	'nearToe',
	'farToe',
	'nearElbow',
	'farElbow',
	'nearHand',
	'farHand',
	'nearShoulder',
	'farShoulder',
	'neck'
];

/** How far a joint's stroke (or the head) reaches below the joint itself. */
const reachOf = (joint: Joint | 'head') =>
	joint === 'head' ? SEGMENTS.headRadius : BODY_STROKE / 2;

describe('poses on the floor', () => {
	it('puts no joint of any pose below the floor line', () => {
		for (const [name, pose] of ends) {
			const j = poseJoints(pose);
			for (const joint of Object.keys(j) as Joint[]) {
				expect(j[joint].y + reachOf(joint), `${name} ${joint}`).toBeLessThanOrEqual(
					FLOOR_Y + EPSILON
				);
			}
		}
	});

	it('rests every pose on the floor, or on the step, box or chair it stands or sits on', () => {
		const TOLERANCE = 0.5;
		for (const [name, pose] of ends) {
			const j = poseJoints(pose);
			const surfaces = [
				FLOOR_Y,
				...(pose.props ?? []).flatMap((p) =>
					p.kind === 'step' || p.kind === 'chair' ? [FLOOR_Y - p.height] : []
				)
			];
			const touching = CONTACTS.filter((c) =>
				surfaces.some((y) => Math.abs(j[c].y + reachOf(c) - y) <= TOLERANCE)
			);
			if (!airborne(name)) expect(touching, name).not.toEqual([]);
		}
	});

	it('keeps the contacts of floor exercises on the floor', () => {
		// Each pose's named joints that must touch the floor, start and end alike.
		const onFloor: Record<string, Joint[]> = {
			clamshell: ['farShoulder', 'farHand'],
			'side-lying-hip-abduction': ['farShoulder', 'farHand'],
			'glute-bridge': ['nearHeel', 'farHeel', 'neck'],
			'side-plank': ['farElbow', 'farHeel'],
			'side-plank-knees': ['farElbow', 'farKnee'],
			'hip-flexor-stretch': ['nearHeel', 'farToe'],
			'split-squat': ['nearHeel', 'farToe'],
			'walking-lunge': ['farToe'],
			inchworm: ['nearToe', 'nearHand']
		};
		for (const [id, joints] of Object.entries(onFloor)) {
			const figure = poseFor(id);
			if (!figure) throw new Error(id);
			for (const [which, pose] of [
				['start', figure.start],
				['end', figure.end]
			] as const) {
				const j = poseJoints(pose);
				for (const joint of joints) {
					expect(j[joint].y + reachOf(joint), `${id} ${which} ${joint}`).toBeCloseTo(FLOOR_Y, 0);
				}
			}
		}
		// Lying on the side, the lower leg lies along the floor (the shoulders, wider than the hips,
		// take the rest of the stroke's width), the knees never below it.
		for (const id of ['clamshell', 'side-lying-hip-abduction']) {
			const figure = poseFor(id);
			if (!figure) throw new Error(id);
			for (const pose of [figure.start, figure.end]) {
				const j = poseJoints(pose);
				for (const joint of ['farHip', 'farKnee', 'farHeel'] as const) {
					const gap = FLOOR_Y - (j[joint].y + reachOf(joint));
					expect(gap, `${id} ${joint}`).toBeGreaterThanOrEqual(-EPSILON);
					expect(gap, `${id} ${joint}`).toBeLessThanOrEqual(BODY_STROKE / 2 + EPSILON);
				}
			}
		}
		// Stepping up, the trailing foot still pushes off the floor.
		const stepUp = poseFor('step-up');
		if (!stepUp) throw new Error('step-up');
		const j = poseJoints(stepUp.start);
		expect(Math.max(j.farHeel.y, j.farToe.y) + BODY_STROKE / 2).toBeCloseTo(FLOOR_Y, 1);
	});
});

describe('frameOf', () => {
	/** Checks that `frame` holds every shape drawn between start and end with room to spare. */
	function expectHolds(name: string, f: ExercisePoses, frame: Frame) {
		const floor = floorFor(frame);
		for (const t of [0, 0.125, 0.25, 0.5, 0.75, 0.875, 1]) {
			for (const shape of drawFigure(lerpPose(f.start, f.end, t), floor).shapes) {
				const b = shapeBounds(shape);
				const at = `${name}@${t} ${shape.part}`;
				const room = FRAME_PADDING - 0.02;
				if (b.left <= b.right) {
					expect(b.left - frame.x, at).toBeGreaterThanOrEqual(room);
					expect(frame.x + frame.width - b.right, at).toBeGreaterThanOrEqual(room);
				}
				expect(b.top - frame.y, at).toBeGreaterThanOrEqual(room);
				expect(frame.y + frame.height - b.bottom, at).toBeGreaterThanOrEqual(room);
			}
		}
	}

	it('holds every point of both poses and the movement between, with padding all round', () => {
		for (const [id, f] of figures) {
			expectHolds(id, f, frameOf(f.start, f.end));
			expectHolds(`${id} thumbnail`, f, frameOf(f.start, f.end, THUMBNAIL_ASPECT));
		}
	});

	it('hugs the movement: the padding is exact on every side of a cropped frame', () => {
		for (const [id, f] of figures) {
			const frame = frameOf(f.start, f.end);
			let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
			for (let k = 0; k <= 8; k++) {
				for (const shape of drawFigure(lerpPose(f.start, f.end, k / 8)).shapes) {
					const b = shapeBounds(shape);
					left = Math.min(left, b.left);
					top = Math.min(top, b.top);
					right = Math.max(right, b.right);
					bottom = Math.max(bottom, b.bottom);
				}
			}
			// The floor line is the bottom of every frame, so the floor stays in view.
			expect(bottom, id).toBeCloseTo(FLOOR_Y + 1.5, 6);
			expect(left - frame.x, id).toBeCloseTo(FRAME_PADDING, 1);
			expect(frame.x + frame.width - right, id).toBeCloseTo(FRAME_PADDING, 1);
			expect(top - frame.y, id).toBeCloseTo(FRAME_PADDING, 1);
			expect(frame.y + frame.height - bottom, id).toBeCloseTo(FRAME_PADDING, 1);
		}
	});

	it('gives thumbnails the 6:5 shape of their boxes, filled across or down', () => {
		for (const [id, f] of figures) {
			const tight = frameOf(f.start, f.end);
			const frame = frameOf(f.start, f.end, THUMBNAIL_ASPECT);
			expect(frame.width / frame.height, id).toBeCloseTo(THUMBNAIL_ASPECT, 3);
			const filled =
				Math.abs(frame.width - tight.width) < 0.02 || Math.abs(frame.height - tight.height) < 0.02;
			expect(filled, id).toBe(true);
			// Smaller than the whole scene: the figure is drawn larger than it used to be.
			expect(frame.width, id).toBeLessThanOrEqual(VIEWBOX_WIDTH);
		}
	});

	it('runs the floor line out to the frame edges', () => {
		const f = poseFor('air-squat');
		if (!f) throw new Error('air-squat');
		const frame = frameOf(f.start, f.end, THUMBNAIL_ASPECT);
		const floor = drawFigure(f.end, floorFor(frame)).shapes.find((s) => s.part === 'floor-0');
		if (floor?.kind !== 'path') throw new Error('floor');
		const xs = floor.points.map((p) => p.x);
		expect(Math.min(...xs)).toBeLessThanOrEqual(frame.x);
		expect(Math.max(...xs)).toBeGreaterThanOrEqual(frame.x + frame.width);
	});
});

describe('drawFigure', () => {
	const clam = poseFor('clamshell');
	if (!clam) throw new Error('clamshell');

	it('is deterministic: the same pose gives the same shapes', () => {
		for (const [, pose] of frames.slice(0, 40)) {
			expect(drawFigure(structuredClone(pose))).toEqual(drawFigure(pose));
		}
	});

	it('draws props first, then far limbs, the body and head, then near limbs', () => {
		const shapes = drawFigure(poses['wall-sit']?.end ?? clam.end).shapes;
		const order = { prop: 0, far: 1, body: 2, near: 3 };
		const ranks = shapes.map((s) => order[s.layer]);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(shapes.filter((s) => s.kind === 'circle' && s.part === 'head')).toHaveLength(1);
		expect(new Set(shapes.map((s) => s.part)).size).toBe(shapes.length);
	});

	it('dims the far leg in the side view but not face on', () => {
		const side = drawFigure(poses['split-squat']?.end ?? clam.end).shapes;
		expect(side.find((s) => s.part === 'far-leg')?.layer).toBe('far');
		expect(side.find((s) => s.part === 'near-leg')?.layer).toBe('near');
		const front = drawFigure(poses['standing-hip-abduction']?.end ?? clam.end).shapes;
		expect(front.find((s) => s.part === 'far-leg')?.layer).toBe('near');
	});

	it('keeps limb lengths fixed whatever the angles', () => {
		const angle = fc.double({ min: -180, max: 180, noNaN: true });
		fc.assert(
			fc.property(angle, angle, angle, angle, (trunk, hip, knee, ankle) => {
				const pose: Pose = {
					anchor: { at: 'pelvis', x: 60, y: 40 },
					trunk,
					near: { hip, knee, ankle },
					far: { hip: knee, knee: hip, ankle },
					nearArm: { shoulder: hip, elbow: knee },
					farArm: { shoulder: 0, elbow: 0 }
				};
				const j = poseJoints(pose);
				const length = (a: keyof typeof j, b: keyof typeof j) =>
					Math.hypot(j[a].x - j[b].x, j[a].y - j[b].y);
				expect(length('nearHip', 'nearKnee')).toBeCloseTo(18, 6);
				expect(length('nearKnee', 'nearAnkle')).toBeCloseTo(17, 6);
				expect(length('nearShoulder', 'nearElbow')).toBeCloseTo(12.5, 6);
				expect(length('pelvis', 'neck')).toBeCloseTo(23, 6);
			})
		);
	});

	it('follows the angle conventions: hip 90 lifts the thigh forward, knee 90 drops the shin', () => {
		const sit = poseJoints({
			anchor: { at: 'pelvis', x: 50, y: 50 },
			trunk: 0,
			near: { hip: 90, knee: 90, ankle: 0 },
			far: { hip: 0, knee: 0, ankle: 0 },
			nearArm: { shoulder: 90, elbow: 0 },
			farArm: { shoulder: 0, elbow: 0 }
		});
		expect(sit.nearKnee.x).toBeCloseTo(68, 6);
		expect(sit.nearKnee.y).toBeCloseTo(50, 6);
		expect(sit.nearAnkle.x).toBeCloseTo(68, 6);
		expect(sit.nearAnkle.y).toBeCloseTo(67, 6);
		expect(sit.nearToe.x).toBeGreaterThan(sit.nearHeel.x);
		expect(sit.nearHand.x).toBeGreaterThan(sit.nearShoulder.x + 20);
		expect(sit.neck.y).toBeCloseTo(27, 6);
	});
});

describe('lerpPose', () => {
	it('gives the poses themselves at 0 and 1', () => {
		for (const figure of Object.values(poses)) {
			expect(lerpPose(figure.start, figure.end, 0)).toEqual(figure.start);
			expect(lerpPose(figure.start, figure.end, 1)).toEqual(figure.end);
		}
	});

	it('moves angles linearly in between', () => {
		const a = poses['air-squat']?.start;
		const b = poses['air-squat']?.end;
		if (!a || !b) throw new Error('air-squat');
		const mid = lerpPose(a, b, 0.5);
		expect(mid.trunk).toBeCloseTo((a.trunk + b.trunk) / 2, 9);
		expect(mid.near.knee).toBeCloseTo((a.near.knee + b.near.knee) / 2, 9);
	});
});

describe('motionAt', () => {
	it('starts and ends each cycle at the end pose and reaches the start pose halfway', () => {
		expect(motionAt(0)).toBe(1);
		expect(motionAt(1500)).toBeCloseTo(0, 9);
		expect(motionAt(3000)).toBeCloseTo(1, 9);
		expect(motionAt(750)).toBeCloseTo(0.5, 9);
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (ms) => {
				const t = motionAt(ms);
				expect(t).toBeGreaterThanOrEqual(0);
				expect(t).toBeLessThanOrEqual(1);
			})
		);
	});
});

describe('angles match what each exercise says', () => {
	/** The stated range of one joint angle, in degrees, in the end (held) pose unless `start`. */
	const stated: Array<{
		id: string;
		says: string;
		angle: (p: Pose) => number;
		min: number;
		max: number;
		start?: boolean;
	}> = [
		{
			id: 'wall-sit',
			says: 'no deeper than 60 degrees',
			angle: (p) => p.near.knee,
			min: 45,
			max: 60
		},
		{ id: 'spanish-squat', says: 'about 60 degrees', angle: (p) => p.near.knee, min: 55, max: 62 },
		{
			id: 'single-leg-spanish-squat',
			says: 'about 60 degrees',
			angle: (p) => p.near.knee,
			min: 55,
			max: 62
		},
		{ id: 'mini-squat', says: 'about 45 degrees', angle: (p) => p.near.knee, min: 40, max: 50 },
		{ id: 'air-squat', says: 'a half squat is fine', angle: (p) => p.near.knee, min: 60, max: 95 },
		{
			id: 'side-lying-hip-abduction',
			says: 'to about 30 degrees',
			angle: (p) => p.near.abduction ?? 0,
			min: 25,
			max: 35
		},
		{ id: 'single-leg-balance', says: 'the knee soft', angle: (p) => p.near.knee, min: 5, max: 20 },
		{
			id: 'single-leg-balance',
			says: 'the knee soft',
			angle: (p) => p.near.knee,
			min: 5,
			max: 20,
			start: true
		},
		{
			id: 'clamshell',
			says: 'hips and knees bent',
			angle: (p) => p.near.knee,
			min: 45,
			max: 120,
			start: true
		},
		{
			id: 'terminal-knee-extension',
			says: 'straighten the knee fully',
			angle: (p) => p.near.knee,
			min: 0,
			max: 2
		},
		{
			id: 'lateral-step-down',
			says: 'a low step, the free heel lightly touching the floor',
			angle: (p) => p.near.knee,
			min: 30,
			max: 75
		},
		{
			id: 'forward-step-down',
			says: 'a low step, the free heel lightly touching the floor',
			angle: (p) => p.near.knee,
			min: 30,
			max: 75
		},
		{
			id: 'standing-hip-abduction',
			says: 'lift one straight leg out to the side',
			angle: (p) => p.near.abduction ?? 0,
			min: 20,
			max: 40
		}
	];

	it.each(stated)('$id: $says', ({ id, angle, min, max, start }) => {
		const figure = poseFor(id);
		expect(figure, id).toBeDefined();
		const value = angle(start ? figure!.start : figure!.end);
		expect(value, id).toBeGreaterThanOrEqual(min - 0.5);
		expect(value, id).toBeLessThanOrEqual(max + 0.5);
	});

	it('draws in a front or three-quarter view where the frontal plane is the point', () => {
		const yaw = (id: string) => {
			const view = poseFor(id)?.view;
			return view === 'front' ? 90 : typeof view === 'number' ? view : 0;
		};
		for (const id of [
			'lateral-step-down',
			'forward-step-down',
			'single-leg-squat-to-box',
			'standing-hip-abduction',
			'leg-swing-side',
			'lateral-band-walk'
		]) {
			expect(yaw(id), id).toBeGreaterThanOrEqual(45);
		}
		// Front-to-back swings are about the sagittal plane: seen from the side.
		expect(yaw('leg-swing-front')).toBe(0);
	});

	it('draws a band or a chair wherever the exercise needs one', () => {
		const props = (id: string) => (poseFor(id)?.end.props ?? []).map((p) => p.kind);
		expect(props('standing-hip-abduction')).toEqual(expect.arrayContaining(['band', 'chair']));
		expect(props('lateral-band-walk')).toContain('band');
		expect(props('lateral-hip-stretch')).toContain('wall');
		expect(props('leg-swing-side')).toContain('wall');
		expect(props('spanish-squat')).toEqual(expect.arrayContaining(['band', 'wall']));
	});
});
