// Saves text as a file through the browser's download: Settings' exports and kept copies, and the
// plan's calendar file.

/** Downloads `text` as a file named `name` of the given type (JSON unless said). */
export function downloadFile(name: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Let the download start before the address goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
