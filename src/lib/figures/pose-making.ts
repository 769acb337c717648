// How the pose of every exercise's illustration is made: where the movement starts and where it
// ends (for holds and stretches: getting into position, then the held position), with a few
// geometric helpers so feet land on the floor and hands reach what they hold. The solving takes a
// phone a noticeable pause, so the app does not run it: poses.test.ts writes what it makes into
// poses.json, which the app reads (see ./poses.ts).
import {
	BODY_STROKE,
	drawFigure,
	FLOOR_Y,
	SEGMENTS,
	poseJoints,
	type Anchor,
	type ArmPose,
	type Joint,
	type LegPose,
	type Point,
	type Pose,
	type Prop,
	type View
} from './figure';
import type { ExercisePoses } from './poses';

/** The y a joint sits at when its line rests on the floor. */
const GROUND = FLOOR_Y - BODY_STROKE / 2;
const RAD = Math.PI / 180;
const S = SEGMENTS;

/**
 * A leg by the direction of its segments in the body's plane, measured from straight down towards
 * the front (the way the figure faces): `foot` 90 is flat, less points the toes down.
 */
interface WorldLeg {
	thigh: number;
	shank: number;
	foot?: number;
	abduction?: number;
	rotation?: number;
	turnout?: number;
}

/** An arm by the direction of its segments, measured like a leg's. */
interface WorldArm {
	upper: number;
	fore: number;
	abduction?: number;
}

interface Spec {
	view?: View;
	anchor?: Anchor;
	trunk?: number;
	tilt?: number;
	head?: number;
	near?: WorldLeg;
	far?: WorldLeg;
	nearArm?: WorldArm;
	farArm?: WorldArm;
	props?: Prop[];
}

const STAND: WorldLeg = { thigh: 0, shank: 0 };
const HANG: WorldArm = { upper: 4, fore: 14 };

function toLeg(w: WorldLeg, trunk: number): LegPose {
	const foot = w.foot ?? 90;
	const leg: LegPose = {
		hip: w.thigh + trunk,
		knee: w.thigh - w.shank,
		ankle: foot - w.shank - 90
	};
	if (w.abduction) leg.abduction = w.abduction;
	if (w.rotation) leg.rotation = w.rotation;
	if (w.turnout) leg.turnout = w.turnout;
	return leg;
}

function toArm(w: WorldArm, trunk: number): ArmPose {
	const arm: ArmPose = { shoulder: w.upper + trunk, elbow: w.fore - w.upper };
	if (w.abduction) arm.abduction = w.abduction;
	return arm;
}

/** A pose from segment directions; unspecified limbs stand or hang, the far side copies the near. */
function pose(spec: Spec): Pose {
	const trunk = spec.trunk ?? 0;
	const near = spec.near ?? STAND;
	const nearArm = spec.nearArm ?? HANG;
	const p: Pose = {
		anchor: spec.anchor ?? { at: 'nearHeel', x: 55 },
		trunk,
		near: toLeg(near, trunk),
		far: toLeg(spec.far ?? near, trunk),
		nearArm: toArm(nearArm, trunk),
		farArm: toArm(spec.farArm ?? nearArm, trunk),
		props: [{ kind: 'floor' }, ...(spec.props ?? [])]
	};
	if (spec.view !== undefined) p.view = spec.view;
	if (spec.tilt) p.tilt = spec.tilt;
	if (spec.head) p.head = spec.head;
	return p;
}

/** Screen direction of a segment angle in the side view (y grows downwards). */
function screen(deg: number): Point {
	return { x: Math.sin(deg * RAD), y: Math.cos(deg * RAD) };
}

/** Angle of the screen vector from `a` to `b`, measured from straight down towards the front. */
function angleTo(a: Point, b: Point): number {
	return Math.atan2(b.x - a.x, b.y - a.y) / RAD;
}

/** `deg` turned by whole turns to lie within half a turn of `ref`, so poses interpolate smoothly. */
function near(deg: number, ref: number): number {
	return deg - 360 * Math.round((deg - ref) / 360);
}

/** Two-segment inverse kinematics in the side view: the directions that reach from `from` to `to`. */
function solveTwo(from: Point, to: Point, l1: number, l2: number, bend: 1 | -1): [number, number] {
	const d = Math.min(Math.hypot(to.x - from.x, to.y - from.y), l1 + l2 - 1e-6);
	const base = angleTo(from, to);
	const cos = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d);
	const first = base + bend * (Math.acos(Math.max(-1, Math.min(1, cos))) / RAD);
	const mid = { x: from.x + l1 * screen(first).x, y: from.y + l1 * screen(first).y };
	return [first, angleTo(mid, to)];
}

/**
 * Places a side-view leg so its heel or toe lands on `target` with the foot at direction `foot`,
 * the knee bending forward. The rest of the pose stays as it is.
 */
function plant(
	spec: Spec,
	side: 'near' | 'far',
	contact: 'heel' | 'toe',
	target: Point,
	foot = 90
): Spec {
	// Where the anchor alone puts the hip, whatever the leg does now.
	const hip = poseJoints(pose(spec), false)[`${side}Hip`];
	const f = screen(foot);
	const down = screen(foot - 90);
	const heel =
		contact === 'heel' ? target : { x: target.x - S.foot * f.x, y: target.y - S.foot * f.y };
	const ankle = {
		x: heel.x - S.ankleHeight * down.x + S.heel * f.x,
		y: heel.y - S.ankleHeight * down.y + S.heel * f.y
	};
	const [thigh, shank] = solveTwo(hip, ankle, S.thigh, S.shank, 1);
	const ref = spec[side]?.thigh ?? 0;
	return {
		...spec,
		[side]: { ...spec[side], thigh: near(thigh, ref), shank: near(shank, ref), foot }
	};
}

/** Bends a side-view arm so the hand reaches `target` (elbow bending the natural way). */
function reach(spec: Spec, side: 'near' | 'far', target: Point): Spec {
	const arm = side === 'near' ? 'nearArm' : 'farArm';
	const shoulder = poseJoints(pose(spec))[`${side}Shoulder`];
	const [upper, fore] = solveTwo(shoulder, target, S.upperArm, S.forearm, -1);
	const ref = spec[arm]?.upper ?? 0;
	return { ...spec, [arm]: { ...spec[arm], upper: near(upper, ref), fore: near(fore, ref) } };
}

/**
 * Finds the value in [lo, hi] at which `measure` of the built pose crosses zero (scan, then
 * bisection), so two contacts can hold at once. Returns the spec at that value.
 */
function settle(
	make: (v: number) => Spec,
	lo: number,
	hi: number,
	measure: (j: Record<Joint, Point>) => number
): Spec {
	const at = (v: number) => measure(poseJoints(pose(make(v))));
	const steps = 60;
	let a = lo;
	let fa = at(a);
	for (let i = 1; i <= steps; i++) {
		const b = lo + ((hi - lo) * i) / steps;
		const fb = at(b);
		if (fa === 0) return make(a);
		if (Math.sign(fa) !== Math.sign(fb)) {
			let x = a;
			let y = b;
			for (let k = 0; k < 40; k++) {
				const m = (x + y) / 2;
				if (Math.sign(at(m)) === Math.sign(fa)) x = m;
				else y = m;
			}
			return make((x + y) / 2);
		}
		a = b;
		fa = fb;
	}
	return make(Math.abs(at(lo)) < Math.abs(at(hi)) ? lo : hi);
}

/** How far below the floor line the lower of a foot's heel and toe sits (negative: above it). */
function footGap(j: Record<Joint, Point>, side: 'near' | 'far'): number {
	return Math.max(j[`${side}Heel`].y, j[`${side}Toe`].y) - GROUND;
}

function entry(start: Spec, end: Spec, view: View = 'side'): ExercisePoses {
	return { start: pose({ ...start, view }), end: pose({ ...end, view }), view };
}

const heelAt = (x: number, y = GROUND): Anchor => ({ at: 'nearHeel', x, y });

// ---- Shared positions ----------------------------------------------------------------------------

const standing: Spec = { anchor: heelAt(55) };

/** Lying on the back, head to the left; the knees bent with feet flat near the seat. */
function supine(trunk: number, neckX: number, heel: Point, extra: Spec = {}): Spec {
	const base: Spec = {
		trunk,
		head: 25 + (-90 - trunk),
		anchor: { at: 'neck', x: neckX, y: GROUND },
		nearArm: { upper: 90, fore: 90 },
		...extra
	};
	const withNear = extra.near ? base : plant(base, 'near', 'heel', heel);
	return extra.far ? withNear : plant(withNear, 'far', 'heel', heel);
}

// ---- The exercises -------------------------------------------------------------------------------

/** How far the hip is bent away from a straight line from neck through pelvis to knee. */
function hipKink(j: Record<Joint, Point>, side: 'near' | 'far'): number {
	const knee = j[`${side}Knee`];
	return (
		(j.pelvis.x - j.neck.x) * (knee.y - j.pelvis.y) -
		(j.pelvis.y - j.neck.y) * (knee.x - j.pelvis.x)
	);
}

/** The top of a bridge: the trunk tipped until shoulders, hips and knees make one line. */
function bridgeTop(make: (trunk: number) => Spec, side: 'near' | 'far'): Spec {
	return settle(make, -100, -140, (j) => hipKink(j, side));
}

function bridge(): ExercisePoses {
	const heel = { x: 66, y: GROUND };
	return entry(
		supine(-90, 20, heel),
		bridgeTop((t) => supine(t, 20, heel), 'near')
	);
}

function singleLegBridge(): ExercisePoses {
	const heel = { x: 68, y: GROUND };
	const start = supine(-90, 22, heel, { near: { thigh: 135, shank: 135, foot: 210 } });
	const end = bridgeTop(
		(t) =>
			plant(
				supine(t, 22, heel, { near: { thigh: -t, shank: -t, foot: 80 - t } }),
				'far',
				'heel',
				heel
			),
		'far'
	);
	return entry(plant(start, 'far', 'heel', heel), end);
}

function hamstringBridge(): ExercisePoses {
	const step: Prop = { kind: 'step', x: 70, width: 24, height: 14 };
	const heel = { x: 75, y: FLOOR_Y - 14 - BODY_STROKE / 2 };
	const at = (trunk: number): Spec =>
		plant(
			plant(supine(trunk, 20, heel, { props: [step] }), 'near', 'heel', heel, 150),
			'far',
			'heel',
			heel,
			150
		);
	return entry(at(-90), bridgeTop(at, 'near'));
}

function straightLegRaise(): ExercisePoses {
	const heel = { x: 72, y: GROUND };
	const lying = (lift: number): Spec =>
		plant(
			{
				trunk: -90,
				head: 25,
				anchor: { at: 'neck', x: 20, y: GROUND },
				near: { thigh: 90 + lift, shank: 90 + lift, foot: 180 + lift },
				nearArm: { upper: 90, fore: 90 }
			},
			'far',
			'heel',
			heel
		);
	return entry(lying(0), lying(45));
}

function quadSet(): ExercisePoses {
	const sit = (thigh: number, shank: number, toes: number): Spec => ({
		trunk: -12,
		anchor: { at: 'pelvis', x: 30, y: GROUND },
		near: { thigh, shank, foot: toes },
		far: { thigh: 90, shank: 90, foot: 100 },
		nearArm: { upper: -30, fore: -30 }
	});
	const start = sit(105, 80, 80);
	const knee = poseJoints(pose(start)).nearKnee;
	const roll: Prop = { kind: 'roll', at: { x: knee.x, y: FLOOR_Y - 3 } };
	return entry({ ...start, props: [roll] }, { ...sit(100, 99, 110), props: [roll] });
}

function wallSit(): ExercisePoses {
	const wall: Prop = { kind: 'wall', x: 30 };
	const arms: WorldArm = { upper: 12, fore: 40 };
	const at = { at: 'pelvis', x: 34.5 } as const;
	return entry(
		{ anchor: at, near: { thigh: 26, shank: 26, foot: 90 }, nearArm: arms, props: [wall] },
		{ anchor: at, near: { thigh: 60, shank: 0 }, nearArm: arms, props: [wall] }
	);
}

function spanishSquat(): ExercisePoses {
	const post: Prop = { kind: 'wall', x: 100 };
	const band: Prop = { kind: 'band', from: 'nearKnee', to: { x: 100, y: 66 } };
	return entry(
		{ anchor: heelAt(50), props: [post, band] },
		{
			anchor: heelAt(50),
			trunk: 12,
			near: { thigh: 58, shank: -2 },
			nearArm: { upper: 80, fore: 85 },
			props: [post, band]
		}
	);
}

function terminalKneeExtension(): ExercisePoses {
	const post: Prop = { kind: 'wall', x: 100 };
	const band: Prop = { kind: 'band', from: 'nearKnee', to: { x: 100, y: 64 } };
	const farHeel = { x: 45, y: GROUND };
	const at = (thigh: number, shank: number): Spec =>
		plant(
			{
				anchor: heelAt(58),
				near: { thigh, shank },
				far: { thigh: 0, shank: 0 },
				nearArm: { upper: -15, fore: 80 },
				props: [post, band]
			},
			'far',
			'heel',
			farHeel
		);
	return entry(at(22, -14), at(0, 0));
}

function squat(depth: 'mini' | 'air'): ExercisePoses {
	const deep =
		depth === 'mini'
			? { trunk: 18, near: { thigh: 28, shank: -17 }, nearArm: { upper: 45, fore: 55 } }
			: { trunk: 30, near: { thigh: 62, shank: -28 }, nearArm: { upper: 90, fore: 92 } };
	return entry({ anchor: heelAt(52) }, { anchor: heelAt(52), ...deep });
}

function sitToStand(): ExercisePoses {
	const chair: Prop = { kind: 'chair', x: 30, height: 20, facing: 'right' };
	const crossed: WorldArm = { upper: 70, fore: 80 };
	const seated: Spec = {
		anchor: heelAt(52),
		trunk: 35,
		near: { thigh: 88, shank: -8 },
		nearArm: crossed,
		props: [chair]
	};
	return entry(seated, { anchor: heelAt(52), props: [chair] });
}

/** A low step (about 15 cm for an adult): step-downs stay shallow enough for a sore knee. */
const STEP_HEIGHT = 6;

function forwardStepDown(): ExercisePoses {
	const top = GROUND - STEP_HEIGHT;
	const step: Prop = { kind: 'step', x: 18, width: 34, height: STEP_HEIGHT };
	const tall: Spec = {
		anchor: heelAt(40, top),
		far: { thigh: 22, shank: 22, foot: 100 },
		nearArm: { upper: 30, fore: 50 },
		props: [step]
	};
	const down = settle(
		(d) => ({
			...tall,
			trunk: d * 0.3,
			near: { thigh: d * 0.55, shank: -d * 0.45 },
			far: { thigh: 16, shank: 16, foot: 100 }
		}),
		0,
		90,
		(j) => footGap(j, 'far')
	);
	return entry(tall, down, 55);
}

function stepUp(): ExercisePoses {
	const top = GROUND - 12;
	const step: Prop = { kind: 'step', x: 48, width: 36, height: 12 };
	const arms: WorldArm = { upper: 10, fore: 30 };
	const onStep: Spec = {
		anchor: heelAt(60, top),
		trunk: 15,
		near: { thigh: 66, shank: -8 },
		nearArm: arms,
		props: [step]
	};
	const start = plant(onStep, 'far', 'toe', { x: 42, y: GROUND }, 60);
	return entry(start, { anchor: heelAt(60, top), nearArm: arms, props: [step] });
}

function splitSquat(): ExercisePoses {
	const rear = { x: 44, y: GROUND };
	const at = (near: WorldLeg): Spec =>
		plant({ anchor: heelAt(72), near, nearArm: { upper: -10, fore: 80 } }, 'far', 'toe', rear, 40);
	return entry(at({ thigh: 32, shank: 8 }), at({ thigh: 85, shank: -4 }));
}

function walkingLunge(): ExercisePoses {
	const swing: WorldArm = { upper: 25, fore: 70 };
	const start: Spec = {
		anchor: { at: 'farToe', x: 40, y: GROUND },
		far: { thigh: -12, shank: -12, foot: 75 },
		near: { thigh: 40, shank: -35, foot: 90 },
		nearArm: { upper: -20, fore: 10 },
		farArm: swing
	};
	const end = plant(
		{
			anchor: { at: 'farToe', x: 40, y: GROUND },
			far: { thigh: -5, shank: -82, foot: 40 },
			nearArm: { upper: -25, fore: 0 },
			farArm: swing
		},
		'near',
		'heel',
		{ x: 80, y: GROUND }
	);
	return entry(start, end);
}

function singleLegSquatToBox(): ExercisePoses {
	const stand: Spec = {
		anchor: heelAt(62),
		far: { thigh: 25, shank: 5, foot: 95 },
		nearArm: { upper: 20, fore: 40 }
	};
	const low: Spec = {
		anchor: heelAt(62),
		trunk: 35,
		near: { thigh: 82, shank: -18 },
		far: { thigh: 75, shank: 55, foot: 100 },
		nearArm: { upper: 75, fore: 80 }
	};
	const seat = poseJoints(pose(low)).pelvis;
	const height = FLOOR_Y - (seat.y + BODY_STROKE / 2);
	const box: Prop = { kind: 'step', x: seat.x - 18, width: 20, height };
	return entry({ ...stand, props: [box] }, { ...low, props: [box] }, 55);
}

function singleLegBalance(): ExercisePoses {
	const out: WorldArm = { upper: 22, fore: 35 };
	const soft: WorldLeg = { thigh: 9, shank: -3 };
	return entry(
		{ anchor: heelAt(55), near: soft, far: STAND, nearArm: out },
		{ anchor: heelAt(55), near: soft, far: { thigh: 80, shank: 5, foot: 95 }, nearArm: out }
	);
}

function singleLegDeadlift(): ExercisePoses {
	return entry(
		{ anchor: heelAt(62), far: { thigh: -10, shank: -10, foot: 65 } },
		{
			anchor: heelAt(62),
			trunk: 78,
			near: { thigh: 10, shank: -8 },
			far: { thigh: -84, shank: -84, foot: 0 },
			nearArm: { upper: 0, fore: 0 },
			farArm: { upper: 0, fore: 0 }
		}
	);
}

function calfRaise(kind: 'straight' | 'bent' | 'single'): ExercisePoses {
	const wall: Prop = { kind: 'wall', x: 84 };
	const legs: WorldLeg = kind === 'bent' ? { thigh: 22, shank: -16 } : STAND;
	const far: WorldLeg | undefined =
		kind === 'single' ? { thigh: 5, shank: -65, foot: 40 } : undefined;
	const at = (foot: number) => {
		const spec: Spec = {
			anchor: { at: 'nearToe', x: 62, y: GROUND },
			trunk: 3,
			near: { ...legs, foot },
			...(far ? { far } : { far: { ...legs, foot } }),
			props: [wall]
		};
		return reach(spec, 'near', { x: 83, y: poseJoints(pose(spec)).nearShoulder.y + 2 });
	};
	return entry(at(90), at(52));
}

function legSwingFront(): ExercisePoses {
	// Side-on to the wall, seen from the open side: the wall is behind the figure, so the far hand
	// reaches out sideways to it and nothing stands in front of the swinging leg.
	const swing = (thigh: number, shank: number, foot: number): Spec => ({
		anchor: { at: 'farHeel', x: 55, y: GROUND },
		near: { thigh, shank, foot },
		far: STAND,
		nearArm: { upper: 0, fore: 70 },
		farArm: { upper: 0, fore: 0, abduction: 80 }
	});
	return entry(swing(-35, -50, 70), swing(60, 50, 95));
}

/** A running drill: one leg drives up (or kicks back) from a stride while the arms swing. */
function drill(kind: 'high-knees' | 'a-skip' | 'butt-kicks'): ExercisePoses {
	const lift: Record<typeof kind, WorldLeg> = {
		'high-knees': { thigh: 82, shank: -12, foot: 80 },
		'a-skip': { thigh: 88, shank: 5, foot: 100 },
		'butt-kicks': { thigh: -4, shank: -160, foot: -80 }
	};
	const stride: Spec = {
		anchor: { at: 'pelvis', x: 56 },
		trunk: 4,
		near: { thigh: -18, shank: -30, foot: 55 },
		far: { thigh: 6, shank: -4, foot: 80 },
		nearArm: { upper: 40, fore: 120 },
		farArm: { upper: -35, fore: 30 }
	};
	const up: Spec = {
		...stride,
		near: lift[kind],
		far: { thigh: -4, shank: -4, foot: 65 },
		nearArm: { upper: -40, fore: 35 },
		farArm: { upper: 45, fore: 125 }
	};
	return entry(stride, up);
}

function ankleRolls(): ExercisePoses {
	// Seen three-quarter on, the knee and foot swing out and in as the ankle circles.
	const at = (foot: number, out: number): Spec => ({
		anchor: { at: 'farHeel', x: 52, y: GROUND },
		near: { thigh: 25, shank: 5, foot, abduction: out },
		far: STAND,
		nearArm: { upper: -10, fore: 100 }
	});
	return entry(at(45, -8), at(115, 14), 45);
}

function inchworm(): ExercisePoses {
	const folded = settle(
		(t) => ({
			anchor: { at: 'nearToe', x: 28, y: GROUND },
			trunk: t,
			near: { thigh: 12, shank: -8 },
			nearArm: { upper: 0, fore: 0 },
			head: 10
		}),
		80,
		150,
		(j) => j.nearHand.y - GROUND
	);
	const plank = settle(
		(t) => ({
			anchor: { at: 'nearToe', x: 16, y: GROUND },
			trunk: t,
			near: { thigh: -t, shank: -t, foot: 100 - t },
			nearArm: { upper: 0, fore: 0 }
		}),
		50,
		89,
		(j) => j.nearHand.y - GROUND
	);
	return entry(folded, plank);
}

function walkingKneeHug(): ExercisePoses {
	const start: Spec = {
		anchor: { at: 'farToe', x: 58, y: GROUND },
		far: { thigh: 0, shank: 0, foot: 90 },
		near: { thigh: 30, shank: -20, foot: 80 },
		nearArm: { upper: 15, fore: 40 }
	};
	const hug: Spec = {
		anchor: { at: 'farToe', x: 58, y: GROUND },
		far: { thigh: 0, shank: 0, foot: 60 },
		near: { thigh: 125, shank: 0, foot: 80 }
	};
	const shin = poseJoints(pose(hug));
	const hand = {
		x: shin.nearKnee.x + (shin.nearAnkle.x - shin.nearKnee.x) * 0.45 + 1,
		y: shin.nearKnee.y + (shin.nearAnkle.y - shin.nearKnee.y) * 0.45
	};
	return entry(start, reach(reach(hug, 'near', hand), 'far', hand));
}

function quadStretch(): ExercisePoses {
	const wall: Prop = { kind: 'wall', x: 84 };
	const at = (shank: number, foot: number, toAnkle: boolean): Spec => {
		const spec: Spec = {
			anchor: { at: 'farHeel', x: 55, y: GROUND },
			far: STAND,
			near: { thigh: toAnkle ? -12 : -6, shank, foot },
			props: [wall]
		};
		const j = poseJoints(pose(spec));
		const held = reach(spec, 'far', { x: 83, y: j.farShoulder.y + 2 });
		return toAnkle
			? reach(held, 'near', { x: j.nearAnkle.x + 0.5, y: j.nearAnkle.y })
			: { ...held, nearArm: { upper: -20, fore: 10 } };
	};
	return entry(at(-95, -10, false), at(-150, -70, true));
}

function hamstringStretch(): ExercisePoses {
	const step: Prop = { kind: 'step', x: 72, width: 30, height: 14 };
	const heel = { x: 78, y: FLOOR_Y - 14 - BODY_STROKE / 2 };
	const at = (trunk: number): Spec => {
		const spec = plant(
			{
				anchor: { at: 'farHeel', x: 44, y: GROUND },
				trunk,
				far: { thigh: 6, shank: -6 },
				props: [step]
			},
			'near',
			'heel',
			heel,
			165
		);
		const j = poseJoints(pose(spec));
		const onThigh = {
			x: j.nearKnee.x - (j.nearKnee.x - j.nearHip.x) * 0.15,
			y: j.nearKnee.y - (j.nearKnee.y - j.nearHip.y) * 0.15 - 2
		};
		return reach(reach(spec, 'near', onThigh), 'far', onThigh);
	};
	return entry(at(10), at(45));
}

function wallLean(kind: 'calf' | 'soleus'): ExercisePoses {
	const front = { x: kind === 'calf' ? 62 : 54, y: GROUND };
	const at = (trunk: number, thigh: number, bend: number): Spec => {
		const rear: WorldLeg =
			kind === 'calf' ? { thigh, shank: thigh } : { thigh: thigh + bend, shank: thigh - bend };
		return plant({ anchor: heelAt(30), trunk, near: rear }, 'far', 'heel', front);
	};
	const [start, end] =
		kind === 'calf' ? [at(12, -18, 0), at(22, -28, 0)] : [at(8, -12, 8), at(10, -18, 22)];
	// The wall stands an arm's length in front of the leaning shoulders.
	const shoulders = [start, end].map((s) => poseJoints(pose(s)).nearShoulder);
	const x = Math.max(Math.min(...shoulders.map((p) => p.x)) + 21.5, front.x + S.foot + 6);
	const wall: Prop = { kind: 'wall', x };
	const hands = (spec: Spec): Spec => {
		const hand = { x: x - 1.5, y: poseJoints(pose(spec)).nearShoulder.y + 1 };
		return { ...reach(reach(spec, 'near', hand), 'far', hand), props: [wall] };
	};
	return entry(hands(start), hands(end));
}

function hipFlexorStretch(): ExercisePoses {
	// Standing in a long split stance, so no weight rests on a sore knee: the back heel lifts and the
	// pelvis moves forward over a slightly bent front knee.
	const at = (front: WorldLeg, trunk: number): Spec =>
		settle(
			(x) =>
				plant(
					{ anchor: heelAt(70), trunk, near: front, nearArm: { upper: 5, fore: 10 } },
					'far',
					'toe',
					{ x, y: GROUND },
					40
				),
			30,
			60,
			(j) => j.farToe.y + BODY_STROKE / 2 - FLOOR_Y
		);
	return entry(at({ thigh: 10, shank: 0 }, 0), at({ thigh: 30, shank: 6 }, -4));
}
/**
 * Tunes several numbers at once so `cost` of the built pose is as small as can be found (coordinate
 * descent with a shrinking step). For a limb that must reach two points when seen foreshortened.
 */
function fitPose(
	make: (v: number[]) => Spec,
	start: number[],
	cost: (j: Record<Joint, Point>) => number
): Spec {
	const value = (v: number[]) => cost(poseJoints(pose(make(v))));
	const v = [...start];
	let best = value(v);
	for (let step = 16; step > 0.05; step /= 2) {
		let improved = true;
		while (improved) {
			improved = false;
			for (let i = 0; i < v.length; i++) {
				for (const d of [step, -step]) {
					const next = v.map((x, k) => (k === i ? x + d : x));
					const c = value(next);
					if (c < best - 1e-9) {
						best = c;
						v.splice(0, v.length, ...next);
						improved = true;
					}
				}
			}
		}
	}
	return make(v);
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

const FIGURE_FOUR_VIEW: View = 'side';

function figureFour(): ExercisePoses {
	const lying = (far: WorldLeg): Spec => {
		const base: Spec = {
			view: FIGURE_FOUR_VIEW,
			trunk: -90,
			head: 25,
			anchor: { at: 'neck', x: 24, y: GROUND },
			far
		};
		// The near leg crosses over: its thigh turned out towards the camera, so it looks short,
		// with the knee out to the side and the ankle resting on the far thigh by the knee.
		const crossed = fitPose(
			([thigh = 0, abduction = 0, knee = 0, turnout = 0]) => ({
				...base,
				near: {
					thigh,
					shank: thigh - knee,
					foot: thigh - knee + 90,
					abduction: Math.max(0, abduction),
					turnout: Math.max(0, turnout)
				}
			}),
			[far.thigh - 30, 40, 90, 45],
			(j) => {
				const up = { x: j.farKnee.x - j.pelvis.x, y: j.farKnee.y - j.pelvis.y };
				const c = Math.SQRT1_2 * 0.8;
				// Out to the side of the far thigh, and clear of the floor.
				const knee = {
					x: j.pelvis.x + c * (up.x - up.y),
					y: Math.min(j.pelvis.y + c * (up.y + up.x), j.pelvis.y - 8)
				};
				const ankle = { x: j.farKnee.x - up.x * 0.2, y: j.farKnee.y - up.y * 0.2 };
				// Kept honest: the leg turns out (not across behind), and nothing lifts the back.
				const lifted = GROUND - j.neck.y;
				return distance(j.nearKnee, knee) + distance(j.nearAnkle, ankle) + 10 * lifted;
			}
		);
		return { ...crossed, nearArm: { upper: 90, fore: 90 } };
	};
	// Getting there: the far foot still on the floor. Held: that thigh drawn towards the chest.
	const footDown = plant(lying({ thigh: 140, shank: 50 }), 'far', 'heel', { x: 72, y: GROUND });
	return entry(
		lying(footDown.far ?? { thigh: 140, shank: 50 }),
		lying({ thigh: 182, shank: 92, foot: 175 }),
		FIGURE_FOUR_VIEW
	);
}

// ---- Front views ---------------------------------------------------------------------------------

const FRONT_HANG: WorldArm = { upper: 0, fore: 8, abduction: 8 };

function sideLyingAbduction(): ExercisePoses {
	const lying = (lift: number): Spec => ({
		anchor: { at: 'pelvis', x: 62 },
		tilt: 90,
		near: { thigh: 0, shank: 0, foot: 90, abduction: lift },
		far: { thigh: 25, shank: -10, foot: 90 },
		nearArm: { upper: 30, fore: 60 },
		farArm: { upper: 0, fore: 0, abduction: 180 }
	});
	return entry(lying(0), lying(30), 'front');
}

function clamshell(): ExercisePoses {
	const lying = (open: number): Spec => ({
		anchor: { at: 'pelvis', x: 60 },
		tilt: 90,
		near: { thigh: 50, shank: -40, foot: 50, rotation: open },
		far: { thigh: 50, shank: -40, foot: 50 },
		nearArm: { upper: 10, fore: 40 },
		farArm: { upper: 0, fore: 0, abduction: 180 }
	});
	return entry(lying(0), lying(60), CLAMSHELL_VIEW);
}

/** Between side and face on: the bent hips and knees read, and so does the knee opening. */
const CLAMSHELL_VIEW: View = 40;

function sidePlank(knees: boolean): ExercisePoses {
	const legs: WorldLeg = knees ? { thigh: 0, shank: -90, foot: -90 } : STAND;
	const make = (tilt: number, sag: number): Spec => ({
		anchor: { at: 'farElbow', x: 26, y: GROUND },
		tilt,
		near: { ...legs, abduction: sag },
		far: { ...legs, abduction: -sag },
		nearArm: { upper: 0, fore: 10, abduction: 10 },
		farArm: { upper: 0, fore: 90, abduction: tilt }
	});
	// Heights are measured against the elbow on the floor, as the figure is lifted if it sinks.
	const low = (j: Record<Joint, Point>, n: Joint) => j[n].y - j.farElbow.y;
	const support: Joint = knees ? 'farKnee' : 'farHeel';
	// Held: a straight line from knees or feet to shoulders, with the elbow and whichever of knee
	// and foot sits lowest on the floor (a pointed foot can reach below the knee).
	const end = settle(
		(tilt) => make(tilt, 0),
		89,
		40,
		(j) => Math.max(low(j, support), low(j, 'farToe'), low(j, 'farHeel'))
	);
	// Getting there: the hips still down, the legs lying along the floor.
	const hipsDown = settle(
		(tilt) => make(tilt, 0),
		89,
		20,
		(j) => low(j, 'farHip')
	);
	const tiltDown = hipsDown.tilt ?? 0;
	const start = settle(
		(sag) => make(tiltDown, sag),
		0,
		70,
		(j) => low(j, support)
	);
	return entry(start, end, 'front');
}

function copenhagen(): ExercisePoses {
	const height = 17;
	const make = (tilt: number, sag = 0): Spec => ({
		anchor: { at: 'farElbow', x: 24, y: GROUND },
		tilt,
		near: { thigh: 0, shank: -90, foot: -10, abduction: sag },
		far: { thigh: 40, shank: -45, foot: 40, abduction: -sag },
		nearArm: { upper: 0, fore: 10, abduction: 10 },
		farArm: { upper: 0, fore: 90, abduction: tilt }
	});
	// Measured against the elbow on the floor: the top knee rests on the bench.
	const onBench = (j: Record<Joint, Point>) => j.nearKnee.y - j.farElbow.y + height;
	const end = settle((tilt) => make(tilt), 89, 30, onBench);
	const hipsDown =
		settle(
			(tilt) => make(tilt),
			89,
			20,
			(j) => j.farHip.y - j.farElbow.y
		).tilt ?? 0;
	const start = settle((sag) => make(hipsDown, sag), 0, 70, onBench);
	// Seen face on, the top shin runs away from us along the bench, the knee resting on its edge.
	const view: View = 'front';
	const legs = [start, end].map((s) => poseJoints(pose({ ...s, view })));
	const xs = legs.flatMap((j) => [j.nearKnee.x, j.nearAnkle.x, j.nearToe.x]);
	const x = Math.min(...xs) - 3;
	const bench: Prop = { kind: 'step', x, width: Math.max(...xs) - x + 3, height };
	return entry({ ...start, props: [bench] }, { ...end, props: [bench] }, view);
}

function standingAbduction(): ExercisePoses {
	// Face on, a band around the ankles and the far hand on the back of a chair.
	const at = (lift: number, chairX: number): Spec => ({
		anchor: { at: 'farHeel', x: 58, y: GROUND },
		tilt: lift * 0.15,
		near: { ...STAND, abduction: lift },
		far: STAND,
		nearArm: FRONT_HANG,
		farArm: { upper: 0, fore: 0, abduction: 30 },
		props: [
			{ kind: 'band', from: 'nearAnkle', to: 'farAnkle' },
			{ kind: 'chair', x: chairX, height: 20, facing: 'left' }
		]
	});
	const hand = poseJoints(pose({ ...at(0, 0), view: 'front' })).farHand.x;
	return entry(at(0, hand - 0.5), at(30, hand - 0.5), 'front');
}

function legSwingSide(): ExercisePoses {
	// Facing the wall, seen almost face on so the side-to-side swing shows, the wall to the right.
	const view: View = 60;
	const at = (swing: number): Spec => ({
		anchor: { at: 'farHeel', x: 48, y: GROUND },
		tilt: swing * 0.1,
		near: { thigh: 8, shank: 8, foot: 90, abduction: swing },
		far: STAND,
		nearArm: { upper: 80, fore: 85 },
		farArm: { upper: 80, fore: 85 }
	});
	const hands = [at(-22), at(42)].map((s) => poseJoints(pose({ ...s, view })));
	const x = Math.max(...hands.flatMap((j) => [j.nearHand.x, j.farHand.x])) + 1.5;
	const wall: Prop = { kind: 'wall', x };
	return entry({ ...at(-22), props: [wall] }, { ...at(42), props: [wall] }, view);
}

function lateralBandWalk(): ExercisePoses {
	const bent = (abduction: number): WorldLeg => ({
		thigh: 30,
		shank: -18,
		foot: 90,
		abduction
	});
	const band: Prop = { kind: 'band', from: 'nearAnkle', to: 'farAnkle' };
	const at = (step: number): Spec => ({
		anchor: { at: 'farHeel', x: 50 },
		trunk: 15,
		near: bent(step),
		far: bent(6),
		nearArm: { upper: 10, fore: 70, abduction: 10 },
		props: [band]
	});
	return entry(at(6), at(20), 'front');
}

function lateralLunge(): ExercisePoses {
	const view = 80;
	const start: Spec = {
		anchor: { at: 'farHeel', x: 40, y: GROUND },
		near: { ...STAND, abduction: 20, turnout: 20 },
		far: { ...STAND, abduction: 20, turnout: 20 },
		nearArm: FRONT_HANG
	};
	// The bent leg is set; the straight leg opens until the bent leg's foot meets the floor.
	const lunge = settle(
		(open) => ({
			anchor: { at: 'farHeel', x: 40, y: GROUND },
			trunk: 25,
			tilt: -10,
			near: { thigh: 0, shank: -80, foot: 90, abduction: 50, turnout: 90 },
			far: { ...STAND, abduction: open, turnout: 20 },
			nearArm: { upper: 60, fore: 80 }
		}),
		10,
		80,
		(j) => footGap(j, 'near')
	);
	return entry(start, lunge, view);
}

function lateralStepDown(): ExercisePoses {
	// Seen face on, standing on the step with the near leg; the far leg hangs past the step's edge and
	// its heel lowers to the floor beside it, so the standing knee is seen over the middle of the foot.
	const top = GROUND - STEP_HEIGHT;
	const at = (d: number): Spec => ({
		anchor: heelAt(60, top),
		trunk: d * 0.3,
		near: { thigh: d * 0.55, shank: -d * 0.45 },
		far: { thigh: 0, shank: 0, foot: 90, abduction: 8 },
		nearArm: { upper: 10, fore: 40, abduction: 25 },
		farArm: { upper: 10, fore: 40, abduction: 25 }
	});
	const down = settle(at, 0, 100, (j) => footGap(j, 'far'));
	// Nearly face on: the knee over the foot shows, and a little of the bend.
	const view: View = 70;
	const x = poseJoints(pose({ ...at(0), view })).nearHeel.x - 4;
	const step: Prop = { kind: 'step', x, width: 30, height: STEP_HEIGHT };
	return entry({ ...at(0), props: [step] }, { ...down, props: [step] }, view);
}

function hipCircles(): ExercisePoses {
	const at = (thigh: number, open: number): Spec => ({
		anchor: { at: 'farHeel', x: 50, y: GROUND },
		tilt: open * 0.08,
		near: { thigh, shank: thigh - 95, foot: 80, abduction: open },
		far: STAND,
		nearArm: { upper: 0, fore: 80, abduction: 25 },
		farArm: { upper: 0, fore: 80, abduction: 25 }
	});
	return entry(at(85, 5), at(80, 75), 'front');
}

function butterfly(): ExercisePoses {
	const at = (lean: number, knees: number): Spec => ({
		anchor: { at: 'pelvis', x: 60 },
		trunk: lean,
		near: { thigh: knees, shank: knees - 125, foot: 90, abduction: 55, turnout: 90 },
		nearArm: { upper: 40 + lean, fore: 40 + lean, abduction: 8 }
	});
	return entry(at(0, 122), at(30, 108), 78);
}

function lateralHipStretch(): ExercisePoses {
	// Side-on to a wall (on the right, face on), a hand on it, the near leg crossed behind: the hips
	// move towards the wall while the trunk stays upright, not bending at the waist.
	const at = (shift: number): Spec => ({
		anchor: { at: 'farHeel', x: 50, y: GROUND },
		near: { ...STAND, abduction: -14 - shift },
		far: { ...STAND, abduction: shift },
		nearArm: { upper: 0, fore: 5, abduction: 75 },
		farArm: { upper: 0, fore: 60, abduction: 15 }
	});
	const hands = [at(0), at(16)].map((spec) => drawFigure(pose({ ...spec, view: 'front' })).joints);
	const x = Math.max(...hands.map((j) => j.nearHand.x)) + 1.5;
	const wall: Prop = { kind: 'wall', x };
	return entry({ ...at(0), props: [wall] }, { ...at(16), props: [wall] }, 'front');
}

/** A walking or running stride: near leg reaching forward, then the legs swapped mid-stride. */
function stride(kind: 'walk' | 'run'): ExercisePoses {
	const run = kind === 'run';
	const at = (front: 'near' | 'far'): Spec => {
		const back = front === 'near' ? 'far' : 'near';
		const legs: Record<'near' | 'far', WorldLeg> = {
			near: STAND,
			far: STAND
		};
		legs[front] = run ? { thigh: 40, shank: 8, foot: 95 } : { thigh: 22, shank: 14, foot: 105 };
		legs[back] = run ? { thigh: -22, shank: -60, foot: 40 } : { thigh: -14, shank: -20, foot: 60 };
		const arms: Record<'near' | 'far', WorldArm> = {
			near: run ? { upper: -30, fore: 60 } : { upper: -18, fore: -5 },
			far: run ? { upper: 35, fore: 110 } : { upper: 20, fore: 35 }
		};
		if (front === 'far') [arms.near, arms.far] = [arms.far, arms.near];
		return {
			anchor: { at: 'pelvis', x: 58 },
			trunk: run ? 8 : 2,
			near: legs.near,
			far: legs.far,
			nearArm: arms.near,
			farArm: arms.far
		};
	};
	return entry(at('near'), at('far'));
}

/** Hops and jumps: a loaded start on the floor, then the body in the air, toes pointed. */
function hop(kind: 'pogo' | 'squat-jump' | 'single'): ExercisePoses {
	const lift = kind === 'squat-jump' ? 12 : 5;
	const free: WorldLeg | undefined =
		kind === 'single' ? { thigh: 40, shank: -50, foot: 40 } : undefined;
	const ground: Spec =
		kind === 'squat-jump'
			? {
					anchor: heelAt(52),
					trunk: 25,
					near: { thigh: 50, shank: -25 },
					nearArm: { upper: -35, fore: -20 }
				}
			: {
					anchor: heelAt(52),
					trunk: 4,
					near: { thigh: 14, shank: -10, foot: 90 },
					nearArm: { upper: 10, fore: 60 }
				};
	const air: Spec = {
		anchor: { at: 'nearToe', x: 60, y: GROUND - lift },
		trunk: 3,
		near: { thigh: 2, shank: 0, foot: 30 },
		nearArm: kind === 'squat-jump' ? { upper: 60, fore: 70 } : { upper: 10, fore: 60 }
	};
	if (free) {
		ground.far = free;
		air.far = free;
	}
	return entry(ground, air);
}

function singleLegSpanishSquat(): ExercisePoses {
	const { start, end } = spanishSquat();
	const lifted = (p: Pose, trunk: number): Pose => ({
		...p,
		far: { hip: 30 + trunk, knee: 55, ankle: 5 }
	});
	return { start: lifted(start, 0), end: lifted(end, end.trunk), view: 'side' };
}

/** The figure drawn for an exercise with no poses of its own: standing at ease. */
export const madeFallback: ExercisePoses = entry(standing, {
	...standing,
	nearArm: { upper: 8, fore: 20 }
});

/** Start and end poses for every exercise of the library, by exercise id. */
export const madePoses: Record<string, ExercisePoses> = {
	'side-lying-hip-abduction': sideLyingAbduction(),
	clamshell: clamshell(),
	'glute-bridge': bridge(),
	'single-leg-bridge': singleLegBridge(),
	'wall-sit': wallSit(),
	'spanish-squat': spanishSquat(),
	'quad-set': quadSet(),
	'straight-leg-raise': straightLegRaise(),
	'terminal-knee-extension': terminalKneeExtension(),
	'mini-squat': squat('mini'),
	'sit-to-stand': sitToStand(),
	'lateral-step-down': lateralStepDown(),
	'forward-step-down': forwardStepDown(),
	'step-up': stepUp(),
	'split-squat': splitSquat(),
	'single-leg-squat-to-box': singleLegSquatToBox(),
	'lateral-band-walk': lateralBandWalk(),
	'standing-hip-abduction': standingAbduction(),
	'single-leg-balance': singleLegBalance(),
	'single-leg-deadlift': singleLegDeadlift(),
	'calf-raise': calfRaise('straight'),
	'bent-knee-calf-raise': calfRaise('bent'),
	'single-leg-calf-raise': calfRaise('single'),
	'hamstring-bridge': hamstringBridge(),
	'side-plank-knees': sidePlank(true),
	'side-plank': sidePlank(false),
	'copenhagen-plank-short': copenhagen(),
	'leg-swing-front': legSwingFront(),
	'leg-swing-side': legSwingSide(),
	'hip-circles': hipCircles(),
	'walking-lunge': walkingLunge(),
	'lateral-lunge': lateralLunge(),
	'high-knees': drill('high-knees'),
	'butt-kicks': drill('butt-kicks'),
	'a-skip': drill('a-skip'),
	'ankle-rolls': ankleRolls(),
	inchworm: inchworm(),
	'walking-knee-hug': walkingKneeHug(),
	'air-squat': squat('air'),
	'standing-quad-stretch': quadStretch(),
	'hamstring-stretch': hamstringStretch(),
	'calf-stretch': wallLean('calf'),
	'soleus-stretch': wallLean('soleus'),
	'hip-flexor-stretch': hipFlexorStretch(),
	'figure-four-stretch': figureFour(),
	'butterfly-stretch': butterfly(),
	'lateral-hip-stretch': lateralHipStretch(),
	'pogo-hops': hop('pogo'),
	'squat-jump': hop('squat-jump'),
	'single-leg-hops': hop('single'),
	'single-leg-spanish-squat': singleLegSpanishSquat(),
	'easy-jog': stride('run'),
	'easy-run': stride('run'),
	walk: stride('walk')
};
