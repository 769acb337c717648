/* eslint-disable @typescript-eslint/ban-ts-comment -- a plain browser script, served as it is to the rendering page (see ./video.ts); not type-checked. */
// @ts-nocheck
// A procedural three.js mannequin doing single-leg squats on its right leg, facing a camera at knee
// height, with a chosen knee valgus on each rep. Runs in the browser (served by ./video.js); for
// each frame it returns the image as YUV 4:2:0 planes and the projected joint centres, from which
// the ground-truth FPPA is computed.
import * as THREE from 'three';

const W = 360;
const H = 640;
const THIGH = 0.45;
const SHANK = 0.43;
const ANKLE = new THREE.Vector3(-0.1, 0.08, 0); // the right (stance) ankle; the runner faces +z
const MEDIAL = 1; // the right knee caves in towards +x (the left leg)

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(W, H);
renderer.setPixelRatio(1);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xd9d4cc);
const camera = new THREE.PerspectiveCamera(60, W / H, 0.1, 20);
camera.position.set(0, 0.5, 2.5); // lens at knee height, square to the runner
camera.lookAt(0, 0.5, 0);
scene.add(new THREE.HemisphereLight(0xffffff, 0x8a7f70, 1.6));
const sun = new THREE.DirectionalLight(0xffffff, 2.2);
sun.position.set(0.8, 2.5, 3);
scene.add(sun);
const floor = new THREE.Mesh(
	new THREE.PlaneGeometry(8, 8),
	new THREE.MeshStandardMaterial({ color: 0xa89f92 })
);
floor.rotation.x = -Math.PI / 2;
scene.add(floor);

const material = (color) => new THREE.MeshStandardMaterial({ color, roughness: 0.8 });
const skin = material(0xd2a07c);
const shirt = material(0x2f5f9e);
const shorts = material(0x222833);
const shoe = material(0x333333);
const dark = material(0x1a1410);

/** A capsule from a to b, of radius r. */
function limb(r, mat) {
	const mesh = new THREE.Mesh(new THREE.CapsuleGeometry(r, 1, 6, 16), mat);
	scene.add(mesh);
	return (a, b) => {
		const d = new THREE.Vector3().subVectors(b, a);
		const length = Math.max(d.length(), 0.001);
		mesh.geometry.dispose();
		mesh.geometry = new THREE.CapsuleGeometry(r, length, 6, 16);
		mesh.position.copy(a).addScaledVector(d, 0.5);
		mesh.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), d.normalize());
	};
}

const parts = {
	rThigh: limb(0.064, skin),
	rShorts: limb(0.078, shorts),
	rShank: limb(0.048, skin),
	rFoot: limb(0.036, shoe),
	lThigh: limb(0.064, skin),
	lShorts: limb(0.078, shorts),
	lShank: limb(0.048, skin),
	lFoot: limb(0.036, shoe),
	pelvis: limb(0.12, shorts),
	torso: limb(0.16, shirt),
	neck: limb(0.05, skin),
	rUpper: limb(0.045, shirt),
	rFore: limb(0.04, skin),
	lUpper: limb(0.045, shirt),
	lFore: limb(0.04, skin)
};
const head = new THREE.Mesh(new THREE.SphereGeometry(0.105, 24, 16), skin);
head.scale.set(0.9, 1.1, 1);
scene.add(head);
const hair = new THREE.Mesh(new THREE.SphereGeometry(0.108, 24, 16, 0, Math.PI * 2, 0, 1.2), dark);
scene.add(hair);
const eyes = [-1, 1].map(() => {
	const eye = new THREE.Mesh(new THREE.SphereGeometry(0.014, 8, 8), dark);
	scene.add(eye);
	return eye;
});
const nose = new THREE.Mesh(new THREE.ConeGeometry(0.018, 0.04, 8), skin);
nose.rotation.x = Math.PI / 2;
scene.add(nose);
const mouth = new THREE.Mesh(new THREE.BoxGeometry(0.05, 0.008, 0.01), material(0x8a4a3a));
scene.add(mouth);

const v = (x, y, z) => new THREE.Vector3(x, y, z);

/** Poses the mannequin: `depth` 0..1 of the squat, `valgus` degrees the stance knee turns in. */
function pose(depth, valgus) {
	const flexion = (depth * 70 * Math.PI) / 180;
	const beta = (valgus * Math.PI) / 180;
	// Shank: forward (towards the camera) by half the flexion, medially by beta.
	const shankTilt = flexion * 0.55;
	const shankDir = v(
		MEDIAL * Math.sin(beta),
		Math.cos(beta) * Math.cos(shankTilt),
		Math.cos(beta) * Math.sin(shankTilt)
	);
	const knee = ANKLE.clone().addScaledVector(shankDir, SHANK);
	// Thigh: back up to a hip straight above the ankle in the frontal plane.
	const dx = ANKLE.x - knee.x;
	const rest = Math.sqrt(THIGH * THIGH - dx * dx);
	const thighTilt = flexion * 0.45;
	const hip = v(ANKLE.x, knee.y + rest * Math.cos(thighTilt), knee.z - rest * Math.sin(thighTilt));
	const otherHip = hip.clone().add(v(0.2, -0.01, 0));
	const pelvisMid = hip.clone().lerp(otherHip, 0.5);
	// The free (left) leg: hip a little flexed, knee bent, foot behind.
	const lKnee = otherHip.clone().add(v(0.02, -THIGH * Math.cos(0.45), THIGH * Math.sin(0.45)));
	const lAnkle = lKnee
		.clone()
		.add(v(0, -SHANK * Math.cos(1.3 - 0.45), -SHANK * Math.sin(1.3 - 0.45)));
	// Trunk leans forward as the runner goes down.
	const lean = flexion * 0.5;
	const chest = pelvisMid.clone().add(v(0, 0.5 * Math.cos(lean), 0.5 * Math.sin(lean)));
	const neckTop = chest.clone().add(v(0, 0.12, 0.02));
	const headCentre = neckTop.clone().add(v(0, 0.11, 0.02));
	const rShoulder = chest.clone().add(v(-0.2, -0.03, 0));
	const lShoulder = chest.clone().add(v(0.2, -0.03, 0));
	// Arms reach forward a little for balance.
	const reach = 0.3 + depth * 0.6;
	const rElbow = rShoulder.clone().add(v(-0.05, -0.28 * Math.cos(reach), 0.28 * Math.sin(reach)));
	const lElbow = lShoulder.clone().add(v(0.05, -0.28 * Math.cos(reach), 0.28 * Math.sin(reach)));
	const rWrist = rElbow
		.clone()
		.add(v(0, -0.26 * Math.cos(reach + 0.4), 0.26 * Math.sin(reach + 0.4)));
	const lWrist = lElbow
		.clone()
		.add(v(0, -0.26 * Math.cos(reach + 0.4), 0.26 * Math.sin(reach + 0.4)));

	parts.rShank(ANKLE, knee);
	parts.rThigh(knee, hip);
	parts.rShorts(hip, hip.clone().lerp(knee, 0.35));
	// The shoe sits below the ankle, so the ankle itself shows, as on a runner in shorts.
	parts.rFoot(ANKLE.clone().add(v(0, -0.045, -0.03)), ANKLE.clone().add(v(0, -0.05, 0.15)));
	parts.lThigh(otherHip, lKnee);
	parts.lShorts(otherHip, otherHip.clone().lerp(lKnee, 0.35));
	parts.lShank(lKnee, lAnkle);
	parts.lFoot(lAnkle.clone().add(v(0, -0.045, -0.03)), lAnkle.clone().add(v(0, -0.06, 0.14)));
	parts.pelvis(hip, otherHip);
	parts.torso(pelvisMid.clone().add(v(0, 0.1, 0)), chest);
	parts.neck(chest, neckTop);
	parts.rUpper(rShoulder, rElbow);
	parts.rFore(rElbow, rWrist);
	parts.lUpper(lShoulder, lElbow);
	parts.lFore(lElbow, lWrist);
	head.position.copy(headCentre);
	hair.position.copy(headCentre).add(v(0, 0.01, -0.005));
	eyes[0].position.copy(headCentre).add(v(-0.035, 0.02, 0.092));
	eyes[1].position.copy(headCentre).add(v(0.035, 0.02, 0.092));
	nose.position.copy(headCentre).add(v(0, -0.01, 0.11));
	mouth.position.copy(headCentre).add(v(0, -0.05, 0.095));
	return { hip, knee, ankle: ANKLE.clone(), otherHip };
}

function project(point) {
	const p = point.clone().project(camera);
	return { x: ((p.x + 1) / 2) * W, y: ((1 - p.y) / 2) * H };
}

const gl = renderer.getContext();
const rgba = new Uint8Array(W * H * 4);

/** Renders one frame: YUV 4:2:0 planes (BT.601, limited range) as base64, and projected joints. */
window.renderFrame = (depth, valgus) => {
	const joints = pose(depth, valgus);
	renderer.render(scene, camera);
	gl.readPixels(0, 0, W, H, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
	const y = new Uint8Array(W * H);
	const u = new Uint8Array((W / 2) * (H / 2));
	const vv = new Uint8Array((W / 2) * (H / 2));
	for (let row = 0; row < H; row++) {
		const src = (H - 1 - row) * W * 4; // readPixels is bottom-up
		for (let col = 0; col < W; col++) {
			const i = src + col * 4;
			y[row * W + col] = Math.round(
				16 + 0.257 * rgba[i] + 0.504 * rgba[i + 1] + 0.098 * rgba[i + 2]
			);
		}
	}
	for (let row = 0; row < H / 2; row++) {
		for (let col = 0; col < W / 2; col++) {
			let r = 0,
				g = 0,
				b = 0;
			for (const [dy, dx] of [
				[0, 0],
				[0, 1],
				[1, 0],
				[1, 1]
			]) {
				const i = (H - 1 - (row * 2 + dy)) * W * 4 + (col * 2 + dx) * 4;
				r += rgba[i];
				g += rgba[i + 1];
				b += rgba[i + 2];
			}
			r /= 4;
			g /= 4;
			b /= 4;
			u[row * (W / 2) + col] = Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b);
			vv[row * (W / 2) + col] = Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b);
		}
	}
	const planes = new Uint8Array(y.length + u.length + vv.length);
	planes.set(y, 0);
	planes.set(u, y.length);
	planes.set(vv, y.length + u.length);
	let binary = '';
	for (let i = 0; i < planes.length; i += 0x8000)
		binary += String.fromCharCode(...planes.subarray(i, i + 0x8000));
	return {
		frame: btoa(binary),
		joints: {
			hip: project(joints.hip),
			knee: project(joints.knee),
			ankle: project(joints.ankle),
			otherHip: project(joints.otherHip)
		}
	};
};
window.frameSize = { width: W, height: H };
window.ready = true;
