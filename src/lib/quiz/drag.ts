/**
 * Dragging with a mouse, pen or finger (pointer events) from a handle to a drop zone: a Svelte
 * action for the handle. The zone under the pointer is any element with `data-zone` (its value
 * is passed on); a copy of the handle's label follows the pointer. Keyboard and screen reader
 * users do the same with the select beside each item, so nothing here is the only way.
 */
export interface DragOptions {
	/** What the copy under the pointer says. */
	label: string;
	onpick(): void;
	/** The zone under the pointer changed (`data-zone` value, or undefined for none). */
	onover(zone: string | undefined): void;
	/** The zone the item was let go over (`data-zone` value), or undefined for none. */
	ondrop(zone: string | undefined): void;
	oncancel(): void;
}

export function dragToZone(handle: HTMLElement, initial: DragOptions) {
	let options = initial;
	let ghost: HTMLElement | undefined;
	let over: string | undefined;

	const zoneAt = (x: number, y: number) => document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-zone]')?.dataset.zone;
	const highlight = (zone: string | undefined) => {
		if (zone === over) return;
		over = zone;
		options.onover(zone);
	};
	const moveGhost = (event: PointerEvent) => {
		if (!ghost) return;
		ghost.style.left = `${event.clientX + 12}px`;
		ghost.style.top = `${event.clientY + 12}px`;
	};
	const end = () => {
		ghost?.remove();
		ghost = undefined;
		highlight(undefined);
	};

	function down(event: PointerEvent) {
		if (event.button !== 0 || handle.closest('fieldset:disabled')) return;
		event.preventDefault();
		handle.setPointerCapture(event.pointerId);
		ghost = document.createElement('div');
		ghost.className = 'drag-ghost';
		ghost.textContent = options.label;
		ghost.setAttribute('aria-hidden', 'true');
		document.body.append(ghost);
		moveGhost(event);
		options.onpick();
	}
	function move(event: PointerEvent) {
		if (!ghost) return;
		moveGhost(event);
		highlight(zoneAt(event.clientX, event.clientY));
	}
	function up(event: PointerEvent) {
		if (!ghost) return;
		const zone = zoneAt(event.clientX, event.clientY);
		end();
		options.ondrop(zone);
	}
	function cancel() {
		if (!ghost) return;
		end();
		options.oncancel();
	}

	handle.addEventListener('pointerdown', down);
	handle.addEventListener('pointermove', move);
	handle.addEventListener('pointerup', up);
	handle.addEventListener('pointercancel', cancel);
	handle.addEventListener('lostpointercapture', cancel);
	return {
		update(next: DragOptions) {
			options = next;
		},
		destroy() {
			end();
			handle.removeEventListener('pointerdown', down);
			handle.removeEventListener('pointermove', move);
			handle.removeEventListener('pointerup', up);
			handle.removeEventListener('pointercancel', cancel);
			handle.removeEventListener('lostpointercapture', cancel);
		}
	};
}
