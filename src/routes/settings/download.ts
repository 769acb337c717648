// Saves text as a file through the browser's download, for Settings' exports and kept copies.

/** Downloads `text` as a JSON file named `name`. */
export function downloadJson(name: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Let the download start before the address goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
