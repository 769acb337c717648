// howler's core build: the full `howler` module without the spatial-audio plugin, which Patella
// does not use. The types are howler's own.
declare module 'howler/dist/howler.core.min.js' {
	export * from 'howler';
}
