import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import UndoToast from './UndoToast.svelte';

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

/** A toast as a page shows it after a delete, with its two callbacks recorded. */
function show(message: string | null = 'Session deleted.') {
	const onUndo = vi.fn();
	const onClose = vi.fn();
	const view = render(UndoToast, { message, label: 'Deleted session', onUndo, onClose });
	return { onUndo, onClose, view };
}

describe('UndoToast', () => {
	it('keeps an empty live region until there is something to undo', () => {
		show(null);
		expect(screen.getByRole('status')).toBeEmptyDOMElement();
	});

	it('says what was deleted and takes focus on Undo', () => {
		show();
		expect(screen.getByRole('status')).toHaveTextContent('Session deleted.');
		expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
	});

	it('calls onUndo when Undo is pressed', async () => {
		const { onUndo, onClose } = show();
		await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(onUndo).toHaveBeenCalledOnce();
		expect(onClose).not.toHaveBeenCalled();
	});

	it('waits while focus is inside, then closes 8 s after the runner moves on', async () => {
		const { onClose } = show();
		vi.advanceTimersByTime(60_000);
		expect(onClose).not.toHaveBeenCalled();

		const outside = document.body.appendChild(document.createElement('button'));
		outside.focus();
		vi.advanceTimersByTime(7_999);
		expect(onClose).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onClose).toHaveBeenCalledExactlyOnceWith(false);
		outside.remove();
	});

	it('waits while the pointer is over it', async () => {
		const { onClose } = show();
		const toast = screen.getByRole('group', { name: 'Deleted session' });
		screen.getByRole('button', { name: 'Undo' }).blur();
		await fireEvent.mouseEnter(toast);
		vi.advanceTimersByTime(30_000);
		expect(onClose).not.toHaveBeenCalled();
		await fireEvent.mouseLeave(toast);
		vi.advanceTimersByTime(8_000);
		expect(onClose).toHaveBeenCalledOnce();
	});

	it('closes at once on Escape or Dismiss, saying focus was inside', async () => {
		const { onClose } = show();
		await fireEvent.keyDown(screen.getByRole('button', { name: 'Undo' }), { key: 'Escape' });
		expect(onClose).toHaveBeenLastCalledWith(true);
		await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(onClose).toHaveBeenCalledTimes(2);
	});
});
