// Photos of real people from Debian packages, for the form-check detection test
// (tests/e2e/form-check-photo.spec.ts). Shared by that spec and scripts/ensure-test-photos.js.

/** labelme-examples: two men squatting, facing the camera, with the people's boxes in a .json. */
const LABELME = '/usr/share/doc/labelme-examples/examples/bbox_detection/data_annotated';

/** The photo, its labelme annotation, and the Debian package that ships them. */
export const squatPhoto = {
	package: 'labelme-examples',
	image: `${LABELME}/2011_000003.jpg`,
	annotation: `${LABELME}/2011_000003.json`
};
