#!/usr/bin/env node
// Makes sure the form-check detection test has its photo of real people (a Debian package's example
// image). On Debian as root with the file missing, installs the package; elsewhere, says what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { squatPhoto } from './test-photos.js';

const have = () => existsSync(squatPhoto.image) && existsSync(squatPhoto.annotation);

if (have()) {
	console.log(`Photo for the form-check test: ${squatPhoto.image}`);
	process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
	console.log(
		`Photo missing: installing the Debian package "${squatPhoto.package}" with apt-get...`
	);
	execSync(
		`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${squatPhoto.package}`,
		{ stdio: 'inherit' }
	);
	if (have()) process.exit(0);
	console.error(`apt-get finished but ${squatPhoto.image} is still missing.`);
	process.exit(1);
}

console.error(`The form-check detection test needs ${squatPhoto.image}.
  Debian or Ubuntu:  sudo apt-get install -y ${squatPhoto.package}`);
process.exit(1);
