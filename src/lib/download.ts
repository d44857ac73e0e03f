/** Hand a file made in the browser to the user as a download (no server round trip). */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the URL after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
