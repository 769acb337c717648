import '@testing-library/jest-dom/vitest';

// jsdom has no matchMedia; Svelte's MediaQuery (reduced motion, for one) needs it. Nothing matches.
if (typeof window !== 'undefined' && !window.matchMedia) {
	window.matchMedia = (query: string) =>
		({
			matches: false,
			media: query,
			onchange: null,
			addListener: () => {},
			removeListener: () => {},
			addEventListener: () => {},
			removeEventListener: () => {},
			dispatchEvent: () => false
		}) as MediaQueryList;
}
