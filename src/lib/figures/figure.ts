// The exercise figure: one parametric stick figure, posed by joint angles and drawn as plain shapes.
// Pure geometry: nothing here imports Svelte or the DOM, so every pose can be checked in Node.
//
// Angle conventions (all in degrees):
// - The body is posed in its own frame, then turned by `trunk` and `tilt`, then seen from `view`.
// - `trunk` is the lean of the spine from upright: 0 standing tall, +90 lying face down with the head
//   forward (to the right in the side view), -90 lying on the back with the head behind (to the left).
// - `tilt` rolls the whole body onto its far side: 90 lies on the far side with the near side up.
// - `head` bends the head forward from the line of the spine (chin towards the chest).
// - Leg `hip` is flexion from the line of the trunk (0 straight down the trunk, 90 thigh forward at a
//   right angle, negative behind). `knee` is flexion (0 straight, 90 right angle; the shin swings
//   back). `ankle` is dorsiflexion from a right angle to the shin (0 foot square, + toes up,
//   - pointing the toes). `abduction` swings the leg out to its own side; `turnout` rotates it
//   outwards about the thigh (toes out; with a bent knee the foot swings in, as in a lateral lunge or
//   the butterfly); `rotation` turns it outwards about the line from hip to ankle (the clamshell:
//   knee out, feet together).
// - Arm `shoulder` is flexion from hanging along the trunk (90 reaching forward, 180 overhead, negative
//   behind); `elbow` is flexion (0 straight); `abduction` lifts the arm out to its own side.
// - `view`: 'side' looks at the near side with the figure facing right; 'front' looks at the figure
//   face on, near side on the right; a number is a camera yaw between the two (0 side, 90 front);
//   `{ yaw, pitch }` also raises the camera to look down by `pitch`. The figure still rests by its
//   lowest point on screen, so with a pitch the parts nearer the camera sink below the floor line
//   and the rest floats: floor work such as the clamshell is drawn face on instead.
// - `anchor` says where the figure is: one joint (often the pelvis or a heel) pinned at a point, the
//   rest following from the fixed segment lengths; without a height the figure rests on the floor.
// The drawing lives in a VIEWBOX_WIDTH x VIEWBOX_HEIGHT box with the floor's surface at FLOOR_Y.

/** Width of the figure's viewBox. */
export const VIEWBOX_WIDTH = 120;
/** Height of the figure's viewBox. */
export const VIEWBOX_HEIGHT = 100;
/** The y of the floor's surface: nothing of the body is drawn below it. */
export const FLOOR_Y = 90;
/** Stroke width of the body's lines; props are drawn thinner. */
export const BODY_STROKE = 3;
/** Stroke width of props (floor, wall, step, chair, band, mat). */
const PROP_STROKE = 1.5;

/** Fixed segment lengths, in viewBox units. */
export const SEGMENTS = {
	thigh: 18,
	shank: 17,
	/** Height of the ankle joint above the sole. */
	ankleHeight: 2.5,
	/** How far the heel sits behind the ankle. */
	heel: 1.5,
	foot: 7,
	trunk: 23,
	neck: 2.5,
	headRadius: 4.5,
	upperArm: 12.5,
	forearm: 12,
	hipHalfWidth: 3,
	shoulderHalfWidth: 4.5,
	/** How far the shoulders sit below the base of the neck. */
	shoulderDrop: 1.5
} as const;

/** One leg's joint angles. */
export interface LegPose {
	hip: number;
	knee: number;
	ankle: number;
	abduction?: number;
	rotation?: number;
	turnout?: number;
}

/** One arm's joint angles. */
export interface ArmPose {
	shoulder: number;
	elbow: number;
	abduction?: number;
}

/** Where the camera looks from: see the angle conventions at the top of this file. */
export type View = 'side' | 'front' | number | { yaw: number; pitch: number };

/** A named point of the figure. */
export type Joint =
	| 'pelvis'
	| 'neck'
	| 'head'
	| 'nearHip'
	| 'nearKnee'
	| 'nearAnkle'
	| 'nearHeel'
	| 'nearToe'
	| 'farHip'
	| 'farKnee'
	| 'farAnkle'
	| 'farHeel'
	| 'farToe'
	| 'nearShoulder'
	| 'nearElbow'
	| 'nearHand'
	| 'farShoulder'
	| 'farElbow'
	| 'farHand';

/** A point in viewBox coordinates (y grows downwards). */
export interface Point {
	x: number;
	y: number;
}

/** Equipment drawn in the scene, in viewBox coordinates. A band runs between joints or points. */
export type Prop =
	| { kind: 'floor' }
	| { kind: 'mat'; x: number; width: number }
	| { kind: 'wall'; x: number }
	| { kind: 'step'; x: number; width: number; height: number }
	| { kind: 'chair'; x: number; height: number; facing: 'left' | 'right' }
	| { kind: 'band'; from: Joint | Point; to: Joint | Point }
	| { kind: 'roll'; at: Point };

/**
 * Where the figure stands: `at` is placed at `x`, and at `y` when given. Without `y` the figure is
 * lowered until its lowest point rests on the floor. Either way nothing ends up below the floor.
 */
export interface Anchor {
	at: Joint;
	x: number;
	y?: number;
}

/** A full pose of the figure. */
export interface Pose {
	view?: View;
	anchor: Anchor;
	trunk: number;
	tilt?: number;
	head?: number;
	near: LegPose;
	far: LegPose;
	nearArm: ArmPose;
	farArm: ArmPose;
	props?: Prop[];
}

/**
 * How strongly a shape is drawn: `near` limbs and the body at full strength, `far` limbs fainter,
 * props in a muted tone.
 */
type Layer = 'prop' | 'far' | 'body' | 'near';

/** One drawable shape. Paths are stroked with round caps and joins; circles are filled. */
export type Shape =
	| { kind: 'path'; part: string; layer: Layer; d: string; width: number; points: Point[] }
	| { kind: 'circle'; part: string; layer: Layer; cx: number; cy: number; r: number };

/** What `drawFigure` returns: the shapes in drawing order and where every joint ended up. */
export interface Figure {
	shapes: Shape[];
	joints: Record<Joint, Point>;
}

type Vec3 = [number, number, number];

const RAD = Math.PI / 180;

/** Direction at `deg` from straight down towards forward, in the body's sagittal plane (x fwd, y up). */
function dir(deg: number): Vec3 {
	return [Math.sin(deg * RAD), -Math.cos(deg * RAD), 0];
}

function add(a: Vec3, b: Vec3, k = 1): Vec3 {
	return [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
}

function sub(a: Vec3, b: Vec3): Vec3 {
	return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/**
 * Swings a limb out to its own side (`side` 1 near, -1 far) by `deg`: the points turn about the
 * root, in the plane holding the limb's first segment and the side-to-side axis. Hanging limbs lift
 * sideways; a thigh held forward opens outwards, as in the butterfly.
 */
function swingOut(points: Vec3[], side: 1 | -1, deg: number): Vec3[] {
	const [root, next] = points as [Vec3, Vec3];
	const v = sub(next, root);
	// The axis is the limb's direction crossed with the sideways direction (0, 0, side).
	const axis: Vec3 = [v[1] * side, -v[0] * side, 0];
	const length = Math.hypot(axis[0], axis[1]);
	if (length === 0) return points;
	const k: Vec3 = [axis[0] / length, axis[1] / length, 0];
	return points.map((p) => rotateAxis(p, root, k, deg));
}

/** Rotates `p` about the axis through `origin` along unit vector `k` by `deg` (Rodrigues). */
function rotateAxis(p: Vec3, origin: Vec3, k: Vec3, deg: number): Vec3 {
	const v = sub(p, origin);
	const c = Math.cos(deg * RAD);
	const s = Math.sin(deg * RAD);
	const cross: Vec3 = [
		k[1] * v[2] - k[2] * v[1],
		k[2] * v[0] - k[0] * v[2],
		k[0] * v[1] - k[1] * v[0]
	];
	const dot = k[0] * v[0] + k[1] * v[1] + k[2] * v[2];
	return [
		origin[0] + v[0] * c + cross[0] * s + k[0] * dot * (1 - c),
		origin[1] + v[1] * c + cross[1] * s + k[1] * dot * (1 - c),
		origin[2] + v[2] * c + cross[2] * s + k[2] * dot * (1 - c)
	];
}

/** A leg's points in the body frame: hip, knee, ankle, sole under the ankle, heel, toe. */
function legPoints(leg: LegPose, side: 1 | -1): Vec3[] {
	const S = SEGMENTS;
	const hip: Vec3 = [0, 0, side * S.hipHalfWidth];
	const knee = add(hip, dir(leg.hip), S.thigh);
	const shank = leg.hip - leg.knee;
	const ankle = add(knee, dir(shank), S.shank);
	const footDir = dir(shank + 90 + leg.ankle);
	const sole = add(ankle, dir(shank + leg.ankle), S.ankleHeight);
	const heel = add(sole, footDir, -S.heel);
	const toe = add(heel, footDir, S.foot);
	let points = [hip, knee, ankle, sole, heel, toe];
	const turnout = leg.turnout ?? 0;
	if (turnout !== 0) {
		const axis = sub(knee, hip);
		const k: Vec3 = [axis[0] / S.thigh, axis[1] / S.thigh, axis[2] / S.thigh];
		points = points.map((p, i) => (i < 2 ? p : rotateAxis(p, knee, k, side * turnout)));
	}
	const abduction = leg.abduction ?? 0;
	if (abduction !== 0) points = swingOut(points, side, abduction);
	const rotation = leg.rotation ?? 0;
	if (rotation !== 0) points = turnOut(points, side, rotation);
	return points;
}

/** Turns a leg outwards about its hip-ankle line; the sign is chosen so the knee or toe goes out. */
function turnOut(points: Vec3[], side: 1 | -1, deg: number): Vec3[] {
	const [hip, , ankle] = points as [Vec3, Vec3, Vec3];
	const axis = sub(ankle, hip);
	const length = Math.hypot(axis[0], axis[1], axis[2]);
	if (length === 0) return points;
	const k: Vec3 = [axis[0] / length, axis[1] / length, axis[2] / length];
	const outwards = (ps: Vec3[]) => side * ((ps[1] as Vec3)[2] + (ps[5] as Vec3)[2]);
	const turned = points.map((p) => rotateAxis(p, hip, k, deg));
	if (outwards(turned) >= outwards(points)) return turned;
	return points.map((p) => rotateAxis(p, hip, k, -deg));
}

/** An arm's points in the body frame: shoulder, elbow, hand. */
function armPoints(arm: ArmPose, side: 1 | -1): Vec3[] {
	const S = SEGMENTS;
	const shoulder: Vec3 = [0, S.trunk - S.shoulderDrop, side * S.shoulderHalfWidth];
	const elbow = add(shoulder, dir(arm.shoulder), S.upperArm);
	const hand = add(elbow, dir(arm.shoulder + arm.elbow), S.forearm);
	const abduction = arm.abduction ?? 0;
	const points = [shoulder, elbow, hand];
	return abduction === 0 ? points : swingOut(points, side, abduction);
}

/** The camera yaw and pitch of a view, in degrees. */
function cameraOf(view: View | undefined): { yaw: number; pitch: number } {
	if (view === 'front') return { yaw: 90, pitch: 0 };
	if (view === 'side' || view === undefined) return { yaw: 0, pitch: 0 };
	if (typeof view === 'number') return { yaw: view, pitch: 0 };
	return view;
}

const round = (n: number) => Math.round(n * 100) / 100;

function pathOf(points: Point[]): string {
	return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/**
 * Where every joint of `pose` lands in the viewBox, anchored and resting on the floor. With `rest`
 * false the anchor alone places the figure, even if part of it ends up below the floor.
 */
export function poseJoints(pose: Pose, rest = true): Record<Joint, Point> {
	return layout(pose, rest).joints;
}

interface Layout {
	joints: Record<Joint, Point>;
	/** Depth towards the camera of each joint, relative to the pelvis. */
	depth: Record<Joint, number>;
}

function layout(pose: Pose, rest = true): Layout {
	const S = SEGMENTS;
	const [nHip, nKnee, nAnkle, nSole, nHeel, nToe] = legPoints(pose.near, 1) as [
		Vec3,
		Vec3,
		Vec3,
		Vec3,
		Vec3,
		Vec3
	];
	const [fHip, fKnee, fAnkle, fSole, fHeel, fToe] = legPoints(pose.far, -1) as [
		Vec3,
		Vec3,
		Vec3,
		Vec3,
		Vec3,
		Vec3
	];
	const [nShoulder, nElbow, nHand] = armPoints(pose.nearArm, 1) as [Vec3, Vec3, Vec3];
	const [fShoulder, fElbow, fHand] = armPoints(pose.farArm, -1) as [Vec3, Vec3, Vec3];
	const neck: Vec3 = [0, S.trunk, 0];
	const head = add(neck, dir(180 - (pose.head ?? 0)), S.neck + S.headRadius);
	const body: Record<Joint, Vec3> = {
		pelvis: [0, 0, 0],
		neck,
		head,
		nearHip: nHip,
		nearKnee: nKnee,
		nearAnkle: nAnkle,
		nearHeel: nHeel,
		nearToe: nToe,
		farHip: fHip,
		farKnee: fKnee,
		farAnkle: fAnkle,
		farHeel: fHeel,
		farToe: fToe,
		nearShoulder: nShoulder,
		nearElbow: nElbow,
		nearHand: nHand,
		farShoulder: fShoulder,
		farElbow: fElbow,
		farHand: fHand
	};
	// Soles are not named joints, but they rest on the floor: keep them for grounding.
	const soles = [nSole, fSole];

	const t = pose.trunk * RAD;
	const r = (pose.tilt ?? 0) * RAD;
	const camera = cameraOf(pose.view);
	const yaw = camera.yaw * RAD;
	const pitch = camera.pitch * RAD;
	const project = (p: Vec3): { x: number; y: number; depth: number } => {
		// Lean forward about the body's side-to-side axis, then roll onto the far side.
		const x1 = p[0] * Math.cos(t) + p[1] * Math.sin(t);
		const y1 = -p[0] * Math.sin(t) + p[1] * Math.cos(t);
		const y2 = y1 * Math.cos(r) + p[2] * Math.sin(r);
		const z2 = -y1 * Math.sin(r) + p[2] * Math.cos(r);
		const depth = z2 * Math.cos(yaw) + x1 * Math.sin(yaw);
		return {
			x: x1 * Math.cos(yaw) + z2 * Math.sin(yaw),
			y: -(y2 * Math.cos(pitch) - depth * Math.sin(pitch)),
			depth: depth * Math.cos(pitch) + y2 * Math.sin(pitch)
		};
	};

	const names = Object.keys(body) as Joint[];
	const projected = Object.fromEntries(names.map((n) => [n, project(body[n])])) as Record<
		Joint,
		{ x: number; y: number; depth: number }
	>;
	const anchor = projected[pose.anchor.at];
	const dx = pose.anchor.x - anchor.x;
	// The lowest extent of the body: stroked points reach half a stroke down, the head its radius.
	const half = BODY_STROKE / 2;
	let lowest = -Infinity;
	for (const n of names) {
		const reach = n === 'head' ? S.headRadius : half;
		lowest = Math.max(lowest, projected[n].y + reach);
	}
	for (const s of soles) lowest = Math.max(lowest, project(s).y + half);
	let dy = pose.anchor.y === undefined ? FLOOR_Y - lowest : pose.anchor.y - anchor.y;
	if (rest && lowest + dy > FLOOR_Y) dy = FLOOR_Y - lowest;

	const joints = {} as Record<Joint, Point>;
	const depth = {} as Record<Joint, number>;
	for (const n of names) {
		joints[n] = { x: projected[n].x + dx, y: projected[n].y + dy };
		depth[n] = projected[n].depth;
	}
	return { joints, depth };
}

/** The sole point under the ankle, from the projected ankle, heel and toe. */
function soleOf(heel: Point, toe: Point): Point {
	const k = SEGMENTS.heel / SEGMENTS.foot;
	return { x: heel.x + (toe.x - heel.x) * k, y: heel.y + (toe.y - heel.y) * k };
}

/** How far the floor line runs, in viewBox x: the whole scene unless a frame reaches further. */
export interface FloorSpan {
	from: number;
	to: number;
}

const SCENE_FLOOR: FloorSpan = { from: 2, to: VIEWBOX_WIDTH - 2 };

function propShapes(prop: Prop, joints: Record<Joint, Point>, floor: FloorSpan): Shape[] {
	const w = PROP_STROKE;
	const path = (part: string, points: Point[]): Shape => ({
		kind: 'path',
		part,
		layer: 'prop',
		d: pathOf(points),
		width: w,
		points
	});
	const y = FLOOR_Y + w / 2;
	switch (prop.kind) {
		case 'floor':
			return [
				path('floor', [
					{ x: floor.from, y },
					{ x: floor.to, y }
				])
			];
		case 'mat':
			return [
				path('mat', [
					{ x: prop.x, y: y + 2.5 },
					{ x: prop.x + prop.width, y: y + 2.5 }
				])
			];
		case 'wall':
			return [
				path('wall', [
					{ x: prop.x, y: 6 },
					{ x: prop.x, y }
				])
			];
		case 'step': {
			const top = FLOOR_Y - prop.height + w / 2;
			return [
				path('step', [
					{ x: prop.x, y },
					{ x: prop.x, y: top },
					{ x: prop.x + prop.width, y: top },
					{ x: prop.x + prop.width, y }
				])
			];
		}
		case 'chair': {
			const seat = FLOOR_Y - prop.height + w / 2;
			const depth = 15;
			const front = prop.facing === 'right' ? prop.x + depth : prop.x - depth;
			return [
				path('chair', [
					{ x: prop.x, y: seat - 20 },
					{ x: prop.x, y },
					{ x: prop.x, y: seat },
					{ x: front, y: seat },
					{ x: front, y }
				])
			];
		}
		case 'band': {
			const end = (e: Joint | Point) => (typeof e === 'string' ? joints[e] : e);
			return [path('band', [end(prop.from), end(prop.to)])];
		}
		case 'roll':
			return [{ kind: 'circle', part: 'roll', layer: 'prop', cx: prop.at.x, cy: prop.at.y, r: 3 }];
	}
}

/**
 * Turns a pose into shapes in drawing order: props, far limbs, trunk and head, near limbs. The same
 * pose always gives the same shapes, with coordinates rounded to hundredths. `floor` says how far
 * the floor line runs (the whole scene by default).
 */
export function drawFigure(pose: Pose, floor: FloorSpan = SCENE_FLOOR): Figure {
	const { joints, depth } = layout(pose);
	const j = joints;
	// Each shape's `part` is unique, so a renderer can key on it.
	const shapes: Shape[] = (pose.props ?? []).flatMap((p, i) =>
		propShapes(p, joints, floor).map((shape) => ({ ...shape, part: `${shape.part}-${i}` }))
	);
	const path = (part: string, layer: Layer, points: Point[]): Shape => ({
		kind: 'path',
		part,
		layer,
		d: pathOf(points),
		width: BODY_STROKE,
		points
	});
	// A limb counts as far when it sits clearly behind the pelvis, as seen by the camera: in the
	// side view that is the far side; face on, only a limb reaching behind the body.
	const limit = cameraOf(pose.view).yaw >= 60 ? -6 : -1.5;
	const behind = (names: Joint[]) =>
		names.reduce((sum, n) => sum + depth[n], 0) / names.length < limit;
	const limbs: Array<{ part: string; joints: Joint[]; points: Point[] }> = [];
	for (const side of ['near', 'far'] as const) {
		const leg = [`${side}Hip`, `${side}Knee`, `${side}Ankle`] as Joint[];
		const heel = j[`${side}Heel`];
		const toe = j[`${side}Toe`];
		limbs.push({
			part: `${side}-leg`,
			joints: leg,
			points: [...leg.map((n) => j[n]), soleOf(heel, toe)]
		});
		limbs.push({ part: `${side}-foot`, joints: leg, points: [heel, toe] });
		const arm = [`${side}Shoulder`, `${side}Elbow`, `${side}Hand`] as Joint[];
		limbs.push({ part: `${side}-arm`, joints: arm, points: arm.map((n) => j[n]) });
	}
	const far = limbs.filter((l) => behind(l.joints));
	const near = limbs.filter((l) => !behind(l.joints));
	for (const l of far) shapes.push(path(l.part, 'far', l.points));
	// The torso's outline: a line from pelvis to neck in the side view, a narrow shape face on.
	const torso = [j.pelvis, j.nearHip, j.nearShoulder, j.neck, j.farShoulder, j.farHip, j.pelvis];
	shapes.push(path('torso', 'body', torso));
	shapes.push({
		kind: 'circle',
		part: 'head',
		layer: 'body',
		cx: round(j.head.x),
		cy: round(j.head.y),
		r: SEGMENTS.headRadius
	});
	for (const l of near) shapes.push(path(l.part, 'near', l.points));
	return { shapes, joints };
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

function lerpLeg(a: LegPose, b: LegPose, t: number): LegPose {
	return {
		hip: lerp(a.hip, b.hip, t),
		knee: lerp(a.knee, b.knee, t),
		ankle: lerp(a.ankle, b.ankle, t),
		abduction: lerp(a.abduction ?? 0, b.abduction ?? 0, t),
		rotation: lerp(a.rotation ?? 0, b.rotation ?? 0, t),
		turnout: lerp(a.turnout ?? 0, b.turnout ?? 0, t)
	};
}

function lerpArm(a: ArmPose, b: ArmPose, t: number): ArmPose {
	return {
		shoulder: lerp(a.shoulder, b.shoulder, t),
		elbow: lerp(a.elbow, b.elbow, t),
		abduction: lerp(a.abduction ?? 0, b.abduction ?? 0, t)
	};
}

/**
 * The pose a fraction `t` of the way from `a` to `b` (0 gives `a`, 1 gives `b`): every angle and the
 * anchor move linearly. When the two anchors name different joints, the pelvis is anchored instead.
 */
export function lerpPose(a: Pose, b: Pose, t: number): Pose {
	if (t <= 0) return a;
	if (t >= 1) return b;
	let anchor: Anchor;
	if (a.anchor.at === b.anchor.at) {
		const y =
			a.anchor.y === undefined || b.anchor.y === undefined
				? undefined
				: lerp(a.anchor.y, b.anchor.y, t);
		anchor = {
			at: a.anchor.at,
			x: lerp(a.anchor.x, b.anchor.x, t),
			...(y === undefined ? {} : { y })
		};
	} else {
		const pa = poseJoints(a).pelvis;
		const pb = poseJoints(b).pelvis;
		anchor = { at: 'pelvis', x: lerp(pa.x, pb.x, t), y: lerp(pa.y, pb.y, t) };
	}
	const ca = cameraOf(a.view);
	const cb = cameraOf(b.view);
	const same = ca.yaw === cb.yaw && ca.pitch === cb.pitch;
	return {
		view: same ? a.view : { yaw: lerp(ca.yaw, cb.yaw, t), pitch: lerp(ca.pitch, cb.pitch, t) },
		anchor,
		trunk: lerp(a.trunk, b.trunk, t),
		tilt: lerp(a.tilt ?? 0, b.tilt ?? 0, t),
		head: lerp(a.head ?? 0, b.head ?? 0, t),
		near: lerpLeg(a.near, b.near, t),
		far: lerpLeg(a.far, b.far, t),
		nearArm: lerpArm(a.nearArm, b.nearArm, t),
		farArm: lerpArm(a.farArm, b.farArm, t),
		props: a.props
	};
}

/** One full back-and-forth of the figure's animation, in milliseconds. */
export const FIGURE_CYCLE_MS = 3000;

/**
 * Where the animation is `elapsed` ms after it started, as the `t` for `lerpPose`: it begins at the
 * end pose (1, the still picture), eases to the start pose (0) at half a cycle and back.
 */
export function motionAt(elapsed: number, cycleMs: number = FIGURE_CYCLE_MS): number {
	return (1 + Math.cos((2 * Math.PI * elapsed) / cycleMs)) / 2;
}

/** A viewBox: the part of the scene an illustration shows, in viewBox units. */
export interface Frame {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The room left around the figure inside its frame, in viewBox units. */
export const FRAME_PADDING = 4;

/** The width to height ratio of a thumbnail: the callers' boxes are 120 by 100. */
export const THUMBNAIL_ASPECT = VIEWBOX_WIDTH / VIEWBOX_HEIGHT;

/** How many steps of the movement `frameOf` looks at, so the whole animation stays in frame. */
const FRAME_SAMPLES = 8;

/**
 * The box a shape covers, counting half its stroke or its radius. The floor counts only for its
 * height and a wall only for its width: both run on out of frame.
 */
export function shapeBounds(shape: Shape): {
	left: number;
	top: number;
	right: number;
	bottom: number;
} {
	if (shape.kind === 'circle') {
		return {
			left: shape.cx - shape.r,
			top: shape.cy - shape.r,
			right: shape.cx + shape.r,
			bottom: shape.cy + shape.r
		};
	}
	const half = shape.width / 2;
	const xs = shape.points.map((p) => p.x);
	const ys = shape.points.map((p) => p.y);
	const box = {
		left: Math.min(...xs) - half,
		top: Math.min(...ys) - half,
		right: Math.max(...xs) + half,
		bottom: Math.max(...ys) + half
	};
	if (shape.part.startsWith('floor-')) return { ...box, left: Infinity, right: -Infinity };
	if (shape.part.startsWith('wall-')) return { ...box, top: box.bottom };
	return box;
}

/**
 * The frame for an exercise's illustration: the bounds of everything drawn while the figure moves
 * from `start` to `end` (body, props, the floor line), with FRAME_PADDING all round. With `aspect`
 * (width over height) the frame grows about its centre to that shape, so the figure fills a box of
 * that shape whichever way it lies.
 */
export function frameOf(start: Pose, end: Pose, aspect?: number): Frame {
	let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let k = 0; k <= FRAME_SAMPLES; k++) {
		for (const shape of drawFigure(lerpPose(start, end, k / FRAME_SAMPLES)).shapes) {
			const b = shapeBounds(shape);
			left = Math.min(left, b.left);
			top = Math.min(top, b.top);
			right = Math.max(right, b.right);
			bottom = Math.max(bottom, b.bottom);
		}
	}
	let frame: Frame = {
		x: left - FRAME_PADDING,
		y: top - FRAME_PADDING,
		width: right - left + 2 * FRAME_PADDING,
		height: bottom - top + 2 * FRAME_PADDING
	};
	if (aspect !== undefined) {
		const width = Math.max(frame.width, frame.height * aspect);
		const height = width / aspect;
		frame = {
			x: frame.x - (width - frame.width) / 2,
			y: frame.y - (height - frame.height) / 2,
			width,
			height
		};
	}
	return {
		x: round(frame.x),
		y: round(frame.y),
		width: round(frame.width),
		height: round(frame.height)
	};
}

/** The floor line for a frame: across the whole scene and on to the frame's edges. */
export function floorFor(frame: Frame): FloorSpan {
	return {
		from: Math.min(SCENE_FLOOR.from, frame.x),
		to: Math.max(SCENE_FLOOR.to, frame.x + frame.width)
	};
}
